package org.welfareintelligence.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.welfareintelligence.support.PostgisTest;

/** With an OpenID Connect provider configured, the sign-in page offers it and sends the browser there. */
@AutoConfigureMockMvc
@TestPropertySource(properties = {
        "spring.security.oauth2.client.registration.city.client-id=welfare-intelligence",
        "spring.security.oauth2.client.registration.city.client-secret=secret",
        "spring.security.oauth2.client.registration.city.client-name=City SSO",
        "spring.security.oauth2.client.registration.city.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.city.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.registration.city.scope=openid,profile,email",
        "spring.security.oauth2.client.provider.city.authorization-uri=https://sso.city.example/authorize",
        "spring.security.oauth2.client.provider.city.token-uri=https://sso.city.example/token",
        "spring.security.oauth2.client.provider.city.jwk-set-uri=https://sso.city.example/jwks",
        "spring.security.oauth2.client.provider.city.user-info-uri=https://sso.city.example/userinfo",
        "spring.security.oauth2.client.provider.city.user-name-attribute=sub"})
class SingleSignOnOptionTest extends PostgisTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theConfiguredProviderIsOfferedAndPasswordsStillWork() throws Exception {
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString())
                .contains("Accedi con City SSO", "/oauth2/authorization/city");
        MockHttpServletResponse redirect = mvc.perform(get("/oauth2/authorization/city")).andReturn().getResponse();
        assertThat(redirect.getStatus()).isEqualTo(302);
        assertThat(redirect.getRedirectedUrl()).startsWith("https://sso.city.example/authorize?")
                .contains("client_id=welfare-intelligence", "scope=openid%20profile%20email");
        // anonymous API calls still get 401, not a redirect to the provider
        assertThat(mvc.perform(get("/api/demand")).andReturn().getResponse().getStatus()).isEqualTo(401);
    }
}
