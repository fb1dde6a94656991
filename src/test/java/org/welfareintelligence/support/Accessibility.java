package org.welfareintelligence.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/** Runs axe-core, the accessibility checker, inside the page the browser shows, on the WCAG 2.1 A and AA rules. */
public final class Accessibility {

    private static final String AXE = read("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js");

    private Accessibility() {
    }

    /** Each rule the page breaks, as "rule (impact): what it asks — the first elements that break it". */
    @SuppressWarnings("unchecked")
    public static List<String> violations(ChromeDriver browser) {
        JavascriptExecutor js = browser;
        js.executeScript(AXE);
        List<Map<String, Object>> found = (List<Map<String, Object>>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                    nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))))
                  .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));""");
        return found.stream().map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " — "
                + v.get("nodes")).toList();
    }

    private static String read(String resource) {
        try (InputStream in = Accessibility.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath (org.webjars.npm:axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
