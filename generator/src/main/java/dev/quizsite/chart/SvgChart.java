package dev.quizsite.chart;

import dev.quizsite.i18n.Messages;
import dev.quizsite.text.Markup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Draws a chart as inline SVG: a line chart (numeric x, optionally log2) with error bars, or
 * grouped bars with ± bars. Accessible name and summary in {@code <title>}/{@code <desc>}, each
 * point's value in its own {@code <title>} (shown on hover). Only classes, no style attributes:
 * pages forbid inline styles (CSP {@code style-src 'self'}); colours come from quiz.css, and series
 * also differ by marker shape, dash pattern and fill so they are told apart without colour. The
 * summary in {@code <desc>}, what a screen reader reads, is in the course's language.
 */
public final class SvgChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 400;
    private static final int LEFT = 72;
    private static final int RIGHT = WIDTH - 16;
    private static final int TOP = 48;

    private SvgChart() {
    }

    public static String render(ChartData data, Messages messages) {
        return data.spec().kind() == ChartSpec.Kind.LINE ? line(data, messages) : bars(data, messages);
    }

    static String line(ChartData data, Messages messages) {
        ChartSpec spec = data.spec();
        int bottom = HEIGHT - 64;
        double[] xs = data.numbers(spec.x());
        double[] lo = extremes(data, -1);
        double[] hi = extremes(data, +1);
        Scale x = spec.xScale() == AxisType.LOG2
                ? Scale.log2(min(xs), max(xs), LEFT + 12, RIGHT - 12)
                : Scale.linear(min(xs), max(xs), LEFT + 12, RIGHT - 12, 8);
        Scale y = Scale.linear(min(lo), max(hi), bottom, TOP, 6);
        StringBuilder svg = open(spec, lineSummary(data, messages));
        yAxis(svg, y, bottom, spec.yLabel());
        svg.append("<g class=\"chart-ticks chart-x-ticks\">");
        for (double t : x.ticks()) {
            svg.append("<text x=\"").append(Num.px(x.map(t))).append("\" y=\"").append(bottom + 20)
                    .append("\" text-anchor=\"middle\">").append(Num.tick(t, x.type())).append("</text>");
        }
        svg.append("</g>\n");
        xTitle(svg, spec.xLabel());
        for (int s = 0; s < spec.ys().size(); s++) {
            double[] ys = data.numbers(spec.ys().get(s));
            double[] es = errors(data, s);
            svg.append("<g class=\"chart-series s").append(s).append("\">\n<polyline class=\"chart-line\" points=\"");
            for (int i = 0; i < xs.length; i++) {
                svg.append(i == 0 ? "" : " ").append(Num.px(x.map(xs[i]))).append(',').append(Num.px(y.map(ys[i])));
            }
            svg.append("\"/>\n");
            for (int i = 0; i < xs.length; i++) {
                double px = x.map(xs[i]);
                if (es.length > 0) {
                    errorBar(svg, px, y.map(ys[i] - es[i]), y.map(ys[i] + es[i]));
                }
                svg.append("<g class=\"chart-point\"><title>").append(Markup.escape(spec.legend().get(s))).append(", ")
                        .append(Markup.escape(spec.x())).append(' ').append(Num.value(xs[i])).append(": ")
                        .append(valueText(ys, es, i)).append("</title>");
                marker(svg, s, px, y.map(ys[i]));
                svg.append("</g>\n");
            }
            svg.append("</g>\n");
        }
        legend(svg, spec, true);
        return svg.append("</svg>").toString();
    }

    static String bars(ChartData data, Messages messages) {
        ChartSpec spec = data.spec();
        int bottom = HEIGHT - 72;
        Scale y = Scale.linear(Math.min(0, min(extremes(data, -1))), max(extremes(data, +1)), bottom, TOP, 5);
        StringBuilder svg = open(spec, barSummary(data, messages));
        yAxis(svg, y, bottom, spec.yLabel());
        List<String> groups = data.column(spec.x());
        List<String> labels = spec.label().isEmpty() ? List.of() : data.column(spec.label());
        double band = (double) (RIGHT - LEFT) / groups.size();
        int series = spec.ys().size();
        double barWidth = band * 0.7 / series;
        svg.append("<g class=\"chart-ticks chart-x-ticks\">");
        for (int g = 0; g < groups.size(); g++) {
            String cx = Num.px(LEFT + band * (g + 0.5));
            svg.append("<text x=\"").append(cx).append("\" y=\"").append(bottom + 20).append("\" text-anchor=\"middle\">")
                    .append(Markup.escape(groups.get(g)));
            if (!labels.isEmpty()) {
                svg.append("<tspan x=\"").append(cx).append("\" dy=\"16\">").append(Markup.escape(labels.get(g))).append("</tspan>");
            }
            svg.append("</text>");
        }
        svg.append("</g>\n");
        xTitle(svg, spec.xLabel());
        for (int s = 0; s < series; s++) {
            double[] ys = data.numbers(spec.ys().get(s));
            double[] es = errors(data, s);
            svg.append("<g class=\"chart-series s").append(s).append("\">\n");
            for (int g = 0; g < groups.size(); g++) {
                double left = LEFT + band * g + band * 0.15 + barWidth * s;
                double top = y.map(ys[g]);
                svg.append("<g class=\"chart-point\"><title>").append(Markup.escape(groupName(groups, labels, g))).append(", ")
                        .append(Markup.escape(spec.legend().get(s))).append(": ").append(valueText(ys, es, g)).append("</title>")
                        .append("<rect class=\"chart-bar\" x=\"").append(Num.px(left + 1)).append("\" y=\"").append(Num.px(top))
                        .append("\" width=\"").append(Num.px(barWidth - 2)).append("\" height=\"").append(Num.px(bottom - top))
                        .append("\"/></g>\n");
                if (es.length > 0) {
                    errorBar(svg, left + barWidth / 2, y.map(ys[g] - es[g]), y.map(ys[g] + es[g]));
                }
            }
            svg.append("</g>\n");
        }
        legend(svg, spec, false);
        return svg.append("</svg>").toString();
    }

    /** "Top-1 …: 23.49 at 128 to 33.96 at 65536; lowest …": the finding, from the data. */
    static String lineSummary(ChartData data, Messages messages) {
        ChartSpec spec = data.spec();
        double[] xs = data.numbers(spec.x());
        List<String> parts = new ArrayList<>();
        for (int s = 0; s < spec.ys().size(); s++) {
            double[] ys = data.numbers(spec.ys().get(s));
            int low = argExtreme(ys, -1);
            int high = argExtreme(ys, +1);
            // Figures go in as text (Num.value), so that a chart is the same on any machine; counts as numbers, for plurals.
            parts.add(messages.text("chart-line-summary", Map.of("series", spec.legend().get(s), "x", spec.x(),
                    "first", Num.value(ys[0]), "firstX", Num.value(xs[0]),
                    "last", Num.value(ys[ys.length - 1]), "lastX", Num.value(xs[xs.length - 1]),
                    "low", Num.value(ys[low]), "lowX", Num.value(xs[low]),
                    "high", Num.value(ys[high]), "highX", Num.value(xs[high]))));
        }
        return spec.yLabel() + ". " + String.join(" ", parts);
    }

    /** Which series is highest in how many groups, and the largest gap between series. */
    static String barSummary(ChartData data, Messages messages) {
        ChartSpec spec = data.spec();
        List<String> groups = data.column(spec.x());
        List<String> labels = spec.label().isEmpty() ? List.of() : data.column(spec.label());
        int[] wins = new int[spec.ys().size()];
        double widest = -1;
        int widestGroup = 0;
        for (int g = 0; g < groups.size(); g++) {
            double top = Double.NEGATIVE_INFINITY;
            double bottom = Double.POSITIVE_INFINITY;
            int best = 0;
            for (int s = 0; s < wins.length; s++) {
                double v = data.numbers(spec.ys().get(s))[g];
                if (v > top) {
                    top = v;
                    best = s;
                }
                bottom = Math.min(bottom, v);
            }
            wins[best]++;
            if (top - bottom > widest) {
                widest = top - bottom;
                widestGroup = g;
            }
        }
        List<String> parts = new ArrayList<>();
        for (int s = 0; s < wins.length; s++) {
            parts.add(messages.text("chart-bar-highest", Map.of("series", spec.legend().get(s), "wins", wins[s],
                    "groups", groups.size())));
        }
        return spec.yLabel() + ". " + String.join(" ", parts) + " " + messages.text("chart-bar-gap",
                Map.of("gap", Num.value(Math.round(widest * 1e6) / 1e6), "group", groupName(groups, labels, widestGroup)));
    }

    private static StringBuilder open(ChartSpec spec, String summary) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-svg\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" role=\"img\">\n<title>")
                .append(Markup.escape(spec.title())).append("</title>\n<desc>").append(Markup.escape(summary)).append("</desc>\n");
    }

    /** Grid lines, the axis lines, y tick labels and the y axis title. */
    private static void yAxis(StringBuilder svg, Scale y, int bottom, String title) {
        svg.append("<g class=\"chart-grid\">");
        for (double t : y.ticks()) {
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(RIGHT).append("\" y1=\"")
                    .append(Num.px(y.map(t))).append("\" y2=\"").append(Num.px(y.map(t))).append("\"/>");
        }
        svg.append("</g>\n<g class=\"chart-ticks chart-y-ticks\">");
        for (double t : y.ticks()) {
            svg.append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(Num.px(y.map(t) + 4))
                    .append("\" text-anchor=\"end\">").append(Num.value(t)).append("</text>");
        }
        svg.append("</g>\n<path class=\"chart-axis\" d=\"M").append(LEFT).append(' ').append(TOP).append("V").append(bottom)
                .append("H").append(RIGHT).append("\"/>\n");
        svg.append("<text class=\"chart-axis-title\" transform=\"rotate(-90)\" x=\"").append(-(TOP + bottom) / 2)
                .append("\" y=\"18\" text-anchor=\"middle\">").append(Markup.escape(title)).append("</text>\n");
    }

    private static void xTitle(StringBuilder svg, String title) {
        svg.append("<text class=\"chart-axis-title\" x=\"").append((LEFT + RIGHT) / 2).append("\" y=\"").append(HEIGHT - 8)
                .append("\" text-anchor=\"middle\">").append(Markup.escape(title)).append("</text>\n");
    }

    /** Whisker from lo to hi with caps; a halo under it keeps it visible over a filled bar. */
    private static void errorBar(StringBuilder svg, double x, double lo, double hi) {
        String d = "M" + Num.px(x) + " " + Num.px(lo) + "V" + Num.px(hi)
                + "M" + Num.px(x - 4) + " " + Num.px(lo) + "h8M" + Num.px(x - 4) + " " + Num.px(hi) + "h8";
        svg.append("<path class=\"chart-halo\" d=\"").append(d).append("\"/><path class=\"chart-err\" d=\"")
                .append(d).append("\"/>\n");
    }

    /** Series 0 a circle, 1 a square, 2 a triangle, 3 a diamond: shapes tell series apart without colour. */
    private static void marker(StringBuilder svg, int series, double x, double y) {
        String cx = Num.px(x);
        String cy = Num.px(y);
        switch (series % 4) {
            case 0 -> svg.append("<circle class=\"chart-mark\" cx=\"").append(cx).append("\" cy=\"").append(cy).append("\" r=\"4.5\"/>");
            case 1 -> svg.append("<rect class=\"chart-mark\" x=\"").append(Num.px(x - 4)).append("\" y=\"").append(Num.px(y - 4))
                    .append("\" width=\"8\" height=\"8\"/>");
            case 2 -> svg.append("<path class=\"chart-mark\" d=\"M").append(cx).append(' ').append(Num.px(y - 5))
                    .append("l5 9h-10z\"/>");
            default -> svg.append("<path class=\"chart-mark\" d=\"M").append(cx).append(' ').append(Num.px(y - 5))
                    .append("l5 5-5 5-5-5z\"/>");
        }
    }

    private static void legend(StringBuilder svg, ChartSpec spec, boolean lines) {
        svg.append("<g class=\"chart-legend\">\n");
        double x = LEFT;
        for (int s = 0; s < spec.legend().size(); s++) {
            svg.append("<g class=\"s").append(s).append("\">");
            if (lines) {
                svg.append("<path class=\"chart-line\" d=\"M").append(Num.px(x)).append(" 20h28\"/>");
                marker(svg, s, x + 14, 20);
            } else {
                svg.append("<rect class=\"chart-bar\" x=\"").append(Num.px(x + 4)).append("\" y=\"13\" width=\"20\" height=\"14\"/>");
            }
            String text = spec.legend().get(s);
            svg.append("<text x=\"").append(Num.px(x + 36)).append("\" y=\"24\">").append(Markup.escape(text)).append("</text></g>\n");
            x += 36 + text.length() * 7 + 24; // about 7 px per character at the legend's font size
        }
        svg.append("</g>\n");
    }

    private static String valueText(double[] ys, double[] es, int i) {
        return Num.value(ys[i]) + (es.length > 0 ? " ± " + Num.value(es[i]) : "");
    }

    private static String groupName(List<String> groups, List<String> labels, int g) {
        return groups.get(g) + (labels.isEmpty() ? "" : " (" + labels.get(g) + ")");
    }

    private static double[] errors(ChartData data, int series) {
        return data.spec().errors().isEmpty() ? new double[0] : data.numbers(data.spec().errors().get(series));
    }

    /** Every value ± its error ({@code sign} −1: lower ends, +1: upper ends), all series together. */
    private static double[] extremes(ChartData data, int sign) {
        List<Double> out = new ArrayList<>();
        for (int s = 0; s < data.spec().ys().size(); s++) {
            double[] ys = data.numbers(data.spec().ys().get(s));
            double[] es = errors(data, s);
            for (int i = 0; i < ys.length; i++) {
                out.add(ys[i] + sign * (es.length > 0 ? es[i] : 0));
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static int argExtreme(double[] v, int sign) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (sign * (v[i] - v[best]) > 0) {
                best = i;
            }
        }
        return best;
    }

    private static double min(double[] v) {
        return java.util.Arrays.stream(v).min().orElse(0);
    }

    private static double max(double[] v) {
        return java.util.Arrays.stream(v).max().orElse(1);
    }
}
