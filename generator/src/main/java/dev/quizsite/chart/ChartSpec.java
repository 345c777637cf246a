package dev.quizsite.chart;

import java.util.List;
import java.util.Map;

/**
 * What a data file's {@code # key: value} lines say: how to draw it and where the figures come
 * from. This class is the one definition of the format (documented in the README's "Charts").
 *
 * @param errors     one ± column per series, or none
 * @param label      bars only: a second text column shown under each group's name (may be empty)
 * @param provenance the provenance lines in file order (source, url, table, hardware, …)
 * @param labels     human column headings by CSV column name ({@code # labels: a=…, b=…}); a column
 *                   without one is headed by its CSV name
 */
public record ChartSpec(
        Kind kind,
        String title,
        String x,
        String xLabel,
        AxisType xScale,
        String label,
        List<String> ys,
        List<String> errors,
        List<String> legend,
        String yLabel,
        String source,
        String url,
        Map<String, String> provenance,
        Map<String, String> labels) {

    /** The most series a chart draws: quiz.css styles {@code s0} to {@code s5}, each told apart without colour too. */
    public static final int MAX_SERIES = 6;

    /** A line chart over a numeric x, or one group of bars per row. */
    public enum Kind { LINE, BARS }

    /** Provenance: shown with the data, never used to draw. */
    public static final List<String> PROVENANCE = List.of(
            "source", "url", "table", "figure", "hardware", "measured", "units", "note");

    /** How to draw. */
    public static final List<String> DRAWING = List.of(
            "chart", "title", "x", "x-label", "x-scale", "label", "y", "error", "legend", "y-label", "labels");

    /** Every key a data file may give, in the order the README lists them. */
    public static final List<String> KEYS = java.util.stream.Stream
            .concat(PROVENANCE.stream(), DRAWING.stream()).toList();

    /** Keys without which a chart cannot be drawn or credited. */
    public static final List<String> REQUIRED = List.of(
            "source", "url", "chart", "title", "x", "x-label", "y", "y-label");

    public ChartSpec {
        ys = List.copyOf(ys);
        errors = List.copyOf(errors);
        legend = List.copyOf(legend);
        provenance = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(provenance));
        labels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(labels));
    }

    /** The heading of a column: its human label when the file gives one, else its CSV name. */
    public String heading(String column) {
        return labels.getOrDefault(column, column);
    }
}
