package org.welfareintelligence.i18n;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page needs to speak its language: the header's switch (links to the same address in each
 * language) and, for its scripts, every {@code js.*} string of the bundles in the page's language.
 */
@ControllerAdvice(annotations = Controller.class)
class LanguageAdvice {

    private static final String SCRIPT_PREFIX = "js.";

    /** One entry of the language switch. */
    record Choice(String code, String href, boolean current) {
    }

    private final MessageSource messages;
    private final List<String> basenames;
    private final Map<Locale, Map<String, String>> scriptTexts = new ConcurrentHashMap<>();

    LanguageAdvice(MessageSource messages, @Value("${spring.messages.basename}") String basenames) {
        this.messages = messages;
        this.basenames = Arrays.stream(basenames.split(",")).map(String::trim).filter(name -> !name.isEmpty()).toList();
    }

    @ModelAttribute("languages")
    List<Choice> languages(HttpServletRequest request, Locale locale) {
        Object errorPath = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = errorPath instanceof String original ? original : request.getRequestURI();
        String query = errorPath instanceof String ? null : request.getQueryString();
        Language current = Language.of(locale);
        return Arrays.stream(Language.values()).map(language -> new Choice(language.code(),
                UriComponentsBuilder.fromPath(path).query(query)
                        .replaceQueryParam(LanguageConfig.PARAMETER, language.code()).build().toUriString(),
                language == current)).toList();
    }

    @ModelAttribute("scriptText")
    Map<String, String> scriptText(Locale locale) {
        return scriptTexts.computeIfAbsent(Language.of(locale).locale(), this::load);
    }

    private Map<String, String> load(Locale locale) {
        Map<String, String> texts = new TreeMap<>();
        for (String basename : basenames) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(basename, Locale.ROOT,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                bundle.keySet().stream().filter(key -> key.startsWith(SCRIPT_PREFIX))
                        .forEach(key -> texts.putIfAbsent(key, messages.getMessage(key, null, locale)));
            } catch (MissingResourceException absent) {
                // a bundle listed for a part of the product that is not installed
            }
        }
        return texts;
    }
}
