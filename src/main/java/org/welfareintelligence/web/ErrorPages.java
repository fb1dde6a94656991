package org.welfareintelligence.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that reach the servlet container (a page the role may not open, an address that names nothing, a
 * failure): a page with a way back for browsers, the {@link ApiError} JSON for the API and for clients that do
 * not ask for HTML. Replaces Spring Boot's error controller, which would send HTML to a browser opening /api/**.
 */
@Controller
class ErrorPages implements ErrorController {

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        HttpStatus status = status(request);
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (Clients.api(path) || !Clients.browser(request)) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                    .body(ApiError.of(status.value(), status.getReasonPhrase(), message(status, request)));
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("kind", switch (status) {
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not-found";
            default -> status.is5xxServerError() ? "failure" : "other";
        });
        page.addObject("reason", status.getReasonPhrase());
        return page;
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    /** The reason a handler gave for a 4xx; never the text of an unexpected failure, which may name data. */
    private static String message(HttpStatus status, HttpServletRequest request) {
        Object reason = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        return switch (status) {
            case FORBIDDEN -> "your role may not use this endpoint";
            case NOT_FOUND -> "nothing at this address: check the path";
            default -> status.is4xxClientError() && reason instanceof String text && !text.isBlank() ? text
                    : status.is5xxServerError() ? "the server could not answer; the failure is logged"
                    : status.getReasonPhrase();
        };
    }
}
