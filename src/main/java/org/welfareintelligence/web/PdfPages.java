package org.welfareintelligence.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** A page rendered by Thymeleaf (well-formed XHTML) as a PDF, so that a printable paper is built like a page. */
public final class PdfPages {

    private PdfPages() {
    }

    public static byte[] fromXhtml(String xhtml) {
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
