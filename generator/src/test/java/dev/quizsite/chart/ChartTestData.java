package dev.quizsite.chart;

import dev.quizsite.load.SourceFile;
import dev.quizsite.report.Report;
import java.nio.file.Path;
import java.util.Optional;

/** Data files for tests, read as the build reads them. */
final class ChartTestData {

    static final Path DATA = Path.of("../site-src/data");

    private ChartTestData() {
    }

    static Optional<ChartData> parse(String name, String text, Report report) {
        return ChartLoader.parse(new SourceFile(Path.of(name + ".csv"), "site-src/data/" + name + ".csv", text), report);
    }

    static ChartData real(String name) throws java.io.IOException {
        Report report = new Report();
        String text = java.nio.file.Files.readString(DATA.resolve(name + ".csv"));
        ChartData data = parse(name, text, report).orElseThrow(() -> new AssertionError(report.problems()));
        return data;
    }
}
