package org.welfareintelligence.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    /** A configured single sign-on provider as the login page links it. */
    record Provider(String name, String url) {
    }

    private final List<Provider> providers = new ArrayList<>();

    private final CurrentUser user;

    LoginController(ObjectProvider<ClientRegistrationRepository> registrations, CurrentUser user) {
        this.user = user;
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object registration : all) {
                ClientRegistration client = (ClientRegistration) registration;
                providers.add(new Provider(client.getClientName(),
                        "/oauth2/authorization/" + client.getRegistrationId()));
            }
        }
    }

    @GetMapping("/login")
    String login(Model model) {
        if (user.signedIn()) {
            return "redirect:/"; // a signed-in user has nothing to do here (e.g. an old bookmark or the back button)
        }
        model.addAttribute("providers", providers);
        return "login";
    }
}
