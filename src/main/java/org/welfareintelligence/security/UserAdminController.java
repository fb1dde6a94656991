package org.welfareintelligence.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrator pages: invite accounts, assign roles and organisation, disable and enable. */
@Controller
class UserAdminController {

    private final Accounts accounts;

    UserAdminController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("organisations", accounts.organisations());
        model.addAttribute("roles", Role.values());
        model.addAttribute("now", Instant.now());
        return "admin/users";
    }

    @PostMapping("/admin/users")
    String create(@RequestParam String username, @RequestParam(required = false) String password,
                  @RequestParam(required = false) String displayName, @RequestParam(required = false) String email,
                  @RequestParam(required = false) List<Role> roles, @RequestParam(required = false) Long organisationId,
                  RedirectAttributes redirect) {
        try {
            String initial = accounts.create(username, password, displayName, email, roleSet(roles), organisationId,
                    false);
            redirect.addFlashAttribute("created", username);
            redirect.addFlashAttribute("initialPassword", initial);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/roles")
    String assign(@PathVariable long id, @RequestParam(required = false) List<Role> roles,
                  @RequestParam(required = false) Long organisationId, RedirectAttributes redirect) {
        try {
            accounts.assign(id, roleSet(roles), organisationId);
            // the page words it in the reader's language: admin.saved.{what}
            redirect.addFlashAttribute("saved", "roles");
            redirect.addFlashAttribute("savedAccount", id);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/enabled")
    String enable(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        accounts.setEnabled(id, enabled);
        redirect.addFlashAttribute("saved", enabled ? "enabled" : "disabled");
        redirect.addFlashAttribute("savedAccount", id);
        return "redirect:/admin/users";
    }

    private static Set<Role> roleSet(List<Role> roles) {
        return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
