package org.welfareintelligence.foundation;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The foundation workspace page. */
@Controller
class FoundationPageController {

    @GetMapping("/foundation")
    String page() {
        return "foundation/workspace";
    }
}
