package org.welfareintelligence.security;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may see what. Public: facility information, boundaries, the taxonomy and the API docs. Signed-in
 * users: demand, sections and the map. Administrators: imports. Browser sessions are protected against
 * CSRF; API clients that send credentials in the Authorization header carry no cookie to forge.
 */
@Configuration
class SecurityConfig {

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, @Value("${wi.map.base-map-url:}") String baseMapUrl)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/error", "/css/**", "/js/**", "/webjars/**", "/favicon.ico",
                                "/actuator/health", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/facilities/**", "/api/service-types", "/api/targets/**",
                                "/api/target-groups", "/api/organisations", "/api/territories/municipio",
                                "/api/territories/neighbourhood", "/api/territories/nil", "/api/territories/city",
                                "/api/territories/census-area", "/tiles/facilities/**", "/tiles/municipi/**",
                                "/tiles/neighbourhoods/**", "/tiles/census-areas/**").permitAll()
                        .requestMatchers("/api/imports/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .httpBasic(Customizer.withDefaults())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(baseMapUrl)))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** Scripts only from this server; images also from the optional online base map's host. */
    static String contentSecurityPolicy(String baseMapUrl) {
        String tiles = "";
        if (baseMapUrl != null && !baseMapUrl.isBlank()) {
            URI uri = URI.create(baseMapUrl.replace("{s}", "a").replace("{z}", "0").replace("{x}", "0")
                    .replace("{y}", "0").replace("{r}", ""));
            tiles = " " + uri.getScheme() + "://" + uri.getHost().replaceFirst("^a\\.", "*.");
        }
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:" + tiles
                + "; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService users(SecurityProperties properties, PasswordEncoder encoder) {
        return new InMemoryUserDetailsManager(User.withUsername(properties.adminUser())
                .password(encoder.encode(properties.adminPassword()))
                .roles("ADMIN", "PLANNER")
                .build());
    }
}
