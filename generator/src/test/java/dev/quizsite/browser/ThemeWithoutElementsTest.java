package dev.quizsite.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.config.CourseConfig;
import dev.quizsite.report.Problem;
import dev.quizsite.site.BuildResult;
import dev.quizsite.site.BuildSettings;
import dev.quizsite.site.SiteBuilder;
import dev.quizsite.testing.Browser;
import dev.quizsite.testing.StaticServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A theme that leaves out what the default templates have (an author copied them with
 * `eject-theme` and deleted what they did not want): the result line, "Try again", "Next", the
 * attempts, "Show the answer", the verdicts, the messages script, and on the index the progress
 * box, the search and the states. The script still grades and saves, and no page throws.
 */
class ThemeWithoutElementsTest {

    static final Path THEME = Path.of("src/main/resources/dev/quizsite/theme/templates");
    /** Collects what the pages throw; run before any of their scripts (CDP, so the CSP does not apply). */
    static final String ERRORS = "window.__errors = []; window.addEventListener('error', function (e) {"
            + " window.__errors.push(String(e.message)); });";

    @TempDir
    static Path root;
    @AutoClose
    static StaticServer server;
    @AutoClose("quit")
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        Path templates = root.resolve("templates");
        Files.createDirectories(templates.resolve("partials"));
        write(templates, "partials/question-card.peb", strip("partials/question-card.peb",
                "<p class=\"result\"[^\\n]*\\n", "<p class=\"after-check[^\\n]*\\n", "<button type=\"button\" class=\"retry\"[^\\n]*\\n",
                "<p class=\"attempts[^\\n]*\\n", "(?s)<details class=\"solution\">.*</details>\\n"));
        write(templates, "partials/answer-choice.peb", strip("partials/answer-choice.peb", "<span class=\"verdict\"[^\\n]*\\n"));
        write(templates, "layout.peb", strip("layout.peb", "<script src=\"[^\"]*assets/messages.js\"[^\\n]*\\n"));
        write(templates, "index.peb", strip("index.peb", "(?s)<section class=\"progress\".*?</section>\\n",
                "(?s)<div class=\"search\".*?</div>\\n", " <span class=\"state\"></span>"));
        Path site = root.resolve("site");
        BuildResult result = new SiteBuilder().build(new BuildSettings(root, FixtureSite.COURSE.toAbsolutePath(), site,
                Optional.of(templates), Optional.empty(), Optional.empty(), Optional.empty(), CourseConfig.EMPTY, true));
        assertThat(result.report().problems()).filteredOn(Problem::isError).isEmpty();
        server = new StaticServer(site);
        browser = Browser.start(root.resolve("profile"));
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ERRORS));
    }

    /** The default theme's template with each pattern removed; each must be there, or the test would prove nothing. */
    private static String strip(String name, String... patterns) throws IOException {
        String text = Files.readString(THEME.resolve(name), StandardCharsets.UTF_8);
        for (String pattern : patterns) {
            String without = Pattern.compile(pattern).matcher(text).replaceAll("");
            assertThat(without).as(name + " has " + pattern).isNotEqualTo(text);
            text = without;
        }
        return text;
    }

    private static void write(Path templates, String name, String text) throws IOException {
        Files.writeString(templates.resolve(name), text, StandardCharsets.UTF_8);
    }

    @BeforeEach
    void freshStore() {
        browser.get(server.base() + "index.html");
        browser.executeScript("localStorage.clear(); sessionStorage.clear();");
    }

    @SuppressWarnings("unchecked")
    private static List<String> errors() {
        return (List<String>) browser.executeScript("return window.__errors;");
    }

    @Test
    void aQuestionIsGradedAndSavedWithoutTheElementsTheThemeLeftOut() {
        browser.get(server.base() + FixtureSite.SEED + "/index.html");
        assertThat(browser.findElements(By.cssSelector(".result, .retry, details.solution, .verdict"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("button.check")).isDisplayed()).as("Check is shown").isTrue();
        browser.findElement(By.cssSelector("label[for=option-2]")).click();
        browser.findElement(By.cssSelector("button.check")).click();
        assertThat(errors()).isEmpty();
        assertThat(browser.findElement(By.cssSelector("li.option[data-option='2']")).getAttribute("class")).contains("is-right");
        assertThat(browser.findElement(By.cssSelector("li.option[data-option='4']")).getAttribute("class")).contains("is-missed");
        assertThat(browser.findElement(By.id("option-1")).isEnabled()).as("the answer is kept").isFalse();
        String saved = (String) browser.executeScript("for (var i = 0; i < localStorage.length; i++) {"
                + " var k = localStorage.key(i); if (k.indexOf('" + FixtureSite.SEED + "') >= 0) { return localStorage.getItem(k); } }"
                + " return null;");
        assertThat(saved).contains("\"attempts\":1").contains("\"state\":\"partial\"");

        browser.navigate().refresh();
        assertThat(errors()).as("the saved answer shown again").isEmpty();
        assertThat(browser.findElement(By.cssSelector("li.option[data-option='2']")).getAttribute("class")).contains("is-right");
    }

    @Test
    void theIndexResultsAndReviewPagesThrowNothing() {
        browser.get(server.base() + FixtureSite.SEED + "/index.html");
        browser.findElement(By.cssSelector("label[for=option-1]")).click();
        browser.findElement(By.cssSelector("button.check")).click();
        for (String page : List.of("index.html", "results/index.html", "review/index.html", "handout/index.html")) {
            browser.get(server.base() + page);
            assertThat(errors()).as(page).isEmpty();
        }
        browser.get(server.base() + "index.html");
        assertThat(browser.findElements(By.cssSelector(".question-list li"))).hasSize(3);
        browser.get(server.base() + "results/index.html");
        assertThat(browser.findElement(By.cssSelector("body")).getText()).as("the results page (a default template) fills in; without messages.js, keys stand in for words")
                .contains("state-wrong");
    }
}
