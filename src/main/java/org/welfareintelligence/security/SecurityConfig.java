package org.welfareintelligence.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.welfareintelligence.web.DatabaseOutage;
import org.welfareintelligence.web.Clients;

/**
 * Who may see what, per endpoint family (the table in README "Accounts and roles"):
 * <ul>
 * <li>everyone, signed in or not: facility information, service types, the taxonomy, boundaries, public places, the
 *     public service finder and the API docs;</li>
 * <li>any signed-in role: demand, census sections and their tiles (disclosure-controlled below PLANNER)
 *     and the map;</li>
 * <li>analytics, projections and tender support: PLANNER, FOUNDATION, ORGANISATION, ADMIN; the foundation workspace:
 *     FOUNDATION, PLANNER, ADMIN; optimisation (any method) and the compensation works report: PLANNER, ADMIN;
 *     routes and schedules: PLANNER,
 *     ORGANISATION, ADMIN;
 *     imports and contribution review: PLANNER, ADMIN; contributing and editing facilities:
 *     ORGANISATION (its own, enforced in the queries), PLANNER, ADMIN;</li>
 * <li>ADMIN: accounts and the audit log.</li>
 * </ul>
 * Anonymous API calls get 401 (also a POST without a CSRF token, and a page asked for by a client that does not
 * accept HTML; browsers are sent to the sign-in page), a wrong role 403, both with a body that names no data; a
 * browser opening a page its role may not see gets the 403 page instead.
 * Browser sessions are protected against CSRF; API clients that send credentials in the Authorization header
 * carry no cookie to forge.
 */
@Configuration
class SecurityConfig {

    private static final RequestMatcher API = new OrRequestMatcher(pathPattern("/api/**"), pathPattern("/tiles/**"));

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, @Value("${wi.map.base-map-url:}") String baseMapUrl,
                                    SecurityProperties properties, Accounts accounts, CurrentUser user,
                                    SharedBuckets buckets, ObjectProvider<ClientRegistrationRepository> oidcClients)
            throws Exception {
        LoginUrlAuthenticationEntryPoint signInPage = new LoginUrlAuthenticationEntryPoint("/login");
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/error", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/favicon.svg",
                                "/actuator/health", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
                                "/find").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/facilities/**", "/api/service-types", "/api/targets/**",
                                "/api/target-groups", "/api/organisations", "/api/territories/municipio",
                                "/api/territories/neighbourhood", "/api/territories/nil", "/api/territories/city",
                                "/api/territories/census-area", "/api/public-places", "/api/finder/**", "/api/occupancy/**", "/tiles/facilities/**",
                                "/tiles/municipi/**", "/tiles/neighbourhoods/**", "/tiles/census-areas/**").permitAll()
                        .requestMatchers(HttpMethod.PUT, "/api/facilities/**", "/api/occupancy/**")
                                .hasAnyRole("ORGANISATION", "PLANNER", "ADMIN")
                        .requestMatchers("/api/analytics/compensation", "/compensation").hasAnyRole("PLANNER", "ADMIN")
                        .requestMatchers("/api/analytics/**", "/api/projections/**")
                                .hasAnyRole("PLANNER", "FOUNDATION", "ORGANISATION", "ADMIN")
                        .requestMatchers("/api/optimisation/**").hasAnyRole("PLANNER", "ADMIN")
                        .requestMatchers("/api/routing/**").hasAnyRole("PLANNER", "ORGANISATION", "ADMIN")
                        .requestMatchers("/api/scenarios", "/api/scenarios/**")
                                .hasAnyRole("PLANNER", "ORGANISATION", "FOUNDATION", "ADMIN")
                        .requestMatchers("/tender", "/tender/**", "/api/tender/**", "/api/partners", "/api/partners/**")
                                .hasAnyRole("ORGANISATION", "FOUNDATION", "PLANNER", "ADMIN")
                        .requestMatchers("/foundation", "/api/foundation/**").hasAnyRole("FOUNDATION", "PLANNER", "ADMIN")
                        .requestMatchers("/api/imports/**").hasAnyRole("PLANNER", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/network/**").hasAnyRole("PLANNER", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/contributions").hasRole("ORGANISATION")
                        .requestMatchers(HttpMethod.GET, "/api/contributions").hasAnyRole("ORGANISATION", "PLANNER", "ADMIN")
                        .requestMatchers("/api/contributions/**", "/contributions/**").hasAnyRole("PLANNER", "ADMIN")
                        .requestMatchers("/admin/**", "/api/audit/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll()
                        .failureHandler(outageAware(new SimpleUrlAuthenticationFailureHandler("/login?error"))))
                .httpBasic(basic -> basic.authenticationEntryPoint(outageAware(basicEntryPoint())))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> {
                            if (API.matches(request) || !Clients.browser(request)) {
                                unauthorised(response);
                            } else {
                                signInPage.commence(request, response, e);
                            }
                        })
                        .accessDeniedHandler((request, response, denied) -> {
                            if (!user.signedIn()) {
                                unauthorised(response); // e.g. an anonymous POST without a CSRF token
                            } else if (API.matches(request) || !Clients.browser(request)) {
                                forbidden(response);
                            } else {
                                response.sendError(HttpServletResponse.SC_FORBIDDEN); // the error page
                            }
                        }))
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(baseMapUrl)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                                "camera=(), microphone=(), geolocation=(), payment=()")))
                .addFilterBefore(new RateLimitFilter("sign-in attempts", pathPattern(HttpMethod.POST, "/login"),
                                HttpServletRequest::getRemoteAddr, properties.rateLimit().loginPerMinute(), buckets),
                        UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new RateLimitFilter("heavy requests", SecurityConfig::heavy,
                                request -> request.getUserPrincipal() == null ? request.getRemoteAddr()
                                        : request.getUserPrincipal().getName(),
                                properties.rateLimit().heavyPerMinute(), buckets),
                        AuthorizationFilter.class);
        if (oidcClients.getIfAvailable() != null) {
            // single sign-on only when an OIDC provider is configured (spring.security.oauth2.client.*)
            http.oauth2Login(oidc -> oidc.loginPage("/login")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new LocalAccountOidcUserService(accounts))));
        }
        return http.build();
    }

    /**
     * A sign-in that failed because the database could not be reached says nothing about the password: it is
     * rethrown to {@code web.DatabaseOutageFilter} (503 + Retry-After) instead of answering 401 or "wrong
     * password". It is no bad-credentials event either, so it never counts towards the lockout.
     */
    private static AuthenticationFailureHandler outageAware(AuthenticationFailureHandler delegate) {
        return (request, response, e) -> {
            if (DatabaseOutage.causedBy(e)) {
                throw e;
            }
            delegate.onAuthenticationFailure(request, response, e);
        };
    }

    private static AuthenticationEntryPoint outageAware(AuthenticationEntryPoint delegate) {
        return (request, response, e) -> {
            if (DatabaseOutage.causedBy(e)) {
                throw e;
            }
            delegate.commence(request, response, e);
        };
    }

    /** The HTTP Basic challenge Spring Security would send by default. */
    private static BasicAuthenticationEntryPoint basicEntryPoint() {
        BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
        basic.setRealmName("Realm");
        return basic;
    }

    /**
     * Requests that cost real work: analytics, projections, submitting optimisation and routing jobs, simulations, reports, partner choices, imports, contributions and
     * CSV exports. Following a job (status, events, result, all held in memory) is light, so clients may poll.
     */
    static boolean heavy(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/analytics/") || path.startsWith("/api/projections/") || path.equals("/compensation")
                || ((path.startsWith("/api/optimisation/") || path.startsWith("/api/routing/"))
                        && HttpMethod.POST.matches(request.getMethod()))
                || (path.startsWith("/api/scenarios/") && path.endsWith("/simulate"))
                || path.startsWith("/api/tender/") || path.startsWith("/tender/zone-report") || path.startsWith("/api/partners")
                || path.startsWith("/api/imports/") || path.startsWith("/api/audit/") || path.equals("/api/network/costs")
                || (path.equals("/api/contributions") && HttpMethod.POST.matches(request.getMethod()))
                || "csv".equalsIgnoreCase(request.getParameter("format"));
    }

    private static void unauthorised(HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Welfare Intelligence\"");
        writeError(response, 401, "Unauthorized", "sign in first: this data is for signed-in users "
                + "(HTTP Basic or the /login page)");
    }

    private static void forbidden(HttpServletResponse response) throws IOException {
        writeError(response, 403, "Forbidden", "your role may not use this endpoint");
    }

    private static void writeError(HttpServletResponse response, int status, String error, String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"status\":" + status + ",\"error\":\"" + error + "\",\"message\":\""
                + message + "\"}");
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
}
