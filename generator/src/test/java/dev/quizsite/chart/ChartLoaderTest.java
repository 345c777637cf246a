package dev.quizsite.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.report.Problem;
import dev.quizsite.report.Report;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ChartLoaderTest {

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
    void theCourseDataFilesAreValid() throws IOException {
        ChartData goyal = ChartTestData.real("goyal2017-resnet50-imagenet");
        assertThat(goyal.spec().kind()).isEqualTo(ChartSpec.Kind.LINE);
        assertThat(goyal.spec().xScale()).isEqualTo(AxisType.LOG2);
        assertThat(goyal.rows()).hasSize(10);
        assertThat(goyal.spec().provenance()).containsKeys("source", "url", "figure", "hardware", "measured", "units");
        ChartData keskar = ChartTestData.real("keskar2017-small-vs-large-batch");
        assertThat(keskar.spec().ys()).containsExactly("small_batch_test_acc_pct", "large_batch_test_acc_pct");
        assertThat(keskar.spec().provenance()).containsKeys("source", "url", "table", "hardware", "measured", "units");
    }

    @Test
    void everySchemaMistakeIsReportedAtOnceWithItsPlace() {
        String text = HEAD + """
                # error: sd
                # colour: red
                n,v,sd
                1,2,0.1
                2,x,0.1
                3,4
                4,1e2,NaN
                """;
        Report report = new Report();
        assertThat(ChartTestData.parse("x", text, report)).isEmpty();
        assertThat(report.problems()).extracting(Problem::format).containsExactly(
                "site-src/data/x.csv:10:3: error: unknown chart field `colour` (known fields: "
                        + String.join(", ", ChartSpec.KEYS) + ")",
                "site-src/data/x.csv:13:3: error: `v` must be a number, not `x`",
                "site-src/data/x.csv:14:1: error: this row has 2 cells, the header on line 11 has 3",
                "site-src/data/x.csv:15:7: error: `sd` must be a number, not `NaN`");
    }

    @Test
    void aColumnTheHeaderLacksIsReportedAtItsNameInTheFieldLine() {
        String text = HEAD.replace("# y: v", "# y: v, vx") + "n,v\n1,2\n";
        Report report = new Report();
        assertThat(ChartTestData.parse("x", text, report)).isEmpty();
        assertThat(report.problems()).extracting(Problem::format).containsExactly(
                "site-src/data/x.csv:7:9: error: no column `vx` in the header on line 9; did you mean `v`? (columns: n, v)");
    }

    @Test
    void missingFieldsAndBadValuesAreErrors() {
        Report report = new Report();
        assertThat(ChartTestData.parse("x", "# source: S\nn,v\n1,2\n", report)).isEmpty();
        assertThat(report.problems()).extracting(Problem::message).contains("missing `# url: …` line", "missing `# title: …` line");

        Report second = new Report();
        String text = HEAD.replace("# chart: line", "# chart: pie").replace("https://", "http://") + "n,v\n1,2\n";
        assertThat(ChartTestData.parse("x", text, second)).isEmpty();
        assertThat(second.problems()).extracting(Problem::format).containsExactly(
                "site-src/data/x.csv:2:8: error: `url` must be an https:// address",
                "site-src/data/x.csv:3:10: error: `chart` must be `line` or `bars`, not `pie`");
    }

    @Test
    void aLog2AxisNeedsPositiveValues() {
        Report report = new Report();
        assertThat(ChartTestData.parse("x", HEAD + "# x-scale: log2\nn,v\n0,2\n", report)).isEmpty();
        assertThat(report.problems()).extracting(Problem::format)
                .containsExactly("site-src/data/x.csv:11:1: error: a log2 axis needs positive values, not 0");
    }
}
