package dev.quizsite.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.report.Problem;
import dev.quizsite.site.BuildResult;
import dev.quizsite.site.BuildSettings;
import dev.quizsite.site.SiteBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Charts through the whole build: the course's seed page, and a small course of our own. */
class ChartSiteTest {

    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final String QUESTION = "# T\n\n%s\n\n**Which?**\n\n- [ ] wrong\n- [x] right\n\n## Answer\n\nBecause.\n";

    @TempDir
    Path tmp;

    @Test
    void theSeedPageShowsItsChartsAfterTheAnswerWithATableMatchingTheCsv() throws IOException {
        BuildResult result = new SiteBuilder().build(BuildSettings.defaults(PROJECT)
                .withOutput(tmp.resolve("site")).withData(PROJECT.resolve("site-src/data")));
        assertThat(result.report().problems()).isEmpty();
        String page = Files.readString(tmp.resolve("site/sometimes-small-is-better/index.html"), StandardCharsets.UTF_8);
        int answer = page.indexOf("<h2>Answer</h2>");
        int chart = page.indexOf("<figure class=\"chart\">");
        assertThat(answer).isPositive();
        assertThat(chart).isGreaterThan(answer).isLessThan(page.indexOf("<h2>References</h2>"));
        assertThat(page).contains("role=\"img\"", "<title>ResNet-50 on ImageNet: top-1 error vs. minibatch size</title>",
                "href=\"https://arxiv.org/abs/1706.02677\"", "href=\"../data/goyal2017-resnet50-imagenet.csv\" download",
                "href=\"../data/keskar2017-small-vs-large-batch.csv\" download");
        for (String name : List.of("goyal2017-resnet50-imagenet", "keskar2017-small-vs-large-batch")) {
            Path csv = PROJECT.resolve("site-src/data/" + name + ".csv");
            assertThat(tmp.resolve("site/data/" + name + ".csv")).hasSameBinaryContentAs(csv);
            // The cells as the file writes them; the headings its `# labels:` line gives.
            List<List<String>> rows = new java.util.ArrayList<>(csvRows(csv));
            ChartSpec spec = ChartTestData.real(name).spec();
            rows.set(0, rows.get(0).stream().map(spec::heading).toList());
            assertThat(tables(page)).contains(rows);
        }
    }

    @Test
    void aChartBlockIsDrawnWhereItStandsAndAnUnknownNameIsAnErrorAtItsLine() throws IOException {
        Path questions = Files.createDirectories(tmp.resolve("questions"));
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.copy(PROJECT.resolve("site-src/data/goyal2017-resnet50-imagenet.csv"), data.resolve("goyal.csv"));
        Files.writeString(questions.resolve("a.md"), QUESTION.formatted("Look:\n\n```chart\ngoyal\n```"));
        BuildSettings settings = BuildSettings.defaults(tmp).withData(data);
        BuildResult ok = new SiteBuilder().build(settings);
        assertThat(ok.report().problems()).isEmpty();
        String page = Files.readString(tmp.resolve("target/quizsite/a/index.html"));
        assertThat(page.indexOf("<figure class=\"chart\">")).isBetween(page.indexOf("Look:"), page.indexOf("Which?"));
        assertThat(page).doesNotContain("data-chart");

        Files.writeString(questions.resolve("b.md"), "---\ntags: [x]\ncharts: [goyal, goyol]\n---\n"
                + QUESTION.formatted("Look:\n\n```chart\nkeskar\n```"));
        BuildResult failed = new SiteBuilder().build(settings);
        assertThat(failed.report().problems()).extracting(Problem::format).containsExactly(
                "questions/b.md:3:17: error: no data file `goyol.csv` in data; did you mean `goyal`?",
                "questions/b.md:9:1: error: no data file `keskar.csv` in data");
    }

    /** Regression: an inline chart was HTML built in Java, so a theme could not change it as it can the others. */
    @Test
    void aThemeOverridesEveryChartThroughOnePartialInlineOnesIncluded() throws IOException {
        Path questions = Files.createDirectories(tmp.resolve("questions"));
        Path data = Files.createDirectories(tmp.resolve("data"));
        Path partials = Files.createDirectories(tmp.resolve("templates/partials"));
        Files.copy(PROJECT.resolve("site-src/data/goyal2017-resnet50-imagenet.csv"), data.resolve("goyal.csv"));
        Files.copy(PROJECT.resolve("site-src/data/keskar2017-small-vs-large-batch.csv"), data.resolve("keskar.csv"));
        Files.writeString(partials.resolve("figure.peb"),
                "<div class=\"my-chart\" data-name=\"{{ chart.name }}\">{{ chart.svg }}<p>{{ chart.caption }}</p></div>\n");
        Files.writeString(questions.resolve("a.md"), "---\ncharts: [keskar]\n---\n"
                + QUESTION.formatted("Look:\n\n```chart\ngoyal\n```"));
        BuildResult result = new SiteBuilder().build(BuildSettings.defaults(tmp).withData(data)
                .withTemplatesAndAssets(tmp.resolve("templates"), tmp.resolve("assets")));
        assertThat(result.report().problems()).isEmpty();
        String page = Files.readString(tmp.resolve("target/quizsite/a/index.html"));
        assertThat(page).contains("<div class=\"my-chart\" data-name=\"goyal\"><svg", "<div class=\"my-chart\" data-name=\"keskar\"><svg")
                .doesNotContain("<figure class=\"chart\">", "data-chart");
        assertThat(page.indexOf("data-name=\"goyal\"")).as("inline, in the scenario").isLessThan(page.indexOf("<h2>Answer</h2>"));
        assertThat(page.indexOf("data-name=\"keskar\"")).as("after the Answer").isGreaterThan(page.indexOf("<h2>Answer</h2>"));
    }

    @Test
    void aChartNameWithoutADataFolderSaysTheFolderIsMissing() throws IOException {
        Path questions = Files.createDirectories(tmp.resolve("questions"));
        Files.writeString(questions.resolve("a.md"), "---\ncharts: [goyal]\n---\n" + QUESTION.formatted("Look:"));
        BuildResult failed = new SiteBuilder().build(BuildSettings.defaults(tmp).withData(tmp.resolve("data")));
        assertThat(failed.report().problems()).extracting(Problem::format).containsExactly(
                "questions/a.md:2:10: error: no data file `goyal.csv` in data (the folder does not exist: create it,"
                        + " or name another with -Dquizsite.data=…)");
    }

    @Test
    void aBrokenDataFileFailsTheBuildEvenWhenNoQuestionUsesIt() throws IOException {
        Path questions = Files.createDirectories(tmp.resolve("questions"));
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(questions.resolve("a.md"), QUESTION.formatted("Plain."));
        Files.writeString(data.resolve("bad.csv"), "# source: S\n");
        BuildResult result = new SiteBuilder().build(BuildSettings.defaults(tmp).withData(data));
        assertThat(result.succeeded()).isFalse();
        assertThat(result.report().problems()).extracting(Problem::file).containsOnly("data/bad.csv");
    }

    /** The data rows of a CSV file, cells as written. */
    private static List<List<String>> csvRows(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv).stream().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines) {
            rows.add(List.of(line.split(",")));
        }
        return rows;
    }

    /** Every table of the page, each as its rows of cell texts (header row first). */
    private static List<List<List<String>>> tables(String page) {
        List<List<List<String>>> tables = new ArrayList<>();
        Matcher table = Pattern.compile("<table class=\"chart-table\">(.*?)</table>", Pattern.DOTALL).matcher(page);
        while (table.find()) {
            List<List<String>> rows = new ArrayList<>();
            Matcher row = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL).matcher(table.group(1));
            while (row.find()) {
                List<String> cells = new ArrayList<>();
                Matcher cell = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>").matcher(row.group(1));
                while (cell.find()) {
                    cells.add(cell.group(1));
                }
                rows.add(cells);
            }
            tables.add(rows);
        }
        return tables;
    }
}
