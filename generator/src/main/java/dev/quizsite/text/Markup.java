package dev.quizsite.text;

/**
 * The one escaping rule for text that Quizsite writes into HTML, SVG or XML itself (charts, the
 * sitemap, the link reports, the preview's error page); templates escape through Pebble.
 */
public final class Markup {

    private Markup() {
    }

    /**
     * Text safe as element content and inside a double-quoted attribute value (Quizsite never writes
     * single-quoted ones, so {@code '} stays as it is). Control characters
     * that XML 1.0 forbids (all below U+0020 except tab, line feed and carriage return) become a
     * space, so that a stray one in a data file or an error message cannot make an XML report invalid.
     */
    public static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> c < 0x20 && c != '\n' && c != '\t' && c != '\r' ? " " : null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
