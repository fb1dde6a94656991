package org.welfareintelligence.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Italian by default; the browser's Italian or English respected; a chosen language remembered in a cookie. */
class LanguageResolverTest {

    private final LanguageResolver resolver = new LanguageResolver();

    @Test
    void withoutCookieTheBrowsersItalianOrEnglishElseItalian() {
        assertThat(resolver.resolveLocale(request(null))).isEqualTo(Locale.ITALIAN);
        assertThat(resolver.resolveLocale(request("en-GB,en;q=0.9"))).isEqualTo(Locale.ENGLISH);
        assertThat(resolver.resolveLocale(request("it-IT,it;q=0.9,en;q=0.8"))).isEqualTo(Locale.ITALIAN);
        assertThat(resolver.resolveLocale(request("de-DE,de;q=0.9,en;q=0.5"))).as("the first one spoken here")
                .isEqualTo(Locale.ENGLISH);
        assertThat(resolver.resolveLocale(request("fr-FR,de;q=0.8"))).isEqualTo(Locale.ITALIAN);
    }

    @Test
    void aChoiceIsRememberedAndWinsOverTheBrowser() {
        MockHttpServletRequest choosing = request("it-IT");
        MockHttpServletResponse response = new MockHttpServletResponse();
        resolver.setLocale(choosing, response, Locale.forLanguageTag("en"));
        assertThat(resolver.resolveLocale(choosing)).as("the request that chose").isEqualTo(Locale.ENGLISH);
        Cookie cookie = response.getCookie(LanguageResolver.COOKIE);
        assertThat(cookie).isNotNull();
        assertThat(cookie.getValue()).isEqualTo("en");
        assertThat(cookie.getMaxAge()).isEqualTo(365 * 24 * 3600);
        assertThat(cookie.getPath()).isEqualTo("/");

        MockHttpServletRequest next = request("it-IT");
        next.setCookies(new Cookie(LanguageResolver.COOKIE, "en"));
        assertThat(resolver.resolveLocale(next)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aLanguageNotSpokenHereIsIgnored() {
        MockHttpServletRequest request = request("en");
        MockHttpServletResponse response = new MockHttpServletResponse();
        resolver.setLocale(request, response, Locale.FRENCH);
        assertThat(response.getCookie(LanguageResolver.COOKIE)).isNull();
        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.ENGLISH);

        MockHttpServletRequest tampered = request(null);
        tampered.setCookies(new Cookie(LanguageResolver.COOKIE, "xx"));
        assertThat(resolver.resolveLocale(tampered)).isEqualTo(Locale.ITALIAN);
    }

    private static MockHttpServletRequest request(String acceptLanguage) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        if (acceptLanguage != null) {
            request.addHeader("Accept-Language", acceptLanguage);
        }
        return request;
    }
}
