package dev.quizsite.parse;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The rules for short answers, shared by the build and (in the same terms) the reader's script:
 * how an answer is normalised before it is compared, and which regular expressions are accepted.
 * A pattern is compiled here, so that a mistake is an error at its line, and must mean the same
 * in Java and in the browser's JavaScript, which lacks some of Java's constructs.
 */
public final class AnswerPatterns {

    private AnswerPatterns() {
    }

    /** A mistake in a pattern, at an index of it. */
    record Mistake(int index, String message) {
    }

    /** White space trimmed and collapsed, Unicode composed (NFC), and lower case unless case matters. */
    public static String normalise(String answer, boolean matchCase) {
        String text = Normalizer.normalize(answer, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        return matchCase ? text : text.toLowerCase(Locale.ROOT);
    }

    /** Whether a reader's {@code answer} matches {@code pattern} as a whole (after {@link #normalise}). */
    public static boolean matches(String pattern, String answer, boolean matchCase) {
        return compile(pattern, matchCase).matcher(normalise(answer, matchCase)).matches();
    }

    private static Pattern compile(String pattern, boolean matchCase) {
        return Pattern.compile(pattern, matchCase ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Constructs that compile in Java but not in JavaScript, or mean something else there. */
    private record Unportable(Pattern construct, String message) {
    }

    private static final List<Unportable> UNPORTABLE = List.of(
            new Unportable(Pattern.compile("[*+?}]\\+"), "a possessive quantifier (`*+`, `++`, `?+`) does not exist in"
                    + " readers' browsers (JavaScript); use a plain one"),
            new Unportable(Pattern.compile("\\(\\?>"), "an atomic group `(?>…)` does not exist in readers' browsers"
                    + " (JavaScript); use `(?:…)`"),
            new Unportable(Pattern.compile("\\(\\?[a-zA-Z-]+[):]"), "inline flags such as `(?i)` do not work in"
                    + " readers' browsers (JavaScript); case is ignored already, unless `matchCase: true`"),
            new Unportable(Pattern.compile("\\\\[AZzGQE]"), "`\\A`, `\\Z`, `\\z`, `\\G`, `\\Q` and `\\E` do not exist in"
                    + " readers' browsers (JavaScript); the pattern must match the whole answer anyway, so leave"
                    + " anchors out"),
            new Unportable(Pattern.compile("\\\\p\\{(?:java|Is|In)"), "Java's `\\p{java…}`, `\\p{Is…}` and `\\p{In…}`"
                    + " classes do not exist in readers' browsers (JavaScript); list the characters, e.g. `[a-z]`"),
            new Unportable(Pattern.compile("&&"), "a class intersection (`&&`) does not exist in readers' browsers"
                    + " (JavaScript); list the characters instead"));

    /** The first mistake in {@code pattern}: a syntax error, or a construct the browser would read otherwise. */
    static Optional<Mistake> check(String pattern, boolean matchCase) {
        try {
            compile(pattern, matchCase);
        } catch (PatternSyntaxException e) {
            return Optional.of(new Mistake(Math.max(0, e.getIndex()), "this pattern is not a valid regular expression: "
                    + e.getDescription()));
        }
        String unescaped = pattern.replaceAll("\\\\\\\\", "  "); // an escaped backslash starts nothing
        for (Unportable rule : UNPORTABLE) {
            Matcher found = rule.construct().matcher(unescaped);
            while (found.find()) {
                if (!escaped(unescaped, found.start()) || rule.construct().pattern().startsWith("\\\\")) {
                    return Optional.of(new Mistake(found.start(), rule.message()));
                }
            }
        }
        if (compile(pattern, matchCase).matcher("").matches()) {
            return Optional.of(new Mistake(0, "this pattern accepts an empty answer; make it match at least one character"));
        }
        return Optional.empty();
    }

    private static boolean escaped(String text, int index) {
        return index > 0 && text.charAt(index - 1) == '\\';
    }
}
