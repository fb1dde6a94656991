package org.welfareintelligence;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
@ConfigurationPropertiesScan
public class WelfareIntelligenceApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(WelfareIntelligenceApplication.class);
        boolean importCommand = java.util.Arrays.stream(args).anyMatch(arg -> arg.startsWith("--import="));
        if (importCommand) {
            // a command-line import: no web server, no sample city, exit with the import's status
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setDefaultProperties(Map.of("wi.sample-city.load-on-empty", "false"));
            ConfigurableApplicationContext context = application.run(args);
            System.exit(SpringApplication.exit(context));
        }
        application.run(args);
    }
}
