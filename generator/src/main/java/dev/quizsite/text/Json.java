package dev.quizsite.text;

import java.util.List;
import java.util.Map;

/**
 * The one JSON writer, for the little JSON Quizsite writes itself ({@code messages.js}, the answers a
 * page hands its script): strings, numbers, booleans, lists and maps; nothing else.
 */
public final class Json {

    private Json() {
    }

    /** {@code value} as JSON. */
    public static String of(Object value) {
        StringBuilder out = new StringBuilder();
        value(out, value);
        return out.toString();
    }

    public static void value(StringBuilder out, Object value) {
        if (value instanceof String text) {
            string(out, text);
        } else if (value instanceof java.math.BigDecimal number) {
            out.append(number.toPlainString());
        } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof List<?> list) {
            out.append('[');
            String separator = "";
            for (Object element : list) {
                out.append(separator);
                value(out, element);
                separator = ",";
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            String separator = "";
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(separator);
                string(out, entry.getKey().toString());
                out.append(':');
                value(out, entry.getValue());
                separator = ",";
            }
            out.append('}');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value);
        }
    }

    public static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                // < as \u003c: the same file stays safe if a theme ever inlines it in a page.
                case '<' -> out.append("\\u003c");
                default -> {
                    // Control characters and the line separators JavaScript before ES2019 refused in strings.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
