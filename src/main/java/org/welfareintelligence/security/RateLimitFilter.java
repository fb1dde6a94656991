package org.welfareintelligence.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 429 with Retry-After when a client (an account or an address, as {@code key} says) spends
 * more than its budget of matching requests per minute. One bucket per key in {@link SharedBuckets}, so that a
 * client spends one budget across every application node.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    private final String what;
    private final RequestMatcher matcher;
    private final Function<HttpServletRequest, String> key;
    private final int perMinute;
    private final SharedBuckets buckets;

    RateLimitFilter(String what, RequestMatcher matcher, Function<HttpServletRequest, String> key, int perMinute,
                    SharedBuckets buckets) {
        this.what = what;
        this.matcher = matcher;
        this.key = key;
        this.perMinute = perMinute;
        this.buckets = buckets;
    }

    /** Each budget is its own filter: the default marker (the class name) would let only the first one run. */
    @Override
    protected String getAlreadyFilteredAttributeName() {
        return RateLimitFilter.class.getName() + "." + what + ".FILTERED";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!matcher.matches(request)) {
            chain.doFilter(request, response);
            return;
        }
        long wait = buckets.tryTake(what, key.apply(request), perMinute);
        if (wait == 0) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(wait + TimeUnit.SECONDS.toNanos(1) - 1));
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"status\":429,\"error\":\"Too Many Requests\",\"message\":\"too many "
                + what + ": at most " + perMinute + " per minute; retry after " + seconds + " s\"}");
    }
}
