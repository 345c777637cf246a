package dev.quizsite.export;

import java.util.Optional;
import java.util.TreeSet;

/**
 * A short answer's accepted text as the regular expression an LMS matches against what the reader
 * typed, where the site first normalises the answer (trimmed, spaces collapsed, lower case unless
 * {@code matchCase}: see {@code parse.AnswerPatterns}) and an LMS does not.
 *
 * <p>QTI 2.1's {@code patternMatch} takes an XML Schema regular expression, which always matches
 * the whole string, has no anchors, no {@code (?:…)}, no lazy quantifiers, no look-around, no
 * back-references and no flags; engines in Java (JQTI+) run it with {@link String#matches}. So the
 * expression written here is in the part both dialects read alike: groups are plain, lazy
 * quantifiers greedy (whole-string matching accepts the same strings), {@code ^} and {@code $} at
 * the ends dropped, {@code \d}/{@code \w} spelt out as their ASCII classes (as the site's
 * JavaScript reads them), each letter written as both cases unless {@code matchCase}, a space as
 * one or more white-space characters, and the whole allowing white space around it. A construct
 * with no equivalent (a back-reference, {@code \b}, a look-around, an anchor inside) makes the
 * pattern untranslatable, and the caller warns.
 *
 * <p>Moodle's core short answer knows only {@code *} (any text): {@link #moodleWildcard} maps a
 * pattern that is literal text and {@code .*} alone.
 */
final class AnswerRegex {

    private AnswerRegex() {
    }

    /** Thrown inside the translator for a construct with no equivalent. */
    private static final class Untranslatable extends Exception {
        Untranslatable(String what) {
            super(what, null, false, false);
        }
    }

    /** The result: an expression, or why there is none. */
    record Translated(Optional<String> regex, String problem) {
    }

    /** A literal answer as a tolerant expression: any case unless {@code matchCase}, spaces as any white space. */
    static String literal(String text, boolean matchCase) {
        StringBuilder out = new StringBuilder("\\s*(");
        String collapsed = text.strip().replaceAll("\\s+", " ");
        for (int i = 0; i < collapsed.length(); ) {
            int c = collapsed.codePointAt(i);
            i += Character.charCount(c);
            if (c == ' ') {
                out.append("\\s+");
            } else {
                out.append(single(c, matchCase));
            }
        }
        return out.append(")\\s*").toString();
    }

    /** An author's pattern (already checked by the parser) in the dialect both XML Schema and Java read alike. */
    static Translated pattern(String pattern, boolean matchCase) {
        try {
            return new Translated(Optional.of("\\s*(" + new Reader(pattern, matchCase).translate() + ")\\s*"), "");
        } catch (Untranslatable e) {
            return new Translated(Optional.empty(), e.getMessage());
        }
    }

    /**
     * A pattern that is literal text with {@code .*} between (or around) as Moodle's wildcard
     * answer, {@code *} for any text and {@code \*} for a star; empty when it uses anything else.
     */
    static Optional<String> moodleWildcard(String pattern) {
        String p = pattern;
        if (p.startsWith("^")) {
            p = p.substring(1);
        }
        if (p.endsWith("$") && !p.endsWith("\\$")) {
            p = p.substring(0, p.length() - 1);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '.' && i + 1 < p.length() && p.charAt(i + 1) == '*') {
                out.append('*');
                i++;
                if (i + 1 < p.length() && p.charAt(i + 1) == '?') {
                    i++; // lazy: the same strings as a whole
                }
            } else if (c == '\\' && i + 1 < p.length() && !Character.isLetterOrDigit(p.charAt(i + 1))) {
                char escaped = p.charAt(++i);
                out.append(escaped == '*' ? "\\*" : String.valueOf(escaped));
            } else if (Character.isLetterOrDigit(c) || c == ' ' || "'\",;:!/@#%&=<>~`_-".indexOf(c) >= 0) {
                out.append(c);
            } else {
                return Optional.empty();
            }
        }
        String wildcard = out.toString();
        return wildcard.replace("*", "").isBlank() ? Optional.empty() : Optional.of(wildcard);
    }

    /** One character as an expression of its own: its cases unless {@code matchCase}, escaped where either dialect needs it. */
    private static String single(int c, boolean matchCase) {
        TreeSet<Integer> cases = cases(c, matchCase);
        if (cases.size() == 1) {
            return outside(c);
        }
        StringBuilder out = new StringBuilder("[");
        cases.forEach(k -> out.append(inside(k)));
        return out.append(']').toString();
    }

    private static TreeSet<Integer> cases(int c, boolean matchCase) {
        TreeSet<Integer> cases = new TreeSet<>();
        cases.add(c);
        if (!matchCase) {
            cases.add(Character.toLowerCase(c));
            cases.add(Character.toUpperCase(c));
            cases.add(Character.toTitleCase(c));
        }
        return cases;
    }

    /** A literal character outside a class: escaped when it means something in either dialect. */
    private static String outside(int c) {
        if (c == '$') {
            return "[$]"; // `\$` is Java's, not XML Schema's
        }
        if ("\\|.?*+(){}[]^-".indexOf(c) >= 0) {
            return "\\" + (char) c;
        }
        return character(c);
    }

    /** A literal character inside a class. */
    private static String inside(int c) {
        if ("\\[]^-".indexOf(c) >= 0) {
            return "\\" + (char) c;
        }
        return character(c);
    }

    private static String character(int c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> new String(Character.toChars(c));
        };
    }

    /** A recursive-descent reader of the JavaScript-portable patterns the parser admits. */
    private static final class Reader {
        private final String p;
        private final boolean matchCase;
        private int at;

        Reader(String pattern, boolean matchCase) {
            this.p = pattern;
            this.matchCase = matchCase;
        }

        String translate() throws Untranslatable {
            int start = p.startsWith("^") ? 1 : 0;
            int end = p.length();
            if (end > start && p.charAt(end - 1) == '$' && !escapedAt(end - 1)) {
                end--;
            }
            at = start;
            StringBuilder out = new StringBuilder();
            while (at < end) {
                char c = p.charAt(at);
                switch (c) {
                    case '^', '$' -> throw new Untranslatable("an anchor (`" + c + "`) inside the pattern");
                    case '(' -> out.append(group());
                    case ')', '|' -> {
                        out.append(c);
                        at++;
                    }
                    case '[' -> out.append(characterClass());
                    case '\\' -> out.append(escape(false));
                    case '.' -> {
                        out.append('.');
                        at++;
                    }
                    case '*', '+', '?', '{' -> out.append(quantifier());
                    case ' ' -> {
                        at++;
                        out.append(at < end && "*+?{".indexOf(p.charAt(at)) >= 0 ? "\\s" : "\\s+");
                    }
                    default -> {
                        int cp = p.codePointAt(at);
                        at += Character.charCount(cp);
                        out.append(single(cp, matchCase));
                    }
                }
            }
            return out.toString();
        }

        private boolean escapedAt(int index) {
            int backslashes = 0;
            for (int i = index - 1; i >= 0 && p.charAt(i) == '\\'; i--) {
                backslashes++;
            }
            return backslashes % 2 == 1;
        }

        private String group() throws Untranslatable {
            at++;
            if (p.startsWith("?:", at)) {
                at += 2;
            } else if (p.startsWith("?<", at) && at + 2 < p.length() && Character.isLetter(p.charAt(at + 2))) {
                int close = p.indexOf('>', at);
                at = close + 1; // a named group: only its name goes
            } else if (p.startsWith("?", at)) {
                throw new Untranslatable("a look-around or flag group (`(?…`)");
            }
            return "(";
        }

        private String quantifier() throws Untranslatable {
            StringBuilder out = new StringBuilder();
            char c = p.charAt(at);
            if (c == '{') {
                int close = p.indexOf('}', at);
                String body = close < 0 ? "" : p.substring(at + 1, close);
                if (!body.matches("\\d+(,\\d*)?")) {
                    throw new Untranslatable("a `{` that is not a repetition count");
                }
                out.append('{').append(body).append('}');
                at = close + 1;
            } else {
                out.append(c);
                at++;
            }
            if (at < p.length() && p.charAt(at) == '?') {
                at++; // lazy: matching the whole answer, it accepts the same strings as greedy
            }
            return out.toString();
        }

        /** An escape: outside a class as an expression, inside one as class content. */
        private String escape(boolean inClass) throws Untranslatable {
            if (at + 1 >= p.length()) {
                throw new Untranslatable("a trailing backslash");
            }
            char e = p.charAt(at + 1);
            at += 2;
            switch (e) {
                case 'd':
                    return inClass ? "0-9" : "[0-9]";
                case 'w':
                    return inClass ? "a-zA-Z0-9_" : "[a-zA-Z0-9_]";
                case 'D':
                    return inClass ? raise("`\\D` inside a class") : "[^0-9]";
                case 'W':
                    return inClass ? raise("`\\W` inside a class") : "[^a-zA-Z0-9_]";
                case 's', 'S', 'n', 'r', 't':
                    return "\\" + e;
                case 'b', 'B':
                    return raise("a word boundary (`\\" + e + "`)");
                case 'p', 'P': {
                    String name;
                    if (at < p.length() && p.charAt(at) == '{') {
                        int close = p.indexOf('}', at);
                        name = p.substring(at + 1, close);
                        at = close + 1;
                    } else {
                        name = at < p.length() ? String.valueOf(p.charAt(at++)) : "";
                    }
                    if (!name.matches("[A-Z][a-z]?")) {
                        return raise("the class `\\" + e + "{" + name + "}`");
                    }
                    return "\\" + e + "{" + name + "}";
                }
                case 'x', 'u': {
                    int digits = e == 'x' ? 2 : 4;
                    String hex = at + digits <= p.length() ? p.substring(at, at + digits) : "";
                    if (!hex.matches("[0-9a-fA-F]+") || hex.length() != digits) {
                        return raise("the escape `\\" + e + "`");
                    }
                    at += digits;
                    int cp = Integer.parseInt(hex, 16);
                    return inClass ? classChar(cp) : single(cp, matchCase);
                }
                default:
                    if (Character.isLetterOrDigit(e)) {
                        return raise(Character.isDigit(e) ? "a back-reference (`\\" + e + "`)" : "the escape `\\" + e + "`");
                    }
                    return inClass ? classChar(e) : single(e, matchCase);
            }
        }

        private String raise(String what) throws Untranslatable {
            throw new Untranslatable(what);
        }

        /** A character in a class, with its other cases unless {@code matchCase}. */
        private String classChar(int c) {
            StringBuilder out = new StringBuilder();
            cases(c, matchCase).forEach(k -> out.append(inside(k)));
            return out.toString();
        }

        private String characterClass() throws Untranslatable {
            at++;
            StringBuilder out = new StringBuilder("[");
            if (at < p.length() && p.charAt(at) == '^') {
                out.append('^');
                at++;
            }
            if (at < p.length() && p.charAt(at) == ']') {
                throw new Untranslatable("a class that starts with `]`");
            }
            boolean empty = true;
            while (at < p.length() && p.charAt(at) != ']') {
                char c = p.charAt(at);
                if (c == '[') {
                    throw new Untranslatable("a class inside a class");
                }
                int low;
                if (c == '\\') {
                    char e = at + 1 < p.length() ? p.charAt(at + 1) : ' ';
                    if (Character.isLetter(e) && "xu".indexOf(e) < 0) {
                        out.append(escape(true)); // \d, \w, \s, \p{…}: a class of its own, not a range end
                        empty = false;
                        continue;
                    }
                    int before = at;
                    String one = escape(true);
                    low = p.codePointAt(before + 1) == 'x' || p.codePointAt(before + 1) == 'u'
                            ? Integer.parseInt(p.substring(before + 2, at), 16) : p.codePointAt(before + 1);
                    if (!isRangeAhead()) {
                        out.append(one);
                        empty = false;
                        continue;
                    }
                } else {
                    low = p.codePointAt(at);
                    at += Character.charCount(low);
                    if (!isRangeAhead()) {
                        out.append(classChar(low));
                        empty = false;
                        continue;
                    }
                }
                at++; // the '-'
                int high;
                if (p.charAt(at) == '\\') {
                    char e = p.charAt(at + 1);
                    if (e == 'x' || e == 'u') {
                        int before = at;
                        escape(true);
                        high = Integer.parseInt(p.substring(before + 2, at), 16);
                    } else if (Character.isLetterOrDigit(e)) {
                        throw new Untranslatable("a range that ends in a class");
                    } else {
                        high = e;
                        at += 2;
                    }
                } else {
                    high = p.codePointAt(at);
                    at += Character.charCount(high);
                }
                out.append(range(low, high));
                empty = false;
            }
            if (at >= p.length() || empty) {
                throw new Untranslatable("an unclosed or empty class");
            }
            at++; // ']'
            return out.append(']').toString();
        }

        /** Whether a range's {@code -} follows (not a `-` that closes the class). */
        private boolean isRangeAhead() {
            return at + 1 < p.length() && p.charAt(at) == '-' && p.charAt(at + 1) != ']';
        }

        private String range(int low, int high) throws Untranslatable {
            StringBuilder out = new StringBuilder(inside(low)).append('-').append(inside(high));
            if (!matchCase) {
                if (high - low > 2000) {
                    throw new Untranslatable("a range too wide to write in both cases");
                }
                TreeSet<Integer> others = new TreeSet<>();
                for (int c = low; c <= high; c++) {
                    for (int k : cases(c, false)) {
                        if (k < low || k > high) {
                            others.add(k);
                        }
                    }
                }
                others.forEach(k -> out.append(inside(k)));
            }
            return out.toString();
        }
    }
}
