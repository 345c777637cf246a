package dev.quizsite.site;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The default theme's stylesheets without their comments and indentation, as the site serves them:
 * the sources in the plugin explain themselves at length (and `eject-theme` copies them so),
 * readers download only the rules. Only for the theme's own CSS, which keeps to what this can read
 * (no strings, no comment markers inside values). The theme's scripts are minified by Closure
 * Compiler when the plugin is built (see the POM), which parses them; an author's file is served
 * exactly as written.
 */
final class ThemeCompaction {

    private static final Pattern CSS_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    /** Spaces around braces, semicolons and commas mean nothing in CSS (the theme has no strings). */
    private static final Pattern CSS_SPACE = Pattern.compile("\\s*([{};,])\\s*");

    private ThemeCompaction() {
    }

    static byte[] css(byte[] bytes) {
        String text = CSS_COMMENT.matcher(new String(bytes, StandardCharsets.UTF_8)).replaceAll("");
        StringBuilder lines = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty()) {
                lines.append(trimmed).append('\n');
            }
        }
        // the theme writes no descendant pseudo-class selector (`a :hover`), so ": " is always a declaration's
        return CSS_SPACE.matcher(lines).replaceAll("$1").replace(";}", "}").replace(": ", ":").getBytes(StandardCharsets.UTF_8);
    }
}
