package dev.quizsite.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.quizsite.testing.Browser;
import dev.quizsite.testing.StaticServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every page of a course with charts (the repository's own questions and data) passes axe-core's
 * WCAG 2.0/2.1 A and AA rules in light and dark mode, and the Nu Html Checker with no error; the
 * seed page stays within its weight budget.
 */
class PageQualityTest {

    @TempDir
    static Path root;

    static Path site;
    @AutoClose
    static StaticServer server;
    @AutoClose("quit") // closes the browser after all tests, if it started
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        site = FixtureSite.build(root, Path.of("../questions"), Path.of("../site-src/data"));
        server = new StaticServer(site);
        browser = Browser.start(root.resolve("profile"));
    }

    @Test
    void axeFindsNoViolationsOnAnyPageInLightOrDarkMode() throws IOException {
        List<String> violations = new ArrayList<>();
        List<String> pages = FixtureSite.pages(site);
        assertThat(pages).contains("index.html", "404.html", FixtureSite.SEED + "/index.html");
        for (String scheme : List.of("light", "dark")) {
            Browser.colorScheme(browser, scheme);
            for (String page : pages) {
                browser.get(server.base() + page);
                Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                        .analyze(browser);
                for (Rule rule : results.getViolations()) {
                    violations.add(scheme + " " + page + ": " + rule.getId() + " (" + rule.getNodes().size()
                            + " elements) " + rule.getHelp());
                }
                assertThat(results.getPasses()).as("axe ran on " + page).isNotEmpty();
            }
        }
        Browser.colorScheme(browser, "light");
        assertThat(violations).isEmpty();
    }

    @Test
    void theNuHtmlCheckerFindsNoErrorOnAnyPage() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.TEXT);
        List<String> errors = new ArrayList<>();
        for (String page : FixtureSite.pages(site)) {
            String output = validator.validate(site.resolve(page));
            output.lines().filter(line -> line.startsWith("Error") || line.contains("error:"))
                    .forEach(line -> errors.add(page + ": " + line));
        }
        assertThat(errors).isEmpty();
    }

    /** Every file the seed page loads, as a reader's browser fetches them (its stylesheet and both scripts). */
    @Test
    void theSeedPageWithoutChartsWeighsAtMostThirtyKilobytes() throws IOException {
        Path plain = FixtureSite.build(root.resolve("plain"));
        Path page = plain.resolve(FixtureSite.SEED + "/index.html");
        List<String> loaded = new ArrayList<>();
        Document html = Jsoup.parse(page.toFile(), "UTF-8");
        html.select("link[rel=stylesheet]").forEach(link -> loaded.add(link.attr("href")));
        html.select("script[src]").forEach(script -> loaded.add(script.attr("src")));
        assertThat(loaded).containsExactly("../assets/quiz.css", "../assets/messages.js", "../assets/quiz.js");
        long raw = Files.size(page);
        long gzip = gzip(page);
        StringBuilder weights = new StringBuilder("seed page: HTML " + raw + " B");
        for (String href : loaded) {
            Path file = page.getParent().resolve(href).normalize();
            raw += Files.size(file);
            gzip += gzip(file);
            weights.append(", ").append(file.getFileName()).append(' ').append(Files.size(file)).append(" B");
        }
        weights.append("; total ").append(raw).append(" B, gzip-compressed as hosts send them ").append(gzip).append(" B");
        System.out.println(weights);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/page-weight.txt"), weights + "\n", StandardCharsets.UTF_8);
        assertThat(raw).as(weights.toString()).isLessThanOrEqualTo(30 * 1024);
    }

    private static long gzip(Path file) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream zip = new java.util.zip.GZIPOutputStream(out)) {
            zip.write(Files.readAllBytes(file));
        }
        return out.size();
    }
}
