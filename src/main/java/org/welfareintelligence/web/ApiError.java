package org.welfareintelligence.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of every 4xx/5xx answer of the API: what went wrong, and where in an uploaded file when
 * the problem is there.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(int status, String error, String message, String file, String location, String field) {

    public static ApiError of(int status, String error, String message) {
        return new ApiError(status, error, message, null, null, null);
    }
}
