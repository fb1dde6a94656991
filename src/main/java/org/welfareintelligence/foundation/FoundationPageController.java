package org.welfareintelligence.foundation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.welfareintelligence.geo.CityProperties;

/** The foundation workspace page. */
@Controller
class FoundationPageController {

    private final CityProperties city;

    FoundationPageController(CityProperties city) {
        this.city = city;
    }

    @GetMapping("/foundation")
    String page(Model model) {
        model.addAttribute("cityName", city.name());
        return "foundation/workspace";
    }
}
