package org.welfareintelligence.ingest.format;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * A census-to-target mapping formula such as {@code P14 + P15 + 0.5 * (P16 - P17)}.
 * <pre>
 * expr   := term (('+' | '-') term)*
 * term   := factor ('*' factor)*
 * factor := NUMBER | COLUMN | '(' expr ')'
 * COLUMN := [A-Za-z][A-Za-z0-9_]*
 * </pre>
 * Parsed once into a tree; {@link #bind} resolves column names to array positions so that evaluating
 * many formulas over thousands of rows does no name lookups.
 */
public final class TargetFormula {

    private final String text;
    private final Node root;
    private final Set<String> columns;

    private TargetFormula(String text, Node root, Set<String> columns) {
        this.text = text;
        this.root = root;
        this.columns = Collections.unmodifiableSet(columns);
    }

    /** @throws IllegalArgumentException with the 1-based position of a syntax error */
    public static TargetFormula parse(String text) {
        Parser parser = new Parser(text);
        Node root = parser.expression();
        parser.skipSpaces();
        if (parser.position < text.length()) {
            throw parser.error("unexpected '" + text.charAt(parser.position) + "'");
        }
        return new TargetFormula(text, root, parser.columns);
    }

    /** @return the column names the formula uses, in order of first appearance */
    public Set<String> columns() {
        return columns;
    }

    public double evaluate(ToDoubleFunction<String> column) {
        return root.evaluate(column);
    }

    /**
     * @param index position of each column in the value arrays that will be passed to the result
     * @throws IllegalArgumentException when the formula uses a column the index does not have
     */
    public ToDoubleFunction<double[]> bind(Map<String, Integer> index) {
        return root.bind(index)::evaluate;
    }

    /** Convenience for a single evaluation; prefer {@link #bind} in loops. */
    public double evaluate(double[] values, Map<String, Integer> index) {
        return bind(index).applyAsDouble(values);
    }

    @Override
    public String toString() {
        return text;
    }

    private interface Bound {
        double evaluate(double[] values);
    }

    private interface Node {
        double evaluate(ToDoubleFunction<String> column);

        Bound bind(Map<String, Integer> index);
    }

    private record Constant(double value) implements Node {
        public double evaluate(ToDoubleFunction<String> column) {
            return value;
        }

        public Bound bind(Map<String, Integer> index) {
            return values -> value;
        }
    }

    private record Column(String name) implements Node {
        public double evaluate(ToDoubleFunction<String> column) {
            return column.applyAsDouble(name);
        }

        public Bound bind(Map<String, Integer> index) {
            Integer position = index.get(name);
            if (position == null) {
                throw new IllegalArgumentException("unknown column " + name);
            }
            int at = position;
            return values -> values[at];
        }
    }

    private record Operation(char operator, Node left, Node right) implements Node {
        public double evaluate(ToDoubleFunction<String> column) {
            return apply(left.evaluate(column), right.evaluate(column));
        }

        public Bound bind(Map<String, Integer> index) {
            Bound l = left.bind(index);
            Bound r = right.bind(index);
            return values -> apply(l.evaluate(values), r.evaluate(values));
        }

        private double apply(double a, double b) {
            return switch (operator) {
                case '+' -> a + b;
                case '-' -> a - b;
                default -> a * b;
            };
        }
    }

    /** Recursive-descent parser, one method per grammar rule. */
    private static final class Parser {
        private final String text;
        private final Set<String> columns = new LinkedHashSet<>();
        private int position;

        Parser(String text) {
            this.text = text;
        }

        Node expression() {
            Node node = term();
            for (char c = peek(); c == '+' || c == '-'; c = peek()) {
                position++;
                node = new Operation(c, node, term());
            }
            return node;
        }

        private Node term() {
            Node node = factor();
            while (peek() == '*') {
                position++;
                node = new Operation('*', node, factor());
            }
            return node;
        }

        private Node factor() {
            char c = peek();
            int start = position;
            if (c == '(') {
                position++;
                Node inner = expression();
                if (peek() != ')') {
                    throw error("expected ')' to close the '(' at position " + (start + 1));
                }
                position++;
                return inner;
            }
            if (isDigit(c) || c == '.') {
                while (position < text.length() && (isDigit(text.charAt(position)) || text.charAt(position) == '.')) {
                    position++;
                }
                String number = text.substring(start, position);
                try {
                    return new Constant(Double.parseDouble(number));
                } catch (NumberFormatException e) {
                    position = start;
                    throw error("bad number '" + number + "'");
                }
            }
            if (isAsciiLetter(c)) {
                while (position < text.length() && (isAsciiLetter(text.charAt(position))
                        || isDigit(text.charAt(position)) || text.charAt(position) == '_')) {
                    position++;
                }
                String name = text.substring(start, position);
                columns.add(name);
                return new Column(name);
            }
            throw error(c == 0 ? "unexpected end of formula" : "unexpected '" + c + "'");
        }

        /** @return the next non-space character without consuming it, or 0 at the end */
        private char peek() {
            skipSpaces();
            return position < text.length() ? text.charAt(position) : 0;
        }

        void skipSpaces() {
            while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
                position++;
            }
        }

        IllegalArgumentException error(String detail) {
            return new IllegalArgumentException(
                    "formula \"" + text + "\", position " + (position + 1) + ": " + detail);
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private static boolean isAsciiLetter(char c) {
            return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        }
    }
}
