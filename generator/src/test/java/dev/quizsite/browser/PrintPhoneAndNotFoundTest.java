package dev.quizsite.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.config.CourseConfig;
import dev.quizsite.site.BuildResult;
import dev.quizsite.site.BuildSettings;
import dev.quizsite.site.SiteBuilder;
import dev.quizsite.testing.Browser;
import dev.quizsite.testing.StaticServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The course's own questions and data (charts, tables) as a reader prints them from a dark-scheme
 * browser and reads them on a 360 px phone, and 404.html at a missing nested address. Screenshots
 * of the phone-width chart and table go to target/screenshots/.
 */
class PrintPhoneAndNotFoundTest {

    private static final String SEED = FixtureSite.SEED + "/index.html";

    @TempDir
    static Path root;
    static Path site;
    @AutoClose
    static StaticServer server;
    @AutoClose("quit")
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        site = build(root.resolve("course"), Optional.of("https://example.org/"));
        server = new StaticServer(site, true);
        browser = Browser.start(root.resolve("profile"));
    }

    @AfterEach
    void reset() {
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    static Path build(Path at, Optional<String> baseUrl) {
        Path out = at.resolve("site");
        CourseConfig config = new CourseConfig(Optional.empty(), baseUrl, Optional.empty(), Optional.empty(),
                List.of(), Optional.empty(), Optional.empty());
        BuildResult result = new SiteBuilder().build(new BuildSettings(at, Path.of("../questions").toAbsolutePath(), out,
                Optional.empty(), Optional.empty(), Optional.of(Path.of("../site-src/data").toAbsolutePath()),
                Optional.empty(), config, true));
        assertThat(result.report().problems()).isEmpty();
        return out;
    }

    private String css(String selector, String property) {
        return (String) browser.executeScript("return getComputedStyle(document.querySelector(arguments[0]))"
                + ".getPropertyValue(arguments[1])", selector, property);
    }

    @Test
    void printFromADarkSchemeBrowserUsesTheLightPaletteAndKeepsHollowBarsHollow() {
        browser.get(server.base() + SEED);
        Browser.colorScheme(browser, "dark");
        assertThat(css("body", "background-color")).as("dark on screen").isEqualTo("rgb(20, 23, 27)");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print",
                "features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        assertThat(css("body", "background-color")).isEqualTo("rgb(255, 255, 255)");
        assertThat(css(".chart-axis-title", "fill")).as("chart text in the light palette's ink").isEqualTo("rgb(27, 31, 36)");
        assertThat(css(".chart-ticks text", "fill")).isEqualTo("rgb(74, 83, 96)");
        assertThat(css(".s1 .chart-bar", "fill")).as("hollow bars print hollow").isEqualTo("rgb(255, 255, 255)");
        assertThat(css(".s1 .chart-bar", "stroke")).isEqualTo("rgb(166, 61, 0)");
        assertThat(css("fieldset", "break-inside")).isEqualTo("avoid");
        assertThat(css(".options", "break-inside")).isEqualTo("avoid");
        assertThat(css("details.chart-data:not([open])", "display")).as("closed details do not print").isEqualTo("none");
    }

    @Test
    void onA360PixelPhoneTablesScrollSidewaysAndChartTextStaysReadable() throws IOException {
        browser.manage().window().setSize(new Dimension(360, 800));
        browser.get(server.base() + SEED);
        browser.executeScript("document.querySelectorAll('details').forEach(d => d.open = true)");
        long viewport = (Long) browser.executeScript("return document.documentElement.clientWidth");
        assertThat((Long) browser.executeScript("return document.documentElement.scrollWidth"))
                .as("the page itself does not scroll sideways").isLessThanOrEqualTo(viewport);

        // Every cell of every data table on one line, the table scrolling inside its focusable region.
        @SuppressWarnings("unchecked")
        List<String> wrapped = (List<String>) browser.executeScript("""
                const out = [];
                document.querySelectorAll('.chart-table th, .chart-table td').forEach(cell => {
                  const range = document.createRange(); range.selectNodeContents(cell);
                  const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
                  if (lines.size > 1) out.push(cell.textContent);
                });
                return out;""");
        assertThat(wrapped).as("cells broken over lines").isEmpty();
        List<WebElement> regions = browser.findElements(By.cssSelector(".chart-table-scroll"));
        assertThat(regions).hasSize(2).allSatisfy(region -> {
            assertThat(region.getAttribute("tabindex")).isEqualTo("0");
            assertThat(region.getAttribute("role")).isEqualTo("region");
            assertThat(region.getAttribute("aria-label")).isNotBlank();
        });
        WebElement wide = regions.get(1); // six columns: wider than the phone
        assertThat((Long) browser.executeScript("return arguments[0].scrollWidth - arguments[0].clientWidth", wide))
                .as("the table scrolls").isPositive();
        assertThat(browser.findElement(By.cssSelector(".chart-table th")).getText()).isEqualTo("Minibatch size");

        // Chart text: its font size times the SVG's scale, as drawn on the screen.
        @SuppressWarnings("unchecked")
        List<Number> sizes = (List<Number>) browser.executeScript("""
                return [...document.querySelectorAll('.chart-svg text')].map(t => {
                  const svg = t.ownerSVGElement;
                  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                  return parseFloat(getComputedStyle(t).fontSize) * scale;
                });""");
        assertThat(sizes).isNotEmpty().allSatisfy(px -> assertThat(px.doubleValue()).isGreaterThanOrEqualTo(11));
        WebElement chart = browser.findElement(By.cssSelector(".chart-scroll"));
        assertThat(chart.getAttribute("tabindex")).isEqualTo("0");

        Path shots = Files.createDirectories(Path.of("target/screenshots"));
        browser.executeScript("arguments[0].scrollIntoView()", chart);
        Files.write(shots.resolve("phone-360-chart.png"), chart.getScreenshotAs(OutputType.BYTES));
        browser.executeScript("arguments[0].scrollIntoView()", wide);
        Files.write(shots.resolve("phone-360-table.png"), wide.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void theNotFoundPageAtAMissingNestedAddressHasItsStylesAndAWorkingLink() throws Exception {
        HttpResponse<String> missing = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.base() + "no/such/page/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("href=\"/assets/quiz.css\"");
        browser.get(server.base() + "no/such/page/");
        assertThat(css(".site-header", "border-bottom-style")).as("quiz.css applies").isEqualTo("solid");
        browser.findElement(By.cssSelector("main a")).click();
        assertThat(browser.getCurrentUrl()).isEqualTo(server.base() + "index.html");
        assertThat(browser.findElements(By.cssSelector(".question-list li"))).hasSize(3);
    }

    @Test
    void withoutABaseUrlTheBuildSaysWhatToSetForA404AtNestedAddresses() {
        Path out = root.resolve("no-base");
        BuildResult result = new SiteBuilder().build(new BuildSettings(out, Path.of("../questions").toAbsolutePath(),
                out.resolve("site"), Optional.empty(), Optional.empty(), Optional.of(Path.of("../site-src/data").toAbsolutePath()),
                Optional.empty(), CourseConfig.EMPTY, true));
        assertThat(result.report().problems()).isEmpty();
        assertThat(result.notices()).singleElement().asString().contains("404.html", "set `baseUrl`");
    }
}
