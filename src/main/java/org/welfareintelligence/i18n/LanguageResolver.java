package org.welfareintelligence.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.WebUtils;

/**
 * The language of a request: the one chosen with {@code ?lang=} (kept in a cookie for a year), else the first
 * Italian or English language the browser accepts, else Italian. Anything else asked for is ignored.
 */
final class LanguageResolver implements LocaleResolver {

    static final String COOKIE = "WI_LANG";
    private static final String CHOSEN = LanguageResolver.class.getName() + ".CHOSEN";
    private static final Duration REMEMBERED = Duration.ofDays(365);

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(CHOSEN) instanceof Language chosen) {
            return chosen.locale();
        }
        Cookie cookie = WebUtils.getCookie(request, COOKIE);
        Language remembered = cookie == null ? null : Language.of(cookie.getValue());
        return (remembered != null ? remembered : browser(request)).locale();
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Language language = locale == null ? null : Language.of(locale.toLanguageTag());
        if (language == null) {
            return;
        }
        request.setAttribute(CHOSEN, language);
        if (response != null) {
            response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, language.code()).path("/")
                    .maxAge(REMEMBERED).httpOnly(true).secure(request.isSecure()).sameSite("Lax").build().toString());
        }
    }

    /** In the browser's order of preference, the first language spoken here; Italian when none is. */
    private static Language browser(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
            return Language.IT;
        }
        for (Locale accepted : Collections.list(request.getLocales())) {
            Language language = Language.of(accepted.toLanguageTag());
            if (language != null) {
                return language;
            }
        }
        return Language.IT;
    }
}
