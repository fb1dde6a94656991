package org.welfareintelligence.web;

/** Thrown when a code in the URL names nothing; answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
