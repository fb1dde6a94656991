package org.welfareintelligence.tender;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.springframework.stereotype.Component;

/** Turns a page rendered by Thymeleaf (well-formed XHTML) into a PDF, so web page and PDF never diverge. */
@Component
class PdfDocuments {

    byte[] fromXhtml(String xhtml) {
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
