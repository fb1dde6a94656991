package org.welfareintelligence.ingest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.welfareintelligence.ingest.format.InvalidInputException;
import org.welfareintelligence.web.ApiError;

/** A problem in an uploaded file becomes a 400 that names the file, the row or feature and the field. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportExceptionHandler {

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ApiError> invalidInput(InvalidInputException e) {
        return ResponseEntity.badRequest().body(new ApiError(HttpStatus.BAD_REQUEST.value(), "Invalid input",
                e.getMessage(), e.getFileName(), e.getLocation(), e.getField()));
    }
}
