package dev.quizsite.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.testing.Browser;
import dev.quizsite.testing.StaticServer;
import dev.quizsite.types.AllTypesCourse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** With JavaScript off, every kind of question shows its form, and its answer under "Show the answer". */
class AllTypesNoJavaScriptTest {

    @TempDir
    static Path root;

    @AutoClose
    static StaticServer server;
    @AutoClose("quit")
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        server = new StaticServer(AllTypesCourse.build(root));
        browser = Browser.start(root.resolve("profile"), false);
    }

    /** Each kind's field, and a line of its answer. */
    private static final Map<String, String[]> KINDS = Map.of(
            "010-single", new String[] {"input[type=radio]", "PUT"},
            "020-multiple", new String[] {"input[type=checkbox]", "404 Not Found"},
            "030-short", new String[] {"input#answer-text", "If-None-Match"},
            "040-numeric", new String[] {"input#answer-number", "20 bytes"},
            "050-ordering", new String[] {".item select", "SYN-ACK from the server"},
            "060-matching", new String[] {".pair select", "HTTPS → 443"});

    @Test
    void theFormIsVisibleAndTheAnswerReadable() {
        for (Map.Entry<String, String[]> kind : KINDS.entrySet()) {
            browser.get(server.base() + kind.getKey() + "/index.html");
            WebElement field = browser.findElement(By.cssSelector(kind.getValue()[0]));
            assertThat(field.isDisplayed()).as(kind.getKey() + ": the form is there").isTrue();
            assertThat(browser.findElement(By.cssSelector(".actions")).isDisplayed())
                    .as(kind.getKey() + ": no Check button that could not work").isFalse();
            WebElement solution = browser.findElement(By.cssSelector("details.solution"));
            assertThat(solution.getText()).as(kind.getKey() + ": closed until asked").isEqualTo("Show the answer");
            solution.findElement(By.tagName("summary")).click();
            assertThat(solution.getText()).as(kind.getKey() + ": the answer under Show the answer").contains(kind.getValue()[1]);
        }
    }

    @Test
    void everyHintOpensAndTheResultsPageSaysWhyItIsEmpty() {
        browser.get(server.base() + "010-single/index.html");
        for (WebElement hint : browser.findElements(By.cssSelector("details.hint-item"))) {
            assertThat(hint.isDisplayed()).isTrue();
            hint.findElement(By.tagName("summary")).click();
            assertThat(hint.getAttribute("open")).isNotNull();
        }
        browser.get(server.base() + "results/index.html");
        assertThat(browser.findElement(By.cssSelector(".no-script")).getText())
                .isEqualTo("Your results are kept by this page’s script in your browser; with JavaScript off there is nothing to show.");
        assertThat(browser.findElement(By.cssSelector(".retry-wrong")).isDisplayed()).isFalse();
    }
}
