package dev.quizsite.parse;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers an author writes for a numeric question: {@code 42}, {@code 0.5 ± 0.05} (also
 * {@code +-}, {@code +/-}), {@code 24 ± 5%}, a range {@code 0.45 .. 0.55}, each with an optional
 * unit after it ({@code 256 images}). Written with a decimal point whatever the course's language:
 * a question file reads the same everywhere; readers may type a decimal comma.
 */
final class NumberSyntax {

    private static final String NUMBER = "[-+−]?(?:\\d+(?:\\.\\d+)?|\\.\\d+)(?:[eE][-+]?\\d+)?";
    private static final Pattern LEADING = Pattern.compile("^" + NUMBER);
    private static final Pattern TOLERANCE = Pattern.compile("^\\s*(±|\\+/-|\\+-)\\s*");
    private static final Pattern RANGE = Pattern.compile("^\\s*\\.\\.\\s*");
    private static final Pattern PERCENT = Pattern.compile("^\\s*%");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("^[-+−]?\\d+,\\d+");

    private NumberSyntax() {
    }

    /** What a value reads as: a range, or a mistake at an index of the value. */
    sealed interface Parsed {
        record Range(BigDecimal low, BigDecimal high, String shown, String unit) implements Parsed {
        }

        record Mistake(int index, String message) implements Parsed {
        }
    }

    static boolean startsWithNumber(String value) {
        return LEADING.matcher(value.strip()).find() || DECIMAL_COMMA.matcher(value.strip()).find();
    }

    static Parsed parse(String value) {
        if (DECIMAL_COMMA.matcher(value).find()) {
            return new Parsed.Mistake(0, "write the number with a decimal point (`" + value.replaceFirst(",", ".")
                    .split("\\s")[0] + "`); readers may still type a comma");
        }
        Matcher first = LEADING.matcher(value);
        if (!first.find()) {
            return new Parsed.Mistake(0, "a numeric answer starts with a number (`= 0.5 ± 0.05`), not `"
                    + value + "`; for a text answer set `type: short`");
        }
        BigDecimal center = number(first.group());
        int at = first.end();
        String rest = value.substring(at);
        Matcher tolerance = TOLERANCE.matcher(rest);
        Matcher range = RANGE.matcher(rest);
        BigDecimal low = center;
        BigDecimal high = center;
        if (tolerance.find()) {
            int start = at + tolerance.end();
            Matcher amount = LEADING.matcher(value.substring(start));
            if (!amount.find()) {
                return new Parsed.Mistake(start, "the tolerance after `" + tolerance.group(1) + "` must be a number"
                        + " (`0.5 ± 0.05`) or a percentage (`± 5%`), not `" + word(value.substring(start)) + "`");
            }
            BigDecimal width = number(amount.group());
            if (width.signum() < 0) {
                return new Parsed.Mistake(start, "the tolerance must not be negative: `± " + width.negate() + "`");
            }
            at = start + amount.end();
            Matcher percent = PERCENT.matcher(value.substring(at));
            if (percent.find()) {
                width = center.abs().multiply(width).divide(BigDecimal.valueOf(100), MathContext.DECIMAL64);
                at += percent.end();
            }
            low = center.subtract(width);
            high = center.add(width);
        } else if (range.find()) {
            int start = at + range.end();
            Matcher end = LEADING.matcher(value.substring(start));
            if (!end.find()) {
                return new Parsed.Mistake(start, "a range is two numbers, `0.45 .. 0.55`; after `..` comes a number,"
                        + " not `" + word(value.substring(start)) + "`");
            }
            high = number(end.group());
            if (high.compareTo(low) < 0) {
                return new Parsed.Mistake(0, "the range goes down, from " + low.toPlainString() + " to "
                        + high.toPlainString() + "; write the smaller number first");
            }
            at = start + end.end();
        }
        String shown = value.substring(0, at).strip();
        String unit = value.substring(at).strip();
        if (!unit.isEmpty() && Character.isDigit(unit.codePointAt(0))) {
            return new Parsed.Mistake(at + (value.substring(at).length() - value.substring(at).stripLeading().length()),
                    "a number after the answer; write a tolerance as `± 0.05` or a range as `0.45 .. 0.55`");
        }
        return new Parsed.Range(low, high, shown, unit);
    }

    private static BigDecimal number(String text) {
        return new BigDecimal(text.replace('−', '-').replaceFirst("^\\+", ""));
    }

    private static String word(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? "nothing" : stripped.split("\\s+")[0];
    }
}
