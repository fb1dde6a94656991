package org.welfareintelligence;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class WelfareIntelligenceApplication {

    public static void main(String[] args) {
        SpringApplication.run(WelfareIntelligenceApplication.class, args);
    }
}
