package roundtable;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(RoundtableApplication.class);

    @Test
    void featuresOnlyUseEachOthersPublicServicesAndEvents() {
        modules.verify();
    }

    @Test
    void writesTheModuleDiagramForNewcomers() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/modulith-docs"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}
