package dev.quizsite.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.i18n.Bundles;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SvgChartTest {

    static int count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void theLineChartHasTitleDescAndOneMarkAndErrorBarPerPoint() throws IOException {
        String svg = SvgChart.render(ChartTestData.real("goyal2017-resnet50-imagenet"), Bundles.english());
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-svg\" viewBox=\"0 0 640 400\" role=\"img\">")
                .contains("<title>ResNet-50 on ImageNet: top-1 error vs. minibatch size</title>")
                .contains("lowest 23.48 at 512, highest 33.96 at 65536")
                .contains("<title>Top-1 validation error (± 1 sd of 5 runs), minibatch_size 16384: 24.79 ± 0.27</title>")
                .contains(">Minibatch size (images, log2 scale)</text>", ">Top-1 validation error (%)</text>")
                .contains(">8k</text>", ">64k</text>")
                .doesNotContain("style=");
        assertThat(count(svg, "<desc>")).isEqualTo(1);
        assertThat(count(svg, "class=\"chart-point\"")).isEqualTo(10);
        assertThat(count(svg, "class=\"chart-err\"")).isEqualTo(10);
        assertThat(count(svg, "<polyline")).isEqualTo(1);
    }

    /** What a screen reader reads of a chart is in the course's language; the figures stay as the chart shows them. */
    @Test
    void theSummaryIsInTheCoursesLanguage() throws IOException {
        ChartData bars = ChartTestData.real("keskar2017-small-vs-large-batch");
        assertThat(SvgChart.render(bars, Bundles.resolve("de", java.util.Map.of()).messages()))
                .contains("<desc>").contains("Small batch (256) ist in 6 von 6 Gruppen am höchsten.")
                .contains("Der größte Abstand zwischen den Reihen beträgt 5.27, bei C4 (CIFAR-100).")
                .doesNotContain("is highest in");
        assertThat(SvgChart.render(bars, Bundles.resolve("fr", java.util.Map.of()).messages()))
                .contains("Le plus grand écart entre les séries est de 5.27, pour C4 (CIFAR-100).");
        assertThat(SvgChart.render(bars, Bundles.resolve("ar", java.util.Map.of()).messages()))
                .contains("أكبر فرق بين السلاسل هو 5.27، في C4 (CIFAR-100).");
        assertThat(SvgChart.render(ChartTestData.real("goyal2017-resnet50-imagenet"), Bundles.resolve("de", java.util.Map.of()).messages()))
                .contains("am niedrigsten 23.48 bei 512, am höchsten 33.96 bei 65536");
    }

    @Test
    void theBarChartHasOneBarAndErrorBarPerValueAndALegendEntryPerSeries() throws IOException {
        String svg = SvgChart.render(ChartTestData.real("keskar2017-small-vs-large-batch"), Bundles.english());
        assertThat(svg).contains("Small batch (256) is highest in 6 of 6 groups")
                .contains("The largest gap between series is 5.27, for C4 (CIFAR-100).")
                .contains("<title>F2 (TIMIT), Large batch (10 % of training set): 59.45 ± 1.05</title>")
                .contains("<tspan x=\"118\" dy=\"16\">MNIST</tspan>")
                .doesNotContain("style=");
        assertThat(count(svg, "class=\"chart-point\"")).isEqualTo(12);
        assertThat(count(svg, "<rect class=\"chart-bar\"")).isEqualTo(12 + 2); // bars + legend swatches
        assertThat(count(svg, "class=\"chart-err\"")).isEqualTo(12);
        assertThat(count(svg, "<g class=\"s")).isEqualTo(2);
    }

    @Test
    void outputIsTheSameEveryTimeAndInEveryLocale() throws IOException {
        ChartData data = ChartTestData.real("goyal2017-resnet50-imagenet");
        String first = SvgChart.render(data, Bundles.english());
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY); // decimal comma: must not leak into coordinates
            assertThat(SvgChart.render(ChartTestData.real("goyal2017-resnet50-imagenet"), Bundles.english())).isEqualTo(first);
            assertThat(DataTable.html(data)).isEqualTo(DataTable.html(ChartTestData.real("goyal2017-resnet50-imagenet")));
        } finally {
            Locale.setDefault(saved);
        }
        assertThat(first).contains("points=\"84,305.3 142.7,303.1");
    }

    @Test
    void textFromTheDataIsEscaped() {
        String text = """
                # source: <b>me</b>
                # url: https://example.org/?a=1&b=2
                # chart: bars
                # title: A "quoted" <title>
                # x: name
                # x-label: Name
                # y: v
                # y-label: Value
                name,v
                <script>,1
                """;
        ChartData data = ChartTestData.parse("x", text, new dev.quizsite.report.Report()).orElseThrow();
        String svg = SvgChart.render(data, Bundles.english());
        assertThat(svg).contains("<title>A &quot;quoted&quot; &lt;title&gt;</title>", "&lt;script&gt;").doesNotContain("<script>");
        assertThat(DataTable.html(data)).contains("&lt;b&gt;me&lt;/b&gt;", "https://example.org/?a=1&amp;b=2");
    }
}
