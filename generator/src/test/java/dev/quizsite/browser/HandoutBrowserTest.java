package dev.quizsite.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.testing.Browser;
import dev.quizsite.testing.StaticServer;
import dev.quizsite.types.AllTypesCourse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * handout/index.html on the course's own questions, printed by Chromium (printToPDF) and read back
 * with PDFBox: every question with every option in order, then the answer key, on a page of its
 * own, with every right option. The PDF and a screenshot go to target/screenshots/. On the course
 * with one question of each kind, each kind prints what a reader answers on paper, and the key its answer.
 */
class HandoutBrowserTest {

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

    private static String words(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    @Test
    void theIndexLinksTheHandout() {
        browser.get(server.base() + "index.html");
        browser.findElement(By.cssSelector(".handout-link a")).click();
        assertThat(browser.getCurrentUrl()).isEqualTo(server.base() + "handout/index.html");
        assertThat(browser.findElements(By.cssSelector(".handout-question"))).hasSize(3);
        assertThat(browser.findElements(By.cssSelector(".handout-question .box"))).as("an empty box per option")
                .hasSize(browser.findElements(By.cssSelector(".handout-options li")).size());
        assertThat(browser.findElements(By.cssSelector(".handout-question input"))).isEmpty();
    }

    @Test
    void thePrintedPdfHasEveryQuestionAndOptionThenAKeyWithEveryRightOption() throws IOException {
        browser.get(server.base() + "handout/index.html");
        List<WebElement> questions = browser.findElements(By.cssSelector(".handout-question"));
        List<WebElement> answers = browser.findElements(By.cssSelector(".handout-answer"));
        assertThat(questions).hasSize(3);
        assertThat(answers).hasSize(3);
        List<String> titles = questions.stream().map(q -> words(q.findElement(By.tagName("h3")).getText())).toList();
        List<List<String>> options = questions.stream().map(q -> q.findElements(By.cssSelector(".handout-options li"))
                .stream().map(o -> words(o.getText())).toList()).toList();
        List<List<String>> right = answers.stream().map(a -> a.findElements(By.cssSelector(".handout-right li"))
                .stream().map(o -> words(o.getText())).toList()).toList();
        assertThat(right).allSatisfy(r -> assertThat(r).isNotEmpty());

        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/handout.png"), browser.getScreenshotAs(OutputType.BYTES));
        Map<String, Object> printed = browser.executeCdpCommand("Page.printToPDF",
                Map.of("printBackground", false, "paperWidth", 8.27, "paperHeight", 11.69));
        byte[] pdf = Base64.getDecoder().decode((String) printed.get("data"));
        Files.write(Path.of("target/screenshots/handout.pdf"), pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            String text = words(stripper.getText(document));
            int key = text.indexOf("Answer key");
            assertThat(key).as(text).isPositive();
            String before = text.substring(0, key);
            String after = text.substring(key);
            for (int q = 0; q < titles.size(); q++) {
                assertThat(before).as("question " + (q + 1)).contains(titles.get(q));
                int at = before.indexOf(titles.get(q));
                for (String option : options.get(q)) {
                    int found = before.indexOf(option, at);
                    assertThat(found).as("option in order: " + option).isGreaterThan(at);
                    at = found;
                }
                assertThat(after).as("the key names question " + (q + 1)).contains(titles.get(q));
                for (String option : right.get(q)) {
                    assertThat(after).as("right option in the key").contains(option);
                }
            }
            // The key starts a page of its own.
            int keyPage = 0;
            for (int page = 1; page <= document.getNumberOfPages() && keyPage == 0; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                if (words(stripper.getText(document)).startsWith("Answer key")) {
                    keyPage = page;
                }
            }
            assertThat(keyPage).as("a page starting with the key").isGreaterThan(1);
        }
    }

    /** Each kind on paper: what the reader fills in, and in the key, the answer (the words of the PDF). */
    @Test
    void everyKindPrintsItsPaperFormAndItsAnswerInTheKey() throws IOException {
        Path kinds = AllTypesCourse.build(root.resolve("all-types"));
        try (StaticServer all = new StaticServer(kinds)) {
            browser.get(all.base() + "handout/index.html");
            assertThat(browser.findElements(By.cssSelector(".handout-question"))).hasSize(6);
            assertThat(browser.findElements(By.cssSelector(".handout-question input, .handout-question select"))).isEmpty();
            assertThat(browser.findElements(By.cssSelector("#question-030-short .handout-blank .line"))).hasSize(1);
            assertThat(browser.findElement(By.cssSelector("#question-040-numeric .handout-blank")).getText()).endsWith("bytes");
            assertThat(browser.findElements(By.cssSelector("#question-050-ordering .handout-items .box.place"))).hasSize(3);
            assertThat(browser.findElements(By.cssSelector("#question-060-matching .handout-pairs li"))).hasSize(3);
            assertThat(browser.findElements(By.cssSelector("#question-060-matching .handout-choices li"))).hasSize(3);
            Map<String, Object> printed = browser.executeCdpCommand("Page.printToPDF",
                    Map.of("printBackground", false, "paperWidth", 8.27, "paperHeight", 11.69));
            byte[] pdf = Base64.getDecoder().decode((String) printed.get("data"));
            Files.createDirectories(Path.of("target/screenshots"));
            Files.write(Path.of("target/screenshots/handout-all-types.pdf"), pdf);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = words(new PDFTextStripper().getText(document));
                int key = text.indexOf("Answer key");
                assertThat(key).as(text).isPositive();
                String before = text.substring(0, key);
                String after = text.substring(key);
                assertThat(before).contains("Type your answer.", "Your answer:", "Type a number.", "bytes",
                        "Give each item its place", "SYN-ACK from the server", "Choose the match of each item.",
                        "HTTPS", "443").doesNotContain("HTTPS → 443", "Accepted answers");
                assertThat(after).contains("Accepted answers", "If-None-Match", "Right answer", "20 bytes",
                        "Right pairs", "HTTP → 80", "HTTPS → 443", "SSH → 22")
                        .containsPattern("Right order (1\\. )?SYN from the client (2\\. )?SYN-ACK from the server (3\\. )?ACK from the client");
            }
        }
    }
}
