package dev.quizsite.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.testing.Browser;
import dev.quizsite.testing.StaticServer;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** With JavaScript switched off, a reader still sees the options and can reveal the answer. */
class NoJavaScriptTest {

    @TempDir
    static Path root;

    @AutoClose
    static StaticServer server;
    @AutoClose("quit") // closes the browser after all tests, if it started
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        server = new StaticServer(FixtureSite.build(root));
        browser = Browser.start(root.resolve("profile"), false);
    }

    @Test
    void theOptionsShowAndTheAnswerCanBeRevealed() {
        browser.get(server.base() + FixtureSite.SEED + "/index.html");
        assertThat(browser.findElements(By.cssSelector(".option input[type=checkbox]"))).hasSize(4);
        assertThat(browser.findElement(By.cssSelector(".actions")).isDisplayed()).as("Check needs JavaScript").isFalse();
        assertThat(browser.findElement(By.cssSelector(".answer")).isDisplayed()).isFalse();

        browser.findElement(By.cssSelector("details.solution > summary")).click();

        assertThat(browser.findElement(By.cssSelector(".right-options")).getText()).contains(
                "A smaller batch size reduces overfitting because it increases the noise in the training process.",
                "A smaller batch size can improve the generalization of the model.");
        assertThat(browser.findElement(By.cssSelector(".answer")).getText())
                .contains("b = 32 is a good default value.");
        assertThat(browser.findElement(By.cssSelector(".references")).isDisplayed()).isTrue();
    }

    @Test
    void theIndexListsEveryQuestionWithoutTheFilterOrProgress() {
        browser.get(server.base() + "index.html");
        assertThat(browser.findElements(By.cssSelector(".question-list li a"))).hasSize(3);
        assertThat(browser.findElement(By.cssSelector(".tag-filter")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector(".progress")).isDisplayed()).isFalse();
    }
}
