package org.welfareintelligence.map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.welfareintelligence.geo.CityProperties;

/** The map page: sections as a choropleth of a target, facilities as markers, municipi and NIL as context. */
@Controller
class MapController {

    private final CityProperties city;
    private final MapProperties map;
    private final JdbcTemplate jdbc;

    MapController(CityProperties city, MapProperties map, JdbcTemplate jdbc) {
        this.city = city;
        this.map = map;
        this.jdbc = jdbc;
    }

    @GetMapping("/")
    String map(Model model, HttpServletRequest request) {
        // a panel a role cannot use is left out rather than failing later with a 403 (links: security.Navigation)
        model.addAttribute("canPlan", request.isUserInRole("PLANNER") || request.isUserInRole("ADMIN"));
        model.addAttribute("canRoute", request.isUserInRole("PLANNER") || request.isUserInRole("ORGANISATION")
                || request.isUserInRole("ADMIN"));
        model.addAttribute("canSimulate", request.isUserInRole("PLANNER") || request.isUserInRole("ORGANISATION")
                || request.isUserInRole("FOUNDATION") || request.isUserInRole("ADMIN"));
        model.addAttribute("city", city);
        model.addAttribute("baseMapUrl", map.baseMapUrl() == null ? "" : map.baseMapUrl());
        model.addAttribute("baseMapAttribution", map.baseMapAttribution() == null ? "" : map.baseMapAttribution());
        Boolean synthetic = jdbc.queryForObject(
                "SELECT coalesce(bool_or(synthetic), false) FROM import_batch WHERE kind = 'CENSUS'", Boolean.class);
        model.addAttribute("synthetic", Boolean.TRUE.equals(synthetic));
        return "map";
    }
}
