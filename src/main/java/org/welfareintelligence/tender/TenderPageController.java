package org.welfareintelligence.tender;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.welfareintelligence.geo.CityProperties;

/** The tender support page: pick or draw a zone and targets, get the report, check a bid. */
@Controller
class TenderPageController {

    private final CityProperties city;

    TenderPageController(CityProperties city) {
        this.city = city;
    }

    @GetMapping("/tender")
    String page(Model model) {
        model.addAttribute("city", city);
        return "tender/index";
    }
}
