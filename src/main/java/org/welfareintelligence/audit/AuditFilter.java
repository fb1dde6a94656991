package org.welfareintelligence.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every request to a restricted dataset that got past sign-in and the role check, with its
 * parameters and the answer's status. It runs after the security filters (order 0 &gt; -100), so the
 * caller is known; requests refused there read nothing.
 */
@Component
@Order(0)
class AuditFilter extends OncePerRequestFilter {

    private final AuditLog log;

    AuditFilter(AuditLog log) {
        this.log = log;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<RestrictedDataset> dataset = RestrictedDataset.of(path);
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (dataset.isEmpty() || caller == null || caller instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            String roles = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                    .map(role -> role.replaceFirst("^ROLE_", "")).sorted().collect(Collectors.joining(","));
            log.append(new AuditEvent(null, null, caller.getName(), roles, request.getRemoteAddr(),
                    request.getMethod(), dataset.get().name(), path, parameters(request), response.getStatus()));
        }
    }

    /** Query and form parameters as name=value pairs (file parts are not parameters). */
    private static String parameters(HttpServletRequest request) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            for (String value : parameter.getValue()) {
                text.append(text.isEmpty() ? "" : "&").append(parameter.getKey()).append('=').append(value);
            }
        }
        return text.isEmpty() ? null : text.toString();
    }
}
