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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review queue (Leitner boxes) and progress files, in Chromium, with the reader's calendar set
 * by the test: the page's clock is replaced before any script runs, so days pass without waiting.
 */
class ReviewAndProgressFileTest {

    private static final String SINGLE = "single"; // "Pick one": option 1 is wrong, option 2 right

    @TempDir
    static Path root;
    static Path site;
    static Path downloads;

    @AutoClose
    static StaticServer server;
    @AutoClose("quit")
    static ChromeDriver browser;
    private static String clock;

    @BeforeAll
    static void start() throws IOException {
        site = FixtureSite.build(root);
        server = new StaticServer(site);
        browser = Browser.start(root.resolve("profile"));
        downloads = Files.createDirectories(root.resolve("downloads"));
        browser.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
    }

    @BeforeEach
    void freshProgress() {
        onDay("2026-12-02");
        browser.get(server.base() + "index.html");
        browser.executeScript("localStorage.clear(); sessionStorage.clear()");
        Browser.colorScheme(browser, "light");
    }

    /** From the next page loaded on, the reader's clock says this day, 10:00 local time. */
    private static void onDay(String day) {
        if (clock != null) {
            browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", clock));
        }
        String script = "(() => { const D = Date, at = new D('" + day + "T10:00:00').getTime(), t0 = D.now();"
                + " class Fixed extends D { constructor(...a) { if (a.length) { super(...a); } else { super(at + D.now() - t0); } }"
                + " static now() { return at + D.now() - t0; } }"
                + " window.Date = Fixed; })();";
        clock = (String) browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script))
                .get("identifier");
    }

    private void open(String path) {
        browser.get(server.base() + path);
    }

    private WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    private void answer(String id, int option) {
        open(id + "/index.html");
        if (find("button.retry").isDisplayed()) { // the last answer is shown: answer again
            find("button.retry").click();
        }
        find(".option[data-option='" + option + "'] label").click();
        find("button.check").click();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> review(String id) {
        Object state = browser.executeScript("var s = JSON.parse(localStorage.getItem('quizsite:' + document.body"
                + ".getAttribute('data-course') + ':' + arguments[0])); return s && s.review;", id);
        return (Map<String, Object>) state;
    }

    @Test
    void aWrongAnswerComesBackTomorrowAndMovesUpABoxEachTimeItIsRightWhenDue() {
        answer(SINGLE, 1);
        assertThat(review(SINGLE)).containsEntry("box", 1L).containsEntry("due", "2026-12-03");

        // The same day, answered right: practice, not review; it stays due tomorrow.
        find("button.retry").click();
        find(".option[data-option='2'] label").click();
        find("button.check").click();
        assertThat(review(SINGLE)).containsEntry("box", 1L).containsEntry("due", "2026-12-03");
        open("review/index.html");
        assertThat(find(".review-status").getText()).isEqualTo("Nothing is due today; the next review is on December 3, 2026.");
        assertThat(find(".start-review").isDisplayed()).isFalse();

        onDay("2026-12-03");
        open("index.html");
        assertThat(find(".review-due").getText()).isEqualTo("1 question is due today.");
        open("review/index.html");
        assertThat(find(".review-status").getText()).isEqualTo("1 question is due today.");
        WebElement row = find("tr[data-question='" + SINGLE + "']");
        assertThat(row.findElement(By.cssSelector(".box")).getText()).isEqualTo("1 of 4");
        assertThat(row.findElement(By.cssSelector(".due")).getText()).isEqualTo("today");
        assertThat(browser.findElements(By.cssSelector("tr[data-question]")).stream().filter(WebElement::isDisplayed))
                .as("only the question in the queue is listed").hasSize(1);

        // The walk: the due question starts afresh, and "Next" leads back to the review.
        find(".start-review").click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().contains("/" + SINGLE + "/"));
        assertThat(find("button.check").isDisplayed()).isTrue();
        find(".option[data-option='2'] label").click();
        find("button.check").click();
        assertThat(review(SINGLE)).containsEntry("box", 2L).containsEntry("due", "2026-12-06");
        WebElement next = find("a.next-question");
        assertThat(next.getText()).isEqualTo("Back to the review");
        next.click();
        assertThat(find(".review-status").getText()).isEqualTo("Nothing is due today; the next review is on December 6, 2026.");

        // Right on each due day: 3, then 7, then 14 days; then it leaves the queue.
        onDay("2026-12-06");
        answer(SINGLE, 2);
        assertThat(review(SINGLE)).containsEntry("box", 3L).containsEntry("due", "2026-12-13");
        onDay("2026-12-13");
        answer(SINGLE, 2);
        assertThat(review(SINGLE)).containsEntry("box", 4L).containsEntry("due", "2026-12-27");
        onDay("2026-12-27");
        answer(SINGLE, 2);
        assertThat(review(SINGLE)).isNull();
        open("review/index.html");
        assertThat(find(".review-status").getText()).isEqualTo("Your review queue is empty: a question you answer wrong comes here.");
    }

    @Test
    void aWrongAnswerInALaterBoxStartsAgainAndTheAnswerSeenFirstCountsAsNotKnown() {
        answer(SINGLE, 1);
        onDay("2026-12-03");
        answer(SINGLE, 2);
        assertThat(review(SINGLE)).containsEntry("box", 2L);
        onDay("2026-12-06");
        answer(SINGLE, 1);
        assertThat(review(SINGLE)).containsEntry("box", 1L).containsEntry("due", "2026-12-07");

        open(FixtureSite.SEED + "/index.html");
        find("details.solution > summary").click();
        find(".option[data-option='2'] label").click();
        find(".option[data-option='4'] label").click();
        find("button.check").click();
        assertThat(review(FixtureSite.SEED)).as("right, but only after the answer was shown").containsEntry("box", 1L);
    }

    @Test
    void progressGoesToAFileAndComesBackInAnotherBrowserAndABadFileChangesNothing() throws Exception {
        answer(SINGLE, 1);
        open("index.html");
        find(".export-progress").click();
        Path file = waitForDownload();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(file.getFileName().toString()).endsWith("-progress-2026-12-02.json");
        assertThat(text).contains("\"format\": \"quizsite-progress\"", "\"version\": 1", "\"" + SINGLE + "\"");
        assertThat(find(".progress-file-status").getText()).isEqualTo("Exported the progress of 1 question.");

        // Another browser: here, the same one with its storage cleared.
        browser.executeScript("localStorage.clear()");
        browser.navigate().refresh();
        String before = storageDump();
        importFile(root.resolve("not.json"), "{ not json");
        assertThat(find(".progress-file-status").getText())
                .isEqualTo("Not imported: this file is not a progress file of Quizsite. Nothing was changed.");
        importFile(root.resolve("newer.json"), text.replace("\"version\": 1", "\"version\": 9"));
        assertThat(find(".progress-file-status").getText())
                .isEqualTo("Not imported: a newer version of Quizsite made this file. Nothing was changed.");
        importFile(root.resolve("foreign.json"), text.replaceFirst("\"course\": \"[^\"]*\"", "\"course\": \"another\""));
        assertThat(find(".progress-file-status").getText())
                .isEqualTo("Not imported: this file holds the progress of another course (another). Nothing was changed.");
        importFile(root.resolve("damaged.json"), text.replace("\"attempts\": 1", "\"attempts\": -1"));
        assertThat(find(".progress-file-status").getText())
                .isEqualTo("Not imported: this progress file is damaged. Nothing was changed.");
        assertThat(storageDump()).as("a refused file changes nothing").isEqualTo(before);

        importFile(file, text);
        assertThat(find(".progress-file-status").getText()).isEqualTo("Imported the progress of 1 question.");
        assertThat(find("li[data-question='" + SINGLE + "'] .state").getText()).isEqualTo("✗ wrong");
        assertThat(review(SINGLE)).containsEntry("box", 1L).containsEntry("due", "2026-12-03");
    }

    @Test
    void theReviewPageAndTheIndexWithItsProgressFileButtonsHaveNoAxeViolationsInLightAndDark() throws IOException {
        answer(SINGLE, 1);
        onDay("2026-12-03");
        List<String> violations = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            Browser.colorScheme(browser, scheme);
            for (String page : List.of("review/index.html", "index.html", "offline/index.html")) {
                open(page);
                Results results = new AxeBuilder().analyze(browser);
                for (Rule rule : results.getViolations()) {
                    violations.add(scheme + " " + page + ": " + rule.getId() + " " + rule.getNodes());
                }
            }
        }
        open("review/index.html");
        Path shots = Files.createDirectories(Path.of("target/screenshots"));
        Files.write(shots.resolve("review-page.png"), browser.getScreenshotAs(OutputType.BYTES));
        assertThat(violations).isEmpty();
    }

    private String storageDump() {
        return (String) browser.executeScript("return JSON.stringify(Object.keys(localStorage).sort()"
                + ".filter(k => k !== 'quizsite:reader').map(k => [k, localStorage.getItem(k)]))");
    }

    private void importFile(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        browser.executeScript("document.querySelector('.progress-file-status').textContent = ''");
        WebElement input = find("input.import-file");
        browser.executeScript("arguments[0].hidden = false", input); // as the button's file chooser would
        input.sendKeys(file.toAbsolutePath().toString());
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> !find(".progress-file-status").getText().isEmpty());
    }

    private Path waitForDownload() {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.toString().endsWith(".json")).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }
}
