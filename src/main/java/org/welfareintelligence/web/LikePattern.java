package org.welfareintelligence.web;

/** SQL LIKE patterns from user text, whose own % and _ are matched literally. */
public final class LikePattern {

    private LikePattern() {
    }

    /** A pattern matching any value that contains {@code text}. */
    public static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
