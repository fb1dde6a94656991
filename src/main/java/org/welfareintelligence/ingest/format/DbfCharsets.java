package org.welfareintelligence.ingest.format;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text encoding of a .dbf file: from the .cpg side file, else the dBase language driver byte. */
final class DbfCharsets {

    private static final Pattern CODE_PAGE = Pattern.compile("(?i)(?:ANSI|OEM|CP)?[ _-]?(\\d+)");

    /** dBase language driver IDs (header byte 29) that name a code page; 0 and unknown IDs say nothing. */
    private static final Map<Integer, String> LANGUAGE_DRIVERS = Map.ofEntries(
            Map.entry(0x01, "IBM437"), Map.entry(0x02, "IBM850"), Map.entry(0x03, "windows-1252"),
            Map.entry(0x57, "windows-1252"), Map.entry(0x58, "windows-1252"), Map.entry(0x59, "windows-1252"),
            Map.entry(0x64, "IBM852"), Map.entry(0x65, "IBM866"), Map.entry(0xC8, "windows-1250"),
            Map.entry(0xC9, "windows-1251"), Map.entry(0xCA, "windows-1254"), Map.entry(0xCB, "windows-1253"));

    private DbfCharsets() {
    }

    /** @param cpg content of a .cpg file, e.g. "UTF-8", "1252", "ISO-8859-1", "ANSI 1252" */
    static Charset ofCpg(String cpg, String cpgFileName) {
        String name = cpg.strip();
        Matcher codePage = CODE_PAGE.matcher(name);
        if (codePage.matches()) {
            String number = codePage.group(1);
            if (number.equals("65001")) {
                return StandardCharsets.UTF_8;
            }
            name = number.startsWith("8859") ? "ISO-8859-" + number.substring(4) : "Cp" + number;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InvalidInputException(cpgFileName, null, null,
                    "unknown character set \"" + cpg.strip() + "\": use e.g. UTF-8 or 1252");
        }
    }

    static Charset ofLanguageDriver(int languageDriver) {
        String name = LANGUAGE_DRIVERS.get(languageDriver);
        return name == null ? StandardCharsets.ISO_8859_1 : Charset.forName(name);
    }
}
