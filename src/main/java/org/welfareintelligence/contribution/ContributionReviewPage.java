package org.welfareintelligence.contribution;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.welfareintelligence.ingest.ImportReport;

/** The planners' review queue as a page with server-side forms. */
@Controller
class ContributionReviewPage {

    private final Contributions contributions;

    ContributionReviewPage(Contributions contributions) {
        this.contributions = contributions;
    }

    @GetMapping("/contributions")
    String queue(Model model) {
        model.addAttribute("contributions", contributions.list(null));
        return "contributions";
    }

    @PostMapping("/contributions/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            ImportReport report = contributions.approve(id, note);
            // the page words these in the reader's language
            redirect.addFlashAttribute("imported", List.of(id, report.rowsWritten(), report.batchId()));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("failed", List.of(id, e.getMessage()));
        }
        return "redirect:/contributions";
    }

    @PostMapping("/contributions/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        contributions.reject(id, note);
        redirect.addFlashAttribute("rejected", id);
        return "redirect:/contributions";
    }
}
