package org.welfareintelligence.web;

/** Thrown when the caller may read a row but not change it; answered with 403. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
