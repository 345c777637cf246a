package dev.quizsite.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.quizsite.testing.Browser;
import dev.quizsite.testing.StaticServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The index's search box on the course's own questions: results with the matched words marked,
 * the count announced, reachable by keyboard, axe-clean in light and dark; absent without
 * JavaScript; search code loaded on the index only. A screenshot of the results goes to
 * target/screenshots/search-results.png.
 */
class SearchBrowserTest {

    @TempDir
    static Path root;
    static Path site;
    @AutoClose
    static StaticServer server;
    @AutoClose("quit")
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        site = FixtureSite.build(root, Path.of("../questions"), Path.of("../site-src/data"));
        server = new StaticServer(site);
        browser = Browser.start(root.resolve("profile"));
    }

    private WebElement search(String query) {
        browser.get(server.base() + "index.html");
        WebElement input = browser.findElement(By.id("search-input"));
        input.click();
        input.sendKeys(query);
        WebElement status = browser.findElement(By.cssSelector(".search-status"));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> !status.getText().isEmpty());
        return status;
    }

    @Test
    void aSearchListsTheMatchingQuestionsWithTheWordsMarkedAndAnnouncesTheCount() throws IOException {
        WebElement status = search("smaller overfit");
        assertThat(status.getAttribute("role")).isEqualTo("status");
        assertThat(status.getAttribute("aria-live")).isEqualTo("polite");
        assertThat(status.getText()).isEqualTo("Questions found: 1");
        List<WebElement> results = browser.findElements(By.cssSelector(".search-results li"));
        assertThat(results).hasSize(1);
        assertThat(results.get(0).findElement(By.tagName("a")).getAttribute("href"))
                .isEqualTo(server.base() + FixtureSite.SEED + "/index.html");
        assertThat(results.get(0).findElements(By.tagName("mark"))).extracting(WebElement::getText)
                .as("matched words outside the title, by prefix too").contains("smaller", "overfitting");
        assertThat(browser.findElement(By.cssSelector(".question-list")).isDisplayed()).isFalse();

        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/search-results.png"), browser.getScreenshotAs(OutputType.BYTES));

        // Enter goes to the first result; clearing the box brings the whole list back.
        browser.findElement(By.id("search-input")).sendKeys(Keys.ENTER);
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo(results.get(0).findElement(By.tagName("a")).getText());
        WebElement input = browser.findElement(By.id("search-input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        assertThat(browser.findElement(By.cssSelector(".question-list")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.cssSelector(".search-results li"))).isEmpty();
    }

    @Test
    void wordsInTheTitleAreMarkedThereAndATypoStillFinds() {
        search("smal bettr"); // a prefix, and a word one letter short
        List<WebElement> marks = browser.findElements(By.cssSelector(".search-results li a mark"));
        assertThat(marks).extracting(WebElement::getText).contains("small", "better");
        search("generalisation"); // British spelling: one letter off
        assertThat(browser.findElements(By.cssSelector(".search-results li"))).isNotEmpty();
    }

    @Test
    void noMatchSaysSo() {
        WebElement status = search("qwertyuiop");
        assertThat(status.getText()).isEqualTo("No question has all these words.");
        assertThat(browser.findElements(By.cssSelector(".search-results li"))).isEmpty();
    }

    @Test
    void theBoxIsReachableByTabAndTheResultsPassAxeInLightAndDark() {
        browser.get(server.base() + "index.html");
        WebElement body = browser.findElement(By.tagName("body"));
        boolean reached = false;
        for (int i = 0; i < 10 && !reached; i++) {
            body.sendKeys(Keys.TAB);
            reached = "search-input".equals(browser.switchTo().activeElement().getAttribute("id"));
        }
        assertThat(reached).as("Tab reaches the search box").isTrue();
        List<String> violations = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            search("batch");
            Browser.colorScheme(browser, scheme);
            Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
            for (Rule rule : results.getViolations()) {
                violations.add(scheme + ": " + rule.getId() + " " + rule.getHelp());
            }
        }
        Browser.colorScheme(browser, "light");
        assertThat(violations).isEmpty();
    }

    @Test
    void searchCodeIsLoadedOnTheIndexOnly() throws IOException {
        String question = Files.readString(site.resolve(FixtureSite.SEED + "/index.html"));
        assertThat(question).doesNotContain("search.js", "minisearch", "search.css");
        String index = Files.readString(site.resolve("index.html"));
        assertThat(index).contains("<script src=\"assets/minisearch.min.js\" defer></script>",
                "<script src=\"assets/search.js\" defer></script>", "data-index=\"search/index.js\"");
        assertThat(Files.readString(site.resolve("assets/minisearch.min.js"))).startsWith("/*! MiniSearch 7.2.0")
                .contains("Copyright 2022 Luca Ongaro");
    }

    @Test
    void withoutJavaScriptTheBoxIsAbsentAndTheFullListStays() throws IOException {
        ChromeDriver plain = Browser.start(root.resolve("profile-nojs"), false);
        try {
            plain.get(server.base() + "index.html");
            assertThat(plain.findElement(By.cssSelector(".search")).isDisplayed()).isFalse();
            assertThat(plain.findElements(By.cssSelector(".question-list li"))).hasSize(3).allMatch(WebElement::isDisplayed);
        } finally {
            plain.quit();
        }
    }
}
