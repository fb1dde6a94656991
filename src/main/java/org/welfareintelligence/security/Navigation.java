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

    /** A header link, the message key of its label, and the roles that may open it; an empty set means everyone. */
    record Link(String href, String label, Set<Role> roles) {
    }

    /** What the header shows to one caller. */
    record Header(String cityName, boolean signedIn, String user, List<Link> links) {
    }

    private static final Set<Role> ANY = Set.of();
    private static final List<Link> LINKS = List.of(
            new Link("/", "nav.map", Set.of(Role.values())),
            new Link("/tender", "nav.tender", Set.of(Role.ORGANISATION, Role.FOUNDATION, Role.PLANNER, Role.ADMIN)),
            new Link("/foundation", "nav.foundation", Set.of(Role.FOUNDATION, Role.PLANNER, Role.ADMIN)),
            new Link("/compensation", "nav.compensation", Set.of(Role.PLANNER, Role.ADMIN)),
            new Link("/contributions", "nav.contributions", Set.of(Role.PLANNER, Role.ADMIN)),
            new Link("/admin/users", "nav.accounts", Set.of(Role.ADMIN)),
            new Link("/admin/audit", "nav.audit", Set.of(Role.ADMIN)),
            new Link("/find", "nav.find", ANY),
            new Link("/swagger-ui.html", "nav.api", ANY));

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
