package dev.quizsite.chart;

import dev.quizsite.load.SourceFile;
import dev.quizsite.load.SourceLoader;
import dev.quizsite.report.Report;
import dev.quizsite.report.Suggestion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads data files ({@code NAME.csv}: {@code # key: value} lines, a header, rows) and checks their
 * schema. Every mistake of a file is reported with its line and column, all at once; a file with
 * mistakes yields no chart.
 */
public final class ChartLoader {

    private static final Pattern META = Pattern.compile("#\\s*([A-Za-z][A-Za-z0-9-]*)\\s*:\\s*(.*?)\\s*");
    /** Plain decimal numbers only: Java would also accept "NaN", "Infinity" and "1.5d". */
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private ChartLoader() {
    }

    /** Every {@code *.csv} of a folder, by name; an absent folder has none. */
    public static Map<String, ChartData> loadFolder(Path folder, SourceLoader loader, Report report) {
        Map<String, ChartData> charts = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return charts;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            report.error(loader.display(folder), 0, 0, "cannot read the data folder: " + e.getMessage());
            return charts;
        }
        for (Path file : files) {
            loader.load(file, report).flatMap(source -> parse(source, report))
                    .ifPresent(data -> charts.put(data.name(), data));
        }
        return charts;
    }

    /** One meta line: its value and where the value starts. */
    private record Meta(String value, int line, int column) {
    }

    public static Optional<ChartData> parse(SourceFile source, Report report) {
        return new Reading(source, report).read();
    }

    /** The state of reading one file. */
    private static final class Reading {
        private final SourceFile source;
        private final String file;
        private final Report report;
        private final Map<String, Meta> meta = new LinkedHashMap<>();
        private List<String> header = List.of();
        private int headerLine;
        private final List<List<String>> rows = new ArrayList<>();
        private final List<Integer> rowLines = new ArrayList<>();
        private int errors;

        Reading(SourceFile source, Report report) {
            this.source = source;
            this.file = source.displayPath();
            this.report = report;
        }

        Optional<ChartData> read() {
            String[] lines = source.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                int number = i + 1;
                if (line.isBlank()) {
                    continue;
                }
                if (line.startsWith("#")) {
                    readMeta(line, number);
                } else if (headerLine == 0) {
                    header = cells(line);
                    headerLine = number;
                } else {
                    List<String> row = cells(line);
                    if (row.size() != header.size()) {
                        error(number, 1, "this row has " + row.size() + " cells, the header on line "
                                + headerLine + " has " + header.size());
                    } else {
                        rows.add(row);
                        rowLines.add(number);
                    }
                }
            }
            if (headerLine == 0 || rows.isEmpty()) {
                error(Math.max(1, lines.length - 1), 1, "no data; after the `# key: value` lines write a header and at least one row");
            }
            Optional<ChartSpec> spec = spec();
            if (errors > 0 || spec.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new ChartData(source.baseName(), file, source.path(), spec.get(), header, rows));
        }

        private void readMeta(String line, int number) {
            Matcher m = META.matcher(line);
            if (!m.matches()) {
                error(number, 1, "a `#` line must be `# key: value` (keys: " + String.join(", ", ChartSpec.KEYS) + ")");
                return;
            }
            String key = m.group(1);
            if (!ChartSpec.KEYS.contains(key)) {
                error(number, m.start(1) + 1, "unknown chart field `" + key + "`" + Suggestion.hint(key, ChartSpec.KEYS)
                        + " (known fields: " + String.join(", ", ChartSpec.KEYS) + ")");
            } else if (meta.containsKey(key)) {
                error(number, m.start(1) + 1, "`" + key + "` is given twice (also on line " + meta.get(key).line() + ")");
            } else {
                meta.put(key, new Meta(m.group(2), number, m.start(2) + 1));
            }
        }

        private Optional<ChartSpec> spec() {
            boolean complete = true;
            for (String key : ChartSpec.REQUIRED) {
                if (!meta.containsKey(key) || meta.get(key).value().isEmpty()) {
                    error(1, 1, "missing `# " + key + ": …` line");
                    complete = false;
                }
            }
            if (!complete) { // the checks below need every required field
                return Optional.empty();
            }
            ChartSpec.Kind kind = switch (value("chart")) {
                case "line" -> ChartSpec.Kind.LINE;
                case "bars" -> ChartSpec.Kind.BARS;
                default -> {
                    valueError("chart", "`chart` must be `line` or `bars`, not `" + value("chart") + "`");
                    yield ChartSpec.Kind.LINE;
                }
            };
            AxisType xScale = switch (meta.containsKey("x-scale") ? value("x-scale") : "linear") {
                case "linear" -> AxisType.LINEAR;
                case "log2" -> AxisType.LOG2;
                default -> {
                    valueError("x-scale", "`x-scale` must be `linear` or `log2`, not `" + value("x-scale") + "`");
                    yield AxisType.LINEAR;
                }
            };
            if (kind == ChartSpec.Kind.BARS && xScale != AxisType.LINEAR) {
                valueError("x-scale", "`x-scale` applies to line charts only; bars have one group per row");
            }
            if (!value("url").startsWith("https://")) {
                valueError("url", "`url` must be an https:// address");
            }
            List<String> ys = columns("y", true);
            List<String> errorColumns = columns("error", true);
            List<String> legend = list("legend");
            if (ys.size() > ChartSpec.MAX_SERIES) {
                valueError("y", "`y` names " + ys.size() + " series, a chart draws at most " + ChartSpec.MAX_SERIES
                        + " (each styled apart by colour, line and marker); split the columns over two data files");
            }
            Map<String, String> labels = labels();
            if (!errorColumns.isEmpty() && errorColumns.size() != ys.size()) {
                valueError("error", "`error` names " + errorColumns.size() + " columns, `y` names " + ys.size()
                        + "; give one ± column per series");
            }
            if (legend.isEmpty()) {
                legend = ys.stream().map(y -> labels.getOrDefault(y, y)).toList();
            } else if (legend.size() != ys.size()) {
                valueError("legend", "`legend` has " + legend.size() + " entries, `y` names " + ys.size()
                        + "; give one entry per series");
            }
            int before = errors;
            columns("x", kind == ChartSpec.Kind.LINE);
            columns("label", false);
            if (kind == ChartSpec.Kind.LINE && xScale == AxisType.LOG2 && errors == before) {
                checkPositive(value("x"));
            }
            Map<String, String> provenance = new LinkedHashMap<>();
            meta.forEach((key, m) -> {
                if (ChartSpec.PROVENANCE.contains(key)) {
                    provenance.put(key, m.value());
                }
            });
            return Optional.of(new ChartSpec(kind, value("title"), value("x"), value("x-label"), xScale,
                    meta.containsKey("label") ? value("label") : "", ys, errorColumns, legend,
                    value("y-label"), value("source"), value("url"), provenance, labels));
        }

        /**
         * {@code # labels: csv_name=Human label, other=Other label}: headings for the data table
         * (and the legend when it gives none); each name must be a header column.
         */
        private Map<String, String> labels() {
            Map<String, String> labels = new LinkedHashMap<>();
            Meta m = meta.get("labels");
            if (m == null) {
                return labels;
            }
            int from = 0;
            for (String entry : m.value().split(",", -1)) {
                int at = from + (entry.length() - entry.stripLeading().length());
                from += entry.length() + 1;
                String item = entry.strip();
                int column = m.column() + at;
                int equals = item.indexOf('=');
                if (equals < 0) {
                    error(m.line(), column, "`" + item + "` in `labels` is not `column=Label`; write e.g. `"
                            + (header.isEmpty() ? "column" : header.get(0)) + "=A human heading`");
                    continue;
                }
                String name = item.substring(0, equals).strip();
                String label = item.substring(equals + 1).strip();
                if (!header.contains(name)) {
                    error(m.line(), column, "no column `" + name + "` in the header on line " + headerLine
                            + Suggestion.hint(name, header) + " (columns: " + String.join(", ", header) + ")");
                } else if (label.isEmpty()) {
                    error(m.line(), column, "the label of `" + name + "` is empty; write `" + name + "=A human heading`");
                } else if (labels.containsKey(name)) {
                    error(m.line(), column, "`" + name + "` is labelled twice in `labels`");
                } else {
                    labels.put(name, label);
                }
            }
            return labels;
        }

        /** The header columns a key names; each must exist, and hold numbers if {@code numeric}. */
        private List<String> columns(String key, boolean numeric) {
            Meta m = meta.get(key);
            if (m == null) {
                return List.of();
            }
            List<String> names = list(key);
            int from = 0;
            for (String name : names) {
                int at = m.value().indexOf(name, from);
                from = at + name.length();
                int column = header.indexOf(name);
                if (column < 0) {
                    error(m.line(), m.column() + at, "no column `" + name + "` in the header on line " + headerLine
                            + Suggestion.hint(name, header) + " (columns: " + String.join(", ", header) + ")");
                } else if (numeric) {
                    checkNumbers(column);
                }
            }
            return names;
        }

        private void checkNumbers(int column) {
            for (int r = 0; r < rows.size(); r++) {
                String cell = rows.get(r).get(column);
                if (!NUMBER.matcher(cell).matches()) {
                    error(rowLines.get(r), cellColumn(rowLines.get(r), column),
                            "`" + header.get(column) + "` must be a number, not `" + cell + "`");
                }
            }
        }

        private void checkPositive(String x) {
            int column = header.indexOf(x);
            for (int r = 0; r < rows.size(); r++) {
                if (Double.parseDouble(rows.get(r).get(column)) <= 0) {
                    error(rowLines.get(r), cellColumn(rowLines.get(r), column),
                            "a log2 axis needs positive values, not " + rows.get(r).get(column));
                }
            }
        }

        /** 1-based character column where a cell starts in its line. */
        private int cellColumn(int line, int cell) {
            String text = source.text().split("\n", -1)[line - 1];
            int at = 0;
            for (int i = 0; i < cell; i++) {
                at = text.indexOf(',', at) + 1;
            }
            while (at < text.length() && text.charAt(at) == ' ') {
                at++;
            }
            return at + 1;
        }

        private String value(String key) {
            return meta.get(key).value();
        }

        private List<String> list(String key) {
            Meta m = meta.get(key);
            return m == null || m.value().isEmpty() ? List.of() : cells(m.value());
        }

        private void valueError(String key, String message) {
            Meta m = meta.get(key);
            error(m.line(), m.column(), message);
        }

        private void error(int line, int column, String message) {
            errors++;
            report.error(file, line, column, message);
        }
    }

    /** Plain comma-separated cells, trimmed; the format has no quoting. */
    static List<String> cells(String line) {
        return Arrays.stream(line.split(",", -1)).map(String::strip).toList();
    }

}
