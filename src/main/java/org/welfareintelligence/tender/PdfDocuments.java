package org.welfareintelligence.tender;

import org.springframework.stereotype.Component;
import org.welfareintelligence.web.PdfPages;

/** Turns a page rendered by Thymeleaf (well-formed XHTML) into a PDF, so web page and PDF never diverge. */
@Component
class PdfDocuments {

    byte[] fromXhtml(String xhtml) {
        return PdfPages.fromXhtml(xhtml);
    }
}
