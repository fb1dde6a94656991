package org.welfareintelligence.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Outermost filter: a request that fails because the database cannot be reached — in a controller, the audit
 * trail or the sign-in itself — is answered 503 with Retry-After, as JSON for API clients and as a short page
 * for browsers, instead of a 500 or a 401.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    // in both languages: without the database there is no account, and the page must not need anything else
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="it"><head><meta charset="utf-8"><title>Temporaneamente non disponibile</title></head>
            <body><h1>Temporaneamente non disponibile</h1><p>Il database non è raggiungibile in questo momento.
            Riprova tra qualche secondo.</p>
            <div lang="en"><h1>Briefly unavailable</h1><p>The database cannot be reached at the moment.
            Please try again in a few seconds.</p></div></body></html>
            """;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseOutage.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("{} {} answered 503: database unavailable ({})", request.getMethod(), request.getRequestURI(),
                    e.getMessage());
            response.reset();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
            response.setCharacterEncoding("UTF-8");
            if (browser(request)) {
                response.setContentType(MediaType.TEXT_HTML_VALUE);
                response.getWriter().write(PAGE);
            } else {
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                response.getWriter().write("{\"status\":503,\"error\":\"Service Unavailable\",\"message\":\""
                        + DatabaseOutage.MESSAGE + "\"}");
            }
        }
    }

    /** Browsers ask for HTML; API clients (curl, scripts, the map's fetches) do not. */
    private static boolean browser(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }
}
