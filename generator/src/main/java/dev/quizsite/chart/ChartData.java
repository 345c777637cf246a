package dev.quizsite.chart;

import java.util.List;

/**
 * A valid data file: its spec, header and rows, the cells kept as written so that the page's
 * table shows the figures exactly as the file (and the paper) gives them.
 *
 * @param name the file name without {@code .csv}: what questions refer to
 * @param file the path shown in messages
 */
public record ChartData(String name, String file, java.nio.file.Path path, ChartSpec spec,
        List<String> header, List<List<String>> rows) {

    public ChartData {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** The cells of a column, in row order. */
    public List<String> column(String name) {
        int index = header.indexOf(name);
        return rows.stream().map(row -> row.get(index)).toList();
    }

    /** A numeric column (checked when the file was read). */
    public double[] numbers(String name) {
        return column(name).stream().mapToDouble(Double::parseDouble).toArray();
    }
}
