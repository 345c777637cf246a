package dev.quizsite.site;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The default theme's own script and stylesheet without their comments and indentation, as the
 * site serves them: the sources in the plugin explain themselves at length (and `eject-theme`
 * copies them so), readers download only what runs. Line-based and only for the theme's own files,
 * which keep to what it can read: no comment markers inside strings, no template literals. An
 * author's replacement is served exactly as written.
 */
final class ThemeCompaction {

    private static final Pattern TRAILING_JS_COMMENT = Pattern.compile("\\s+//\\s.*$");
    private static final Pattern CSS_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    /** Spaces around braces, semicolons and commas mean nothing in CSS (the theme has no strings). */
    private static final Pattern CSS_SPACE = Pattern.compile("\\s*([{};,])\\s*");

    private ThemeCompaction() {
    }

    static byte[] compact(String name, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (name.endsWith(".css")) {
            String css = lines(CSS_COMMENT.matcher(text).replaceAll(""), false);
            // the theme writes no descendant pseudo-class selector (`a :hover`), so ": " is always a declaration's
            return CSS_SPACE.matcher(css).replaceAll("$1").replace(";}", "}").replace(": ", ":").getBytes(StandardCharsets.UTF_8);
        }
        if (name.endsWith(".js") && !name.endsWith(".min.js")) {
            return lines(text, true).getBytes(StandardCharsets.UTF_8);
        }
        return bytes;
    }

    private static String lines(String text, boolean script) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inBlockComment = false;
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (script) {
                if (inBlockComment) {
                    inBlockComment = !trimmed.endsWith("*/");
                    continue;
                }
                if (trimmed.startsWith("/*")) {
                    inBlockComment = !trimmed.endsWith("*/");
                    continue;
                }
                if (trimmed.startsWith("//")) {
                    continue;
                }
                if (balancedQuotes(trimmed)) {
                    trimmed = TRAILING_JS_COMMENT.matcher(trimmed).replaceFirst("");
                }
            }
            if (!trimmed.isEmpty()) {
                out.append(trimmed).append('\n');
            }
        }
        return out.toString();
    }

    /** A `//` after code is a comment only outside strings: the line before it must close every quote it opens. */
    private static boolean balancedQuotes(String line) {
        int at = line.indexOf(" // ");
        if (at < 0) {
            return false;
        }
        String code = line.substring(0, at);
        return code.chars().filter(c -> c == '\'').count() % 2 == 0 && code.chars().filter(c -> c == '"').count() % 2 == 0
                && code.indexOf('/') < 0; // a regular expression literal before it: leave the line as it is
    }
}
