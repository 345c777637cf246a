package dev.quizsite.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps data values to positions on one axis, over a domain widened to "nice" tick values so that
 * the axis starts and ends on a labelled tick.
 *
 * @param from position of {@code min} (pixels); {@code to} is the position of {@code max}
 */
public record Scale(AxisType type, double min, double max, double from, double to, List<Double> ticks) {

    public Scale {
        ticks = List.copyOf(ticks);
    }

    /** A linear scale over [lo, hi] widened to multiples of a 1-2-5 step, about {@code count} ticks. */
    public static Scale linear(double lo, double hi, double from, double to, int count) {
        if (hi <= lo) { // one value: give it room instead of dividing by zero
            hi = lo + 1;
        }
        double step = niceStep((hi - lo) / count);
        double min = Math.floor(lo / step) * step;
        double max = Math.ceil(hi / step) * step;
        List<Double> ticks = new ArrayList<>();
        long n = Math.round((max - min) / step);
        for (long i = 0; i <= n; i++) {
            ticks.add(clean(min + i * step));
        }
        return new Scale(AxisType.LINEAR, min, max, from, to, ticks);
    }

    /** A log2 scale from the power of two at or below lo to the one at or above hi; a tick per power. */
    public static Scale log2(double lo, double hi, double from, double to) {
        int first = (int) Math.floor(log2(lo));
        int last = Math.max(first + 1, (int) Math.ceil(log2(hi)));
        List<Double> ticks = new ArrayList<>();
        int every = last - first > 12 ? 2 : 1; // keep labels from overlapping on long ranges
        for (int e = first; e <= last; e += every) {
            ticks.add(Math.pow(2, e));
        }
        return new Scale(AxisType.LOG2, Math.pow(2, first), Math.pow(2, last), from, to, ticks);
    }

    /** The smallest of 1, 2, 5 × 10^k that is at least {@code rough}. */
    static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= rough * (1 - 1e-9)) {
                return clean(m * power);
            }
        }
        return 10 * power;
    }

    public double map(double value) {
        double t = type == AxisType.LOG2
                ? (log2(value) - log2(min)) / (log2(max) - log2(min))
                : (value - min) / (max - min);
        return from + t * (to - from);
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }

    /** Removes binary noise such as 0.30000000000000004, so ticks print and compare cleanly. */
    private static double clean(double v) {
        return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.10g", v));
    }
}
