package org.welfareintelligence.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An endpoint's answer in one of several formats, typed by the view it shows: JSON is the view itself, while
 * CSV, XLSX, GeoJSON, PDF or HTML are the same figures rendered. Declaring {@code Answer<View>} instead of
 * {@code ResponseEntity<?>} lets the architecture test check that the view carries its counts of people as
 * disclosure-controlled {@code privacy.Count}s (docs/privacy.md).
 *
 * @param <T> the view whose figures every format shows
 */
public final class Answer<T> extends ResponseEntity<Object> {

    private Answer(Object body, HttpHeaders headers) {
        super(body, headers, HttpStatus.OK);
    }

    /** The view as JSON. */
    public static <T> Answer<T> json(T view) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new Answer<>(view, headers);
    }

    /** The view rendered as text of the given type (GeoJSON, HTML), shown inline. */
    public static <T> Answer<T> rendered(MediaType type, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        return new Answer<>(body, headers);
    }

    /** The view rendered as a file to download (CSV, XLSX, PDF). */
    public static <T> Answer<T> file(String fileName, MediaType type, byte[] body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        headers.setContentDisposition(ContentDisposition.attachment().filename(fileName).build());
        return new Answer<>(body, headers);
    }
}
