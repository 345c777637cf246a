package dev.quizsite.parse;

import dev.quizsite.report.Problem;
import java.util.Optional;

/**
 * Refuses Markdown nested deeper than any real question before Flexmark sees it. Flexmark parses
 * and renders nested blocks recursively: about 400 nested list items overflow the stack of a
 * build thread, and deeply indented lists take time that grows faster than the file. The depth of
 * a line is estimated from its start: each {@code >} and list marker is one level, and so is every
 * two columns of indentation before them (how nested list content is indented).
 */
public final class NestingLimit {

    /** Deeper than any question needs, and a quarter of the depth that overflowed in tests. */
    public static final int MAX_DEPTH = 100;

    private NestingLimit() {
    }

    /**
     * The first line nested deeper than {@link #MAX_DEPTH}, as a problem.
     *
     * @param lineOffset lines of the file before {@code markdown} (the front matter)
     */
    public static Optional<Problem> check(String markdown, String file, int lineOffset) {
        int line = 1;
        int start = 0;
        while (start <= markdown.length()) {
            int end = markdown.indexOf('\n', start);
            if (end < 0) {
                end = markdown.length();
            }
            int column = tooDeepAt(markdown, start, end);
            if (column > 0) {
                return Optional.of(Problem.error(file, line + lineOffset, column,
                        "nested more than " + MAX_DEPTH + " levels deep (`>` quotes, lists or indentation);"
                                + " flatten this part: Quizsite stops here so the build cannot run out of stack"));
            }
            start = end + 1;
            line++;
        }
        return Optional.empty();
    }

    /** The 1-based column at which the line passes the limit, or 0. */
    private static int tooDeepAt(String text, int start, int end) {
        int markers = 0;
        int indent = 0; // columns of whitespace before the first marker
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                // Only indentation before the first marker nests (a list indented under another);
                // the spaces between markers (`> > >`, `- - -`) are separators.
                if (markers == 0) {
                    indent += c == ' ' ? 1 : 4 - indent % 4;
                }
                i++;
            } else if (c == '>') {
                markers++;
                i++;
            } else if ((c == '-' || c == '*' || c == '+') && isBlankAt(text, i + 1, end)) {
                markers++;
                i++;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < end && j - i < 9 && Character.isDigit(text.charAt(j))) {
                    j++;
                }
                if (j < end && (text.charAt(j) == '.' || text.charAt(j) == ')') && isBlankAt(text, j + 1, end)) {
                    markers++;
                    i = j + 1;
                } else {
                    break;
                }
            } else {
                break;
            }
            if (markers + indent / 2 > MAX_DEPTH) {
                return i - start;
            }
        }
        return 0;
    }

    private static boolean isBlankAt(String text, int i, int end) {
        return i >= end || text.charAt(i) == ' ' || text.charAt(i) == '\t';
    }
}
