package org.welfareintelligence.privacy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.welfareintelligence.database.DataVersion;

/**
 * Replays the written bytes of the busiest read-only answers (section tiles, the facilities layer, demand,
 * accessibility: {@code wi.cache.response-paths}), compressed once, instead of serialising and compressing
 * the same answer again for every request. The key is everything such an answer depends on: the path with its
 * parameters (however they were sent), {@link DataVersion#current()}, whether the reader's counts are controlled, the reader, the language
 * asked for (parameter, cookie, Accept-Language), the Accept header and the day. So, like {@link AnswerCache},
 * nothing outlives its data, and one reader's answer is never served to another; what is replayed passed
 * through disclosure control when it was first written.
 * <p>
 * It runs after the security filters and the audit trail (order 1 &gt; 0 &gt; -100): refused requests never reach
 * it, request budgets are spent and restricted reads are audited as without it. Only 200 answers without cookies
 * are kept, bounded in bytes ({@code wi.cache.response-megabytes}).
 */
@Component
@Order(1)
class CachedResponses extends OncePerRequestFilter {

    /** Headers of an answer that are replayed with it; anything else is the container's. */
    private static final List<String> REPLAYED = List.of(HttpHeaders.ETAG, HttpHeaders.CACHE_CONTROL,
            HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.LAST_MODIFIED, HttpHeaders.CONTENT_LANGUAGE, HttpHeaders.VARY);
    /** As server.compression.min-response-size: smaller answers are not worth compressing. */
    private static final int COMPRESS_FROM_BYTES = 2048;

    record Key(String url, long dataVersion, boolean controlledFigures, String reader, String language, String accept,
               LocalDate day) {
    }

    record Stored(String contentType, Map<String, String> headers, byte[] body, byte[] gzipped) {

        int weight() {
            return body.length + (gzipped == null ? 0 : gzipped.length) + 512;
        }
    }

    private final DataVersion version;
    private final DisclosureControl disclosure;
    private final List<String> paths;
    private final Cache<Key, Stored> answers;

    CachedResponses(DataVersion version, DisclosureControl disclosure,
                    @Value("${wi.cache.response-paths}")
                    List<String> paths,
                    @Value("${wi.cache.response-megabytes}") long megabytes) {
        this.version = version;
        this.disclosure = disclosure;
        this.paths = paths.stream().map(String::trim).filter(p -> !p.isEmpty()).toList();
        this.answers = Caffeine.newBuilder().maximumWeight(megabytes * 1024 * 1024)
                .weigher((Key key, Stored stored) -> stored.weight())
                .expireAfterAccess(Duration.ofMinutes(30)).build();
    }

    /** A path listed as {@code /prefix/*} matches below the prefix; any other only itself. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return paths.stream().noneMatch(p -> p.endsWith("/*") ? path.startsWith(p.substring(0, p.length() - 1))
                : path.equals(p));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Key key = key(request);
        Stored stored = answers.getIfPresent(key);
        if (stored != null) {
            replay(stored, request, response);
            return;
        }
        ContentCachingResponseWrapper written = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, written);
        // an empty tile has no content type, and is as worth keeping as any other
        if (written.getStatus() == HttpServletResponse.SC_OK && !written.containsHeader(HttpHeaders.SET_COOKIE)
                && (written.getContentType() != null || written.getContentSize() == 0)) {
            answers.put(key, store(written));
        }
        written.copyBodyToResponse();
    }

    private Key key(HttpServletRequest request) {
        Authentication reader = SecurityContextHolder.getContext().getAuthentication();
        String url = request.getRequestURI() + "?" + parameters(request);
        return new Key(url, version.current(), disclosure.appliesToCurrentUser(),
                reader == null ? "" : reader.getClass().getSimpleName() + ":" + reader.getName(),
                languageCookie(request) + "|" + request.getHeader(HttpHeaders.ACCEPT_LANGUAGE),
                request.getHeader(HttpHeaders.ACCEPT), LocalDate.now());
    }

    /** The parameters as the controllers see them, in one order, whether they came in the query or otherwise. */
    private static String parameters(HttpServletRequest request) {
        StringBuilder all = new StringBuilder();
        new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
            for (String value : values) {
                all.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
            }
        });
        return all.toString();
    }

    private static String languageCookie(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if ("WI_LANG".equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return "";
    }

    private static Stored store(ContentCachingResponseWrapper written) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : REPLAYED) {
            if (written.containsHeader(name)) {
                headers.put(name, String.join(", ", written.getHeaders(name)));
            }
        }
        byte[] body = written.getContentAsByteArray();
        byte[] gzipped = body.length >= COMPRESS_FROM_BYTES && compressible(written.getContentType()) ? gzip(body) : null;
        return new Stored(written.getContentType(), headers, body, gzipped);
    }

    private static boolean compressible(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.contains("json") || type.startsWith("text/") || type.contains("vector-tile");
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void replay(Stored stored, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        stored.headers().forEach(response::setHeader);
        String etag = stored.headers().get(HttpHeaders.ETAG);
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (etag != null && ifNoneMatch != null && List.of(ifNoneMatch.split("\\s*,\\s*")).contains(etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        byte[] body = stored.body();
        if (stored.gzipped() != null) {
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
            String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
            if (accepted != null && accepted.toLowerCase(Locale.ROOT).contains("gzip")) {
                // the container compresses nothing that already has an encoding
                response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
                body = stored.gzipped();
            }
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
