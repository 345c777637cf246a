package dev.quizsite.parse;

import dev.quizsite.report.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines that are almost option syntax. Markdown reads most of them as something else without a
 * word (`-[x] b` joins the text above, `* [x]` after `-` starts a second list), which silently
 * changes the options or shows feedback before the reader answers; so they are found here, on the
 * raw lines, and reported at their line with what was probably meant.
 */
final class NearMisses {

    /** One near-miss: where, how serious, and what was probably meant. Lines and columns are the body's, 1-based. */
    record Miss(int line, int column, Severity severity, String message) {
    }

    /** `-[x] b`: no space between the marker and the box. */
    private static final Pattern NO_SPACE = Pattern.compile("^( {0,3})([-*+])\\[([ xX]?)\\]");
    /** `- [x ] b`, `- [ x] b`, `- [] b`: a box with something else inside. */
    private static final Pattern BAD_BOX = Pattern.compile("^( {0,3})([-*+]) +\\[( *[xX]? *)\\](?=\\s|$)");
    /** `-  [x] b`: still an option, with more than one space. */
    private static final Pattern WIDE = Pattern.compile("^( {0,3})([-*+])( {2,4})\\[[ xX]\\]");
    /** A well-formed option line. */
    private static final Pattern OPTION = Pattern.compile("^( {0,3})([-*+]) \\[[ xX]\\](?=\\s|$)");
    /** An option indented so far that it becomes part of the option above. */
    private static final Pattern INDENTED_OPTION = Pattern.compile("^( {2,})([-*+]) +\\[[ xX]\\](?=\\s|$)");
    /** `> feedback` at the start of the line right under an option: a quote of its own, not the option's. */
    private static final Pattern UNINDENTED_QUOTE = Pattern.compile("^( {0,1})>");

    private NearMisses() {
    }

    /**
     * The near-misses among {@code lines} (the body, one entry a line) from {@code from} to
     * {@code to} (1-based, inclusive), skipping {@code code} lines (code blocks show syntax as text).
     */
    static List<Miss> find(List<String> lines, int from, int to, Set<Integer> code) {
        List<Miss> misses = new ArrayList<>();
        char marker = 0; // the first option's marker: the others must use the same one
        int indent = 0; // and its indent: two more make a list inside the option above
        char previous = 0; // the marker of the option line before: a change is reported once, where it happens
        boolean underOption = false; // the previous non-blank line belongs to an option
        for (int line = Math.max(1, from); line <= Math.min(to, lines.size()); line++) {
            String text = lines.get(line - 1);
            if (code.contains(line)) {
                underOption = false;
                continue;
            }
            if (text.isBlank()) {
                continue;
            }
            Matcher m;
            if ((m = NO_SPACE.matcher(text)).find()) {
                String box = "[" + m.group(3) + "]";
                misses.add(new Miss(line, m.end(1) + 1, Severity.ERROR, "`" + m.group(2) + box + "` is not an option:"
                        + " the space after `" + m.group(2) + "` is missing, so this line is read as part of the text"
                        + " above; write `" + markerOr(marker, m.group(2)) + " " + box + " …`"));
                underOption = true;
            } else if ((m = BAD_BOX.matcher(text)).find() && !isBox(m.group(3))) {
                String right = m.group(3).isBlank() ? "[ ]" : "[x]";
                misses.add(new Miss(line, m.end(2) + 2, Severity.ERROR, "`[" + m.group(3) + "]` is not a box:"
                        + " a box is `[ ]` (wrong) or `[x]` (right) with nothing else inside; write `"
                        + right + "`"));
                marker = marker == 0 ? m.group(2).charAt(0) : marker;
                underOption = true;
            } else if ((m = WIDE.matcher(text)).find()) {
                misses.add(new Miss(line, m.end(2) + 1, Severity.WARNING, m.group(3).length() + " spaces after `"
                        + m.group(2) + "`; write one, `" + m.group(2) + " [ ] …`, as the other options do"
                        + " (from five the text becomes a code block)"));
                marker = marker == 0 ? m.group(2).charAt(0) : marker;
                underOption = true;
            } else if (marker != 0 && (m = INDENTED_OPTION.matcher(text)).find() && m.group(1).length() >= indent + 2) {
                misses.add(new Miss(line, m.end(1) + 1, Severity.ERROR, "this option is indented, so it is read as"
                        + " a list inside the option above; start every option at the beginning of the line"));
                underOption = true;
            } else if ((m = OPTION.matcher(text)).find()) {
                char own = m.group(2).charAt(0);
                if (marker == 0) {
                    marker = own;
                    indent = m.group(1).length();
                } else if (own != marker && previous != own) {
                    misses.add(new Miss(line, m.end(1) + 1, Severity.ERROR, "this option starts with `" + own
                            + "` but the ones above with `" + marker + "`; another marker starts a second list,"
                            + " so write `" + marker + "` for every option"));
                }
                previous = own;
                underOption = true;
            } else if (underOption && (m = UNINDENTED_QUOTE.matcher(text)).find()) {
                misses.add(new Miss(line, m.end(1) + 1, Severity.ERROR, "this `>` quote is not indented, so it is"
                        + " not the feedback of the option above (and it ends the options); indent it by two"
                        + " spaces: `  > …`"));
                underOption = false;
            }
        }
        return misses;
    }

    private static boolean isBox(String inside) {
        return inside.equals(" ") || inside.equalsIgnoreCase("x");
    }

    private static String markerOr(char marker, String fallback) {
        return marker == 0 ? fallback : String.valueOf(marker);
    }
}
