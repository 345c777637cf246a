package dev.quizsite.chart;

import java.math.BigDecimal;
import java.util.Locale;

/** Number formatting that is the same in every locale, so output is byte-identical everywhere. */
final class Num {

    private Num() {
    }

    /** A coordinate: one decimal, without a trailing ".0". */
    static String px(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        s = s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
        return s.equals("-0") ? "0" : s;
    }

    /** A value as a reader sees it: shortest plain decimal, no exponent. */
    static String value(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** A tick label: powers of two from 1024 on as 1k, 2k, … (as the papers write batch sizes). */
    static String tick(double v, AxisType type) {
        if (type == AxisType.LOG2 && v >= 1024 && v % 1024 == 0) {
            return value(v / 1024) + "k";
        }
        return value(v);
    }
}
