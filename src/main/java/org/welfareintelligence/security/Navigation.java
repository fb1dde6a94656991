package org.welfareintelligence.security;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.welfareintelligence.geo.CityProperties;

/**
 * The header every page shows: the city, and links only to the pages the caller's role may open (the same
 * rules as {@link SecurityConfig}), so nobody is offered a page that answers 403.
 */
@ControllerAdvice(annotations = Controller.class)
class Navigation {

    /** A header link and the roles that may open it; an empty set means everyone. */
    record Link(String href, String label, Set<Role> roles) {
    }

    /** What the header shows to one caller. */
    record Header(String cityName, boolean signedIn, String user, List<Link> links) {
    }

    private static final Set<Role> ANY = Set.of();
    private static final List<Link> LINKS = List.of(
            new Link("/", "Map", Set.of(Role.values())),
            new Link("/tender", "Tender support", Set.of(Role.ORGANISATION, Role.FOUNDATION, Role.PLANNER, Role.ADMIN)),
            new Link("/foundation", "Foundation workspace", Set.of(Role.FOUNDATION, Role.PLANNER, Role.ADMIN)),
            new Link("/contributions", "Contributions", Set.of(Role.PLANNER, Role.ADMIN)),
            new Link("/admin/users", "Accounts", Set.of(Role.ADMIN)),
            new Link("/admin/audit", "Audit log", Set.of(Role.ADMIN)),
            new Link("/find", "Service finder", ANY),
            new Link("/swagger-ui.html", "API", ANY));

    private final CurrentUser user;
    private final CityProperties city;

    Navigation(CurrentUser user, CityProperties city) {
        this.user = user;
        this.city = city;
    }

    @ModelAttribute("nav")
    Header header() {
        boolean signedIn = user.signedIn();
        List<Link> links = LINKS.stream()
                .filter(link -> link.roles().isEmpty() || link.roles().stream().anyMatch(user::hasRole))
                .toList();
        return new Header(city.name(), signedIn, signedIn ? user.name() : null, links);
    }
}
