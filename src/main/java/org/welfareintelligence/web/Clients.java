package org.welfareintelligence.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;

/** Who is asking: a browser that wants pages, or an API client that wants JSON. */
public final class Clients {

    private Clients() {
    }

    /** A browser asks for HTML; API clients (curl, scripts, the pages' own fetch calls) do not. */
    public static boolean browser(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && (accept.contains(MediaType.TEXT_HTML_VALUE)
                || accept.contains(MediaType.APPLICATION_XHTML_XML_VALUE));
    }

    /** The API and the tiles answer JSON whatever the client accepts. */
    public static boolean api(String path) {
        return path != null && (path.startsWith("/api/") || path.startsWith("/tiles/"));
    }
}
