package dev.quizsite.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.i18n.Bundles;
import dev.quizsite.report.Problem;
import dev.quizsite.report.Report;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** `# labels:` headings for the data table, the scroll region around it, and the cap on series. */
class ChartLabelsAndSeriesTest {

    private static final String HEAD = """
            # source: S
            # url: https://example.org/
            # chart: line
            # title: T
            # x: n
            # x-label: N
            # y: v
            # y-label: V
            """;

    @Test
    void theTableIsHeadedByTheLabelsAndFallsBackToTheCsvName() {
        Report report = new Report();
        ChartData data = ChartTestData.parse("x", HEAD + "# labels: v=Error rate (%)\nn,v\n1,2\n", report).orElseThrow();
        assertThat(report.problems()).isEmpty();
        assertThat(data.spec().labels()).containsEntry("v", "Error rate (%)");
        assertThat(data.spec().legend()).as("the legend falls back to the label").containsExactly("Error rate (%)");
        String html = DataTable.html(data);
        assertThat(html).contains("<th scope=\"col\">n</th><th scope=\"col\">Error rate (%)</th>")
                .as("the CSV stays as written").contains("<td>1</td><td>2</td>");
        assertThat(html).startsWith("<div class=\"chart-table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"T\">\n<table");
        assertThat(html).contains("</table>\n</div>\n<dl class=\"chart-provenance\">")
                .as("labels are not provenance").doesNotContain("<dt>labels</dt>");
    }

    @Test
    void anUnknownColumnInLabelsIsAnErrorAtItsPlaceWithASuggestion() {
        Report report = new Report();
        String text = HEAD + "# labels: n=Size, vv=Value, v, v=\nn,v\n1,2\n";
        assertThat(ChartTestData.parse("x", text, report)).isEmpty();
        assertThat(report.problems()).extracting(Problem::format).containsExactly(
                "site-src/data/x.csv:9:19: error: no column `vv` in the header on line 10; did you mean `v`? (columns: n, v)",
                "site-src/data/x.csv:9:29: error: `v` in `labels` is not `column=Label`; write e.g. `n=A human heading`",
                "site-src/data/x.csv:9:32: error: the label of `v` is empty; write `v=A human heading`");
    }

    @Test
    void aTypoInTheKeyIsCaught() {
        Report report = new Report();
        assertThat(ChartTestData.parse("x", HEAD + "# lables: v=V\nn,v\n1,2\n", report)).isEmpty();
        assertThat(report.problems()).extracting(Problem::message).singleElement().asString()
                .startsWith("unknown chart field `lables`; did you mean `labels`?");
    }

    @Test
    void sixSeriesAreDrawnEachWithItsOwnClass() {
        Report report = new Report();
        ChartData data = ChartTestData.parse("x", series(6), report).orElseThrow(() -> new AssertionError(report.problems()));
        String svg = SvgChart.render(data, Bundles.english());
        for (int s = 0; s < 6; s++) {
            assertThat(svg).contains("class=\"chart-series s" + s + "\"");
        }
    }

    @Test
    void aSeventhSeriesIsAnErrorAtTheYLine() {
        Report report = new Report();
        assertThat(ChartTestData.parse("x", series(7), report)).isEmpty();
        assertThat(report.problems()).extracting(Problem::format).containsExactly(
                "site-src/data/x.csv:7:6: error: `y` names 7 series, a chart draws at most 6 (each styled apart by"
                        + " colour, line and marker); split the columns over two data files");
    }

    /** A line chart of {@code n} series v0, v1, … */
    private static String series(int n) {
        String ys = IntStream.range(0, n).mapToObj(i -> "v" + i).collect(Collectors.joining(", "));
        String row1 = IntStream.range(0, n).mapToObj(i -> Integer.toString(i + 1)).collect(Collectors.joining(","));
        String row2 = IntStream.range(0, n).mapToObj(i -> Integer.toString(i + 2)).collect(Collectors.joining(","));
        return HEAD.replace("# y: v", "# y: " + ys) + "n," + ys.replace(" ", "") + "\n1," + row1 + "\n2," + row2 + "\n";
    }
}
