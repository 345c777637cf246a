package dev.quizsite.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.testing.Browser;
import dev.quizsite.testing.StaticServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Offline reading in Chromium: visit the site, stop the server, and the pages visited still load;
 * one never visited shows the offline page. A rebuilt site replaces the old cache, never mixing
 * the two builds' files.
 */
class OfflineBrowserTest {

    @TempDir
    static Path root;
    static ChromeDriver browser;
    static int port;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start(root.resolve("profile"));
        try (StaticServer probe = new StaticServer(root)) {
            port = probe.port(); // a free port, kept for every server of this test: one origin, one worker
        }
    }

    @AfterAll
    static void stop() {
        browser.quit();
    }

    private static String base() {
        return "http://127.0.0.1:" + port + "/";
    }

    /** Waits until the page is controlled by the worker of the build that wrote {@code site}. */
    private static void waitForWorkerOf(Path site) throws IOException {
        String version = Files.readString(site.resolve("sw.js"), StandardCharsets.UTF_8).lines().findFirst().orElseThrow()
                .replaceAll("^var VERSION = \"([0-9a-f]+)\";$", "$1");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            Object names = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + " navigator.serviceWorker.ready.then(function () { return caches.keys(); })"
                    + ".then(function (k) { done(navigator.serviceWorker.controller ? k : []); })");
            return names instanceof List<?> list && list.size() == 1 && String.valueOf(list.get(0)).endsWith(" " + version);
        });
    }

    private String heading() {
        return browser.findElement(By.cssSelector("h1")).getText();
    }

    @Test
    void visitedPagesLoadOfflineAnUnvisitedOneShowsTheOfflinePageAndARebuildReplacesTheCache() throws Exception {
        Path course = copyCourse("v1", "# Pick one");
        Path v1 = FixtureSite.build(root.resolve("v1"), course);
        assertThat(Files.readString(v1.resolve("sw.js"))).contains("var PRECACHE = [\"index.html\",\"offline/index.html\"");
        try (StaticServer server = new StaticServer(v1, false, port)) {
            browser.get(base() + "index.html");
            waitForWorkerOf(v1);
            browser.get(base() + "single/index.html");
            assertThat(heading()).isEqualTo("Pick one");
        }
        // The server is gone: what was visited is kept, grading works, and the rest says why it is missing.
        browser.navigate().refresh();
        assertThat(heading()).isEqualTo("Pick one");
        browser.findElement(By.cssSelector(".option[data-option='2'] label")).click();
        browser.findElement(By.cssSelector("button.check")).click();
        assertThat(browser.findElement(By.cssSelector(".result")).getText()).isEqualTo("✓ Correct!");
        browser.get(base() + "index.html");
        assertThat(heading()).isEqualTo("Quiz");
        browser.get(base() + FixtureSite.SEED + "/");
        assertThat(browser.getCurrentUrl()).isEqualTo(base() + "offline/index.html");
        assertThat(heading()).isEqualTo("You are offline");
        assertThat(browser.executeScript("return getComputedStyle(document.querySelector('main')).maxWidth"))
                .as("the offline page has the theme's stylesheet").isNotEqualTo("none");

        // A rebuilt site: a new worker, whose cache alone remains, and the new text offline.
        Path v2 = FixtureSite.build(root.resolve("v2"), copyCourse("v2", "# Pick one, rebuilt"));
        try (StaticServer server = new StaticServer(v2, false, port)) {
            browser.get(base() + "index.html");
            waitForWorkerOf(v2);
            browser.get(base() + "single/index.html");
            assertThat(heading()).isEqualTo("Pick one, rebuilt");
        }
        browser.navigate().refresh();
        assertThat(heading()).isEqualTo("Pick one, rebuilt");
    }

    /** The browser tests' course, with the title of single.md changed: a build that differs. */
    private static Path copyCourse(String name, String title) throws IOException {
        Path copy = Files.createDirectories(root.resolve("course-" + name));
        try (Stream<Path> files = Files.list(FixtureSite.COURSE)) {
            for (Path file : files.toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (file.getFileName().toString().equals("single.md")) {
                    text = text.replace("# Pick one", title);
                }
                Files.writeString(copy.resolve(file.getFileName().toString()), text, StandardCharsets.UTF_8);
            }
        }
        return copy;
    }
}
