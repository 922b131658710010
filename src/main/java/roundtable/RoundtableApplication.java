package roundtable;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;
import roundtable.base.startup.StartupReport;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "Roundtable", sharedModules = "base")
public class RoundtableApplication {

    public static void main(String[] args) {
        var app = new SpringApplication(RoundtableApplication.class);
        StartupReport.attachIfAsked(app);
        app.run(args);
    }
}
