package org.welfareintelligence.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every bundle pair under i18n/ speaks both languages: the same keys in the Italian base file and in its _en
 * file, none empty; texts with parameters are MessageFormats (an apostrophe doubled), those without are plain (a single one); and every key a
 * template ({@code #{key}}), a script ({@code WI.t('key')}) or Java (a literal {@code "tender.bid.rate"}) uses exists (a key prefix completed at run
 * time, {@code WI.t('js.status.' + code)}, must begin some key).
 */
class MessageBundlesTest {

    private static final Path RESOURCES = Path.of("src", "main", "resources");
    private static final Path BUNDLES = RESOURCES.resolve("i18n");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)\\s*[}(]");
    private static final Pattern SCRIPT_KEY = Pattern.compile("WI\\.t\\(\\s*['\"]([^'\"]+)['\"]");
    private static final Pattern PARAMETER = Pattern.compile("\\{\\d+[,}]");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void everyBundleHasBothLanguagesWithTheSameKeysAndNoEmptyText() throws IOException {
        Map<String, Properties> italian = bundles("");
        assertThat(italian).as("bundles under " + BUNDLES).containsKey("messages");
        Map<String, Properties> english = bundles("_en");
        assertThat(english.keySet()).as("every Italian bundle has its _en file and no _en file is alone")
                .isEqualTo(italian.keySet());
        for (String name : italian.keySet()) {
            Set<String> it = italian.get(name).stringPropertyNames();
            Set<String> en = english.get(name).stringPropertyNames();
            assertThat(difference(it, en)).as(name + ": keys missing in " + name + "_en.properties").isEmpty();
            assertThat(difference(en, it)).as(name + ": keys missing in " + name + ".properties (Italian)").isEmpty();
            for (Properties bundle : new Properties[] {italian.get(name), english.get(name)}) {
                for (String key : bundle.stringPropertyNames()) {
                    String text = bundle.getProperty(key);
                    assertThat(text.isBlank()).as(name + ": " + key + " is empty").isFalse();
                    // Spring runs a text through MessageFormat only when it is given parameters
                    if (PARAMETER.matcher(text).find()) {
                        assertThat(LONE_APOSTROPHE.matcher(text).find())
                                .as(name + ": " + key + " has parameters, so an apostrophe must be written '': " + text)
                                .isFalse();
                    } else {
                        assertThat(text).as(name + ": " + key + " has no parameters, so an apostrophe is written '")
                                .doesNotContain("''");
                    }
                }
            }
        }
    }

    @Test
    void everyKeyThatTemplatesAndScriptsUseExists() throws IOException {
        Set<String> known = new HashSet<>();
        bundles("").values().forEach(bundle -> known.addAll(bundle.stringPropertyNames()));
        Map<String, Set<String>> missing = new TreeMap<>();
        collect(RESOURCES.resolve("templates"), ".html", TEMPLATE_KEY, known, missing);
        collect(RESOURCES.resolve("static").resolve("js"), ".js", SCRIPT_KEY, known, missing);
        // Java names keys too (header links, reports, files): a literal that starts like a key must be one
        String prefixes = known.stream().map(key -> key.substring(0, key.indexOf('.'))).distinct()
                .map(Pattern::quote).reduce((x, y) -> x + "|" + y).orElseThrow();
        collect(Path.of("src", "main", "java"), ".java",
                Pattern.compile("\"((?:" + prefixes + ")\\.[A-Za-z0-9_.-]+)\""), known, missing);
        assertThat(missing).as("keys used but in no bundle, by file").isEmpty();
    }

    private static void collect(Path root, String suffix, Pattern use, Set<String> known, Map<String, Set<String>> missing)
            throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(path -> path.toString().endsWith(suffix)).toList()) {
                Matcher matcher = use.matcher(Files.readString(file));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    // 'js.status.' + code: a prefix completed at run time, which some key must start with
                    boolean found = key.endsWith(".") ? known.stream().anyMatch(k -> k.startsWith(key)) : known.contains(key);
                    if (!found) {
                        missing.computeIfAbsent(file.toString(), f -> new TreeSet<>())
                                .add(key);
                    }
                }
            }
        }
    }

    /** The bundles of one language by base name: {@code messages} for messages{suffix}.properties. */
    private static Map<String, Properties> bundles(String suffix) throws IOException {
        Map<String, Properties> bundles = new TreeMap<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file : files.toList()) {
                String fileName = file.getFileName().toString();
                if (!fileName.endsWith(".properties")) {
                    continue;
                }
                String name = fileName.substring(0, fileName.length() - ".properties".length());
                boolean english = name.endsWith("_en");
                if (english == suffix.isEmpty()) {
                    continue;
                }
                Properties bundle = new Properties();
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    bundle.load(reader);
                }
                bundles.put(english ? name.substring(0, name.length() - 3) : name, bundle);
            }
        }
        return bundles;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }
}
