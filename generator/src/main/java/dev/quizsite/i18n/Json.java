package dev.quizsite.i18n;

import java.util.Map;

/** The little JSON that {@code messages.js} needs: strings and maps of strings, nothing else. */
final class Json {

    private Json() {
    }

    static void value(StringBuilder out, Object value) {
        if (value instanceof String text) {
            string(out, text);
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
            throw new IllegalArgumentException("not a string or map: " + value);
        }
    }

    static void string(StringBuilder out, String text) {
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
