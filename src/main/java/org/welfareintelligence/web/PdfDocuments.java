package org.welfareintelligence.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.springframework.stereotype.Component;

/**
 * Turns a page rendered by Thymeleaf (well-formed XHTML) into a PDF, so that a report's web page and its PDF
 * come from one template and never diverge.
 */
@Component
public class PdfDocuments {

    public byte[] fromXhtml(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new IllegalStateException("cannot render the PDF", e);
        }
        return out.toByteArray();
    }
}
