package dev.quizsite.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.testing.Browser;
import dev.quizsite.testing.StaticServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A reader takes the quiz in a real (headless) Chromium, against the built site on 127.0.0.1. */
class ReaderTest {

    @TempDir
    static Path root;

    @AutoClose
    static StaticServer server;
    @AutoClose("quit") // closes the browser after all tests, if it started
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        server = new StaticServer(FixtureSite.build(root));
        browser = Browser.start(root.resolve("profile"));
    }

    @BeforeEach
    void freshProgress() {
        browser.get(server.base() + "index.html");
        browser.executeScript("localStorage.clear()");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }

    private void open(String id) {
        browser.get(server.base() + id + "/index.html");
    }

    private WebElement option(int n) {
        return browser.findElement(By.cssSelector(".option[data-option='" + n + "']"));
    }

    private String result() {
        return browser.findElement(By.cssSelector(".result")).getText();
    }

    private void check(int... options) {
        for (int n : options) {
            option(n).findElement(By.tagName("label")).click();
        }
        browser.findElement(By.cssSelector("button.check")).click();
    }

    @Test
    void theRightAnswerIsCorrectAndTheExplanationAppears() {
        open(FixtureSite.SEED);
        WebElement solution = browser.findElement(By.cssSelector("details.solution"));
        assertThat(solution.getAttribute("open")).isNull();
        assertThat(browser.findElement(By.cssSelector(".answer")).isDisplayed()).isFalse();

        check(2, 4);

        assertThat(result()).isEqualTo("✓ Correct!");
        assertThat(solution.getAttribute("open")).isNotNull();
        assertThat(browser.findElement(By.cssSelector(".answer")).getText())
                .contains("Smaller batch sizes are noisy, offering a regularizing effect and lower generalization error.");
        assertThat(browser.findElement(By.cssSelector(".references")).getText())
                .contains("Practical recommendations for gradient-based training of deep architectures");
        assertThat(browser.switchTo().activeElement().getAttribute("class")).contains("result");
        assertThat(option(2).findElement(By.cssSelector(".verdict")).getText()).isEqualTo("✓ Right");
        assertThat(option(1).findElement(By.cssSelector(".verdict")).isDisplayed()).isFalse();
    }

    @Test
    void aWrongAnswerMarksWrongAndMissedOptionsInWords() {
        open(FixtureSite.SEED);
        check(1, 2);
        assertThat(result()).isEqualTo("◐ Partly correct: 1 of 2 right options chosen, 1 wrong.");
        assertThat(option(1).findElement(By.cssSelector(".verdict")).getText()).isEqualTo("✗ Wrong");
        assertThat(option(2).findElement(By.cssSelector(".verdict")).getText()).isEqualTo("✓ Right");
        assertThat(option(4).findElement(By.cssSelector(".verdict")).getText()).isEqualTo("! Missed: this option is right");
        assertThat(option(3).findElement(By.cssSelector(".verdict")).isDisplayed()).isFalse();

        browser.findElement(By.cssSelector("button.retry")).click();
        assertThat(result()).isEmpty();
        assertThat(option(1).findElement(By.tagName("input")).isSelected()).isFalse();
        check(3);
        assertThat(result()).isEqualTo("✗ Wrong: 1 wrong option chosen.");
    }

    @Test
    void progressSurvivesAReloadShowsOnTheIndexAndCanBeReset() {
        open(FixtureSite.SEED);
        check(2, 4);
        browser.navigate().refresh();
        assertThat(result()).isEqualTo("✓ Correct!");
        assertThat(option(2).findElement(By.tagName("input")).isSelected()).isTrue();

        open("single");
        check(1);
        browser.get(server.base() + "index.html");
        assertThat(browser.findElement(By.cssSelector(".score")).getText()).isEqualTo("1 of 3 right at the first try, 0 partly right (2 tried).");
        assertThat(browser.findElement(By.cssSelector("li[data-question='" + FixtureSite.SEED + "'] .state")).getText())
                .isEqualTo("✓ correct");
        assertThat(browser.findElement(By.cssSelector("li[data-question='single'] .state")).getText()).isEqualTo("✗ wrong");
        assertThat(browser.findElement(By.cssSelector("li[data-question='feedback'] .state")).getText()).isEqualTo("○ not tried");

        browser.findElement(By.cssSelector("button.reset-progress")).click();
        browser.findElement(By.cssSelector("button.reset-yes")).click();
        assertThat(browser.findElement(By.cssSelector(".score")).getText()).isEqualTo("0 of 3 right at the first try, 0 partly right (0 tried).");
        open(FixtureSite.SEED);
        assertThat(result()).isEmpty();
    }

    @Test
    void aSavedAnswerForOtherOptionsIsDropped() {
        open(FixtureSite.SEED);
        browser.executeScript("localStorage.setItem(arguments[0], JSON.stringify({key: 'stale', chosen: [1], state: 'wrong'}))",
                "quizsite:Quiz:" + FixtureSite.SEED);
        browser.navigate().refresh();
        assertThat(result()).isEmpty();
        assertThat(browser.executeScript("return localStorage.getItem(arguments[0])", "quizsite:Quiz:" + FixtureSite.SEED)).isNull();
    }

    @Test
    void theWholeFlowWorksFromTheKeyboard() {
        open(FixtureSite.SEED);
        Actions keys = new Actions(browser);
        // Tab from the top of the page to the first option, then through the options.
        browser.findElement(By.tagName("body")).click();
        WebElement first = option(1).findElement(By.tagName("input"));
        for (int i = 0; i < 20 && !first.equals(browser.switchTo().activeElement()); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.switchTo().activeElement()).isEqualTo(first);
        keys.sendKeys(Keys.TAB).sendKeys(Keys.SPACE).sendKeys(Keys.TAB).sendKeys(Keys.TAB).sendKeys(Keys.SPACE).perform();
        assertThat(option(2).findElement(By.tagName("input")).isSelected()).isTrue();
        assertThat(option(4).findElement(By.tagName("input")).isSelected()).isTrue();
        keys.sendKeys(Keys.TAB).sendKeys(Keys.ENTER).perform();
        assertThat(result()).isEqualTo("✓ Correct!");
        assertThat(browser.switchTo().activeElement().getAttribute("class")).contains("result");
        String outline = (String) browser.executeScript(
                "var b = document.querySelector('button.retry'); b.focus(); return getComputedStyle(b).outlineStyle;");
        assertThat(outline).as("focus is visible").isNotEqualTo("none");
    }

    @Test
    void singleChoiceUsesRadioButtonsAndFeedbackShowsAfterChecking() {
        open("single");
        assertThat(browser.findElements(By.cssSelector("input[type=radio]"))).hasSize(3);
        assertThat(browser.findElement(By.cssSelector(".hint")).getText()).isEqualTo("Select one answer.");
        open("feedback");
        assertThat(browser.findElement(By.cssSelector(".hint")).getText()).isEqualTo("Select all that apply.");
        assertThat(option(2).findElement(By.cssSelector(".feedback")).isDisplayed()).isFalse();
        check(1, 3);
        assertThat(option(2).findElement(By.cssSelector(".feedback")).getText()).isEqualTo("Seven is a number, not a colour.");
        assertThat(option(1).findElements(By.cssSelector(".feedback"))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<String> optionOrder() {
        return (List<String>) browser.executeScript(
                "return Array.from(document.querySelectorAll('.option')).map(li => li.getAttribute('data-option'))");
    }

    @Test
    void shuffledOptionsKeepTheirOrderForAReaderAndStillGradeRight() {
        open("feedback");
        List<String> first = optionOrder();
        assertThat(first).containsExactlyInAnyOrder("1", "2", "3");
        browser.navigate().refresh();
        assertThat(optionOrder()).isEqualTo(first);
        check(1, 3);
        assertThat(result()).isEqualTo("✓ Correct!");

        java.util.Set<List<String>> orders = new java.util.HashSet<>();
        for (int reader = 0; reader < 10; reader++) {
            browser.executeScript("localStorage.clear(); localStorage.setItem('quizsite:reader', arguments[0])", "r" + reader);
            browser.navigate().refresh();
            orders.add(optionOrder());
        }
        assertThat(orders).as("readers see different orders").hasSizeGreaterThan(1);
        open("single");
        assertThat(optionOrder()).as("a question without shuffle keeps the author's order").containsExactly("1", "2", "3");
    }

    @Test
    void theIndexFiltersByTag() {
        browser.findElement(By.cssSelector(".tag-filter button[data-tag='feedback']")).click();
        assertThat(browser.findElements(By.cssSelector(".question-list li")).stream().filter(WebElement::isDisplayed)
                .map(li -> li.getAttribute("data-question"))).containsExactly("feedback");
        browser.findElement(By.cssSelector(".tag-filter button[data-tag='']")).click();
        assertThat(browser.findElements(By.cssSelector(".question-list li")).stream().filter(WebElement::isDisplayed))
                .hasSize(3);
        assertThat(browser.findElement(By.cssSelector(".tag-filter button[data-tag='']")).getAttribute("aria-pressed"))
                .isEqualTo("true");
    }

    @Test
    void navigationLinksLeadBetweenQuestionsAndBack() {
        open(FixtureSite.SEED);
        browser.findElement(By.cssSelector("a[rel=next]")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/feedback/index.html");
        browser.findElement(By.cssSelector("a[rel=prev]")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/" + FixtureSite.SEED + "/index.html");
        browser.findElement(By.linkText("All questions")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Quiz");
    }

    @Test
    void at360PixelsNothingScrollsSideways() throws IOException {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
        for (String page : List.of("index.html", FixtureSite.SEED + "/index.html")) {
            browser.get(server.base() + page);
            long viewport = (Long) browser.executeScript("return document.documentElement.clientWidth");
            long content = (Long) browser.executeScript("return document.documentElement.scrollWidth");
            assertThat(content).as(page).isLessThanOrEqualTo(viewport);
        }
    }

    @Test
    void pagesLoadNothingFromOtherHosts() {
        List<String> all = new java.util.ArrayList<>();
        for (String page : List.of("index.html", FixtureSite.SEED + "/index.html", "single/index.html")) {
            browser.get(server.base() + page);
            // A page whose files came from the browser's memory cache or the service worker may list
            // none of them (regression: a flaky failure on the third page); all pages together list some.
            @SuppressWarnings("unchecked")
            List<String> loaded = (List<String>) ((JavascriptExecutor) browser).executeScript(
                    "return performance.getEntriesByType('resource').map(e => e.name)");
            assertThat(loaded).as(page).allMatch(url -> url.startsWith(server.base()));
            all.addAll(loaded);
            for (WebElement element : browser.findElements(By.cssSelector("[src], link[href]"))) {
                String url = element.getAttribute(element.getTagName().equals("link") ? "href" : "src");
                assertThat(url).as(page).startsWith(server.base());
            }
        }
        assertThat(all).isNotEmpty();
        assertThat(server.requests()).contains("/assets/quiz.css", "/assets/quiz.js");
    }

    @Test
    void screenshotsForReview() throws IOException {
        Path shots = Path.of("target/screenshots");
        Files.createDirectories(shots);
        for (String scheme : List.of("light", "dark")) {
            Browser.colorScheme(browser, scheme);
            for (int width : new int[] {1280, 360}) {
                browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
                for (String page : List.of("index", FixtureSite.SEED)) {
                    browser.get(server.base() + (page.equals("index") ? "index.html" : page + "/index.html"));
                    if (!page.equals("index")) {
                        check(1, 2);
                    }
                    Path shot = shots.resolve(page.replace(FixtureSite.SEED, "seed") + "-" + width + "-" + scheme + ".png");
                    Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
                    assertThat(Files.size(shot)).isGreaterThan(1000);
                    browser.executeScript("localStorage.clear()");
                }
            }
        }
        Browser.colorScheme(browser, "light");
        new WebDriverWait(browser, Duration.ofSeconds(1)).until(d -> true);
    }
}
