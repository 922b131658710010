package roundtable;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(RoundtableApplication.class);

    @Test
    void featuresOnlyUseEachOthersPublicServicesAndEvents() {
        modules.verify();
    }

    @Test
    void everyFeatureDeclaresTheModulesItMayUse() {
        List<String> undeclared = new ArrayList<>();
        modules.forEach(module -> {
            String name = module.getIdentifier().toString();
            if (name.equals("base")) {
                // The shared shell every feature may use; it uses none.
                return;
            }
            ApplicationModule declaration = declaration(module.getBasePackage().getName());
            boolean declared = declaration != null
                    && !Arrays.asList(declaration.allowedDependencies()).equals(List.of(ApplicationModule.OPEN_TOKEN));
            if (!declared) {
                undeclared.add(name);
            }
        });
        assertThat(undeclared)
                .as("modules whose package-info does not say which modules they may use")
                .isEmpty();
    }

    @Test
    void everyLanguageServicesPageBelongsToLanguageServices() {
        List<String> elsewhere = routedViews().stream()
                .filter(view -> route(view).startsWith("language-services"))
                .filter(view -> !view.getPackageName().startsWith("roundtable.languageservices"))
                .map(Class::getName)
                .toList();
        assertThat(routedViews()).anyMatch(view -> route(view).startsWith("language-services"));
        assertThat(elsewhere)
                .as("the coordinator's pages outside languageservices")
                .isEmpty();
    }

    @Test
    void theSharedShellNamesNoFeaturesPage() throws IOException {
        List<String> routes = routedViews().stream()
                .filter(view -> !view.getPackageName().startsWith("roundtable.base"))
                .map(ModularityTests::route)
                .filter(route -> !route.isEmpty())
                .toList();
        Pattern literal = Pattern.compile("\"/?([a-z][a-z0-9/-]*)\"");
        List<String> named = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/roundtable/base"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher found = literal.matcher(Files.readString(source));
                while (found.find()) {
                    if (routes.contains(found.group(1))) {
                        named.add(source.getFileName() + ": " + found.group());
                    }
                }
            }
        }
        assertThat(named)
                .as("feature pages named in base: let the feature contribute them")
                .isEmpty();
    }

    @Test
    void writesTheModuleDiagramForNewcomers() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/modulith-docs"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }

    private static ApplicationModule declaration(String basePackage) {
        try {
            return Class.forName(basePackage + ".package-info").getAnnotation(ApplicationModule.class);
        } catch (ClassNotFoundException none) {
            return null;
        }
    }

    private static List<Class<?>> routedViews() {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<Class<?>> views = new ArrayList<>();
        for (var bean : scan.findCandidateComponents("roundtable")) {
            try {
                views.add(Class.forName(bean.getBeanClassName()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return views;
    }

    private static String route(Class<?> view) {
        return view.getAnnotation(Route.class).value();
    }
}
