package org.welfareintelligence.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Title and summary of the OpenAPI document served at /v3/api-docs and /swagger-ui.html. */
@Configuration
class OpenApiConfig {

    @Bean
    OpenAPI welfareIntelligenceApi() {
        return new OpenAPI().info(new Info()
                .title("Welfare Intelligence API")
                .version("0.1")
                .description("Demand (people and families by target group) and supply (facilities and their "
                        + "services) on the territorial mosaic of census sections. GeoJSON and JSON are in "
                        + "EPSG:4326; vector tiles in web-mercator tile coordinates. Imports need the ADMIN role."));
    }
}
