package dev.quizsite.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quizsite.site.BuildSettings;
import dev.quizsite.testing.Browser;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The preview in a real browser: a page shows a change to its question file without a manual
 * reload, shows the errors of a broken file, recovers when it is fixed, and the preview stops
 * without leaving threads or watch handles behind.
 */
class PreviewBrowserTest {

    static final String QUESTION = "# %s\n\n**Which?**\n\n- [ ] wrong\n- [x] right\n\n## Answer\n\nBecause.\n";

    @AutoClose("quit") // closes the browser after all tests, if it started
    static WebDriver browser;

    @TempDir
    static Path profile;

    @TempDir
    Path course;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = Browser.start(profile.resolve("chromium"));
    }

    private void question(String name, String text) throws IOException {
        Files.createDirectories(course.resolve("questions"));
        Files.writeString(course.resolve("questions").resolve(name), text, StandardCharsets.UTF_8);
    }

    private static WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10), Duration.ofMillis(10));
        wait.ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /**
     * The page's heading, or "" while live reload replaces the page: Chrome 156 reports an element
     * of the page being unloaded not as stale but as a node that does not belong to the document
     * (seen once in CI, between the find and the read).
     */
    private static String heading() {
        try {
            return browser.findElement(By.cssSelector("h1")).getText();
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return "";
            }
            throw e;
        }
    }

    @Test
    void showsChangesAndErrorsLiveAndStopsCleanly() throws Exception {
        question("a.md", QUESTION.formatted("First title"));
        question("b.md", QUESTION.formatted("Second"));
        Set<String> threadsBefore = threadNames();
        long watchHandlesBefore = watchHandles();
        List<Boolean> builds = new CopyOnWriteArrayList<>();
        Preview preview = Preview.start(BuildSettings.defaults(course), 0, (result, changed) -> builds.add(result.succeeded()));
        int port = preview.address().getPort();
        try {
            browser.get(preview.address() + "a/");
            assertThat(heading()).isEqualTo("First title");
            assertThat(browser.findElements(By.cssSelector("script[src^='/__quizsite/livereload.js']"))).hasSize(1);
            assertThat(Files.readString(course.resolve("target/quizsite/a/index.html"))).doesNotContain("__quizsite");

            // A change shows up by itself: the marker set on the page is gone, so the script reloaded it.
            ((JavascriptExecutor) browser).executeScript("window.quizsiteMarker = 1;");
            question("a.md", QUESTION.formatted("Changed title"));
            waiting().until(d -> heading().equals("Changed title"));
            assertThat(((JavascriptExecutor) browser).executeScript("return window.quizsiteMarker;")).isNull();

            question("a.md", "# Broken\n\n- [ ] no prompt\n- [x] right\n\n## Answer\n\nx\n");
            waiting().until(d -> d.findElement(By.id("quizsite-errors")).getText()
                    .contains("questions/a.md:3:1: error: no prompt"));

            question("a.md", QUESTION.formatted("Fixed title"));
            waiting().until(d -> heading().equals("Fixed title"));
            assertThat(builds).startsWith(true).contains(false).endsWith(true);
        } finally {
            preview.close();
        }
        preview.close(); // twice is fine

        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
        assertThat(waitForOwnThreadsToEnd(threadsBefore)).isEmpty();
        assertThat(watchHandles()).isEqualTo(watchHandlesBefore);
    }

    @Test
    void anUnknownPageGetsThe404PageAndAFolderWithoutSlashIsRedirected() throws Exception {
        question("a.md", QUESTION.formatted("Only"));
        // The course's questions draw charts from the course module's data folder.
        try (Preview preview = Preview.start(BuildSettings.defaults(course).withData(Path.of("../site-src/data").toAbsolutePath()), 0, (result, changed) -> { })) {
            browser.get(preview.address() + "nowhere/at/all.html");
            assertThat(heading()).isEqualTo("Page not found");
            browser.get(preview.address() + "a");
            assertThat(browser.getCurrentUrl()).isEqualTo(preview.address() + "a/");
            assertThat(heading()).isEqualTo("Only");
        }
    }

    /**
     * How long the preview takes to show a one-file change on the real course (the repository's
     * questions/): from saving the file to the changed heading in the browser. Printed, and kept
     * in target/serve-reload-time.txt.
     */
    @Test
    void measuresHowLongTheCourseTakesToShowAOneFileChange() throws Exception {
        Path questions = course.resolve("questions");
        Files.createDirectories(questions);
        List<Path> sources;
        try (Stream<Path> files = Files.list(Path.of("../questions"))) {
            sources = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        for (Path source : sources) {
            Files.copy(source, questions.resolve(source.getFileName()));
        }
        Path measured = questions.resolve(sources.get(0).getFileName());
        String original = Files.readString(measured);
        String title = original.lines().filter(line -> line.startsWith("# ")).findFirst().orElseThrow().substring(2);
        List<Long> millis = new ArrayList<>();
        List<Long> buildMillis = new CopyOnWriteArrayList<>();
        // The course's questions draw charts from the course module's data folder.
        try (Preview preview = Preview.start(BuildSettings.defaults(course).withData(Path.of("../site-src/data").toAbsolutePath()), 0,
                (result, changed) -> buildMillis.add(result.elapsed().toMillis()))) {
            browser.get(preview.address().toString());
            browser.findElement(By.cssSelector(".question-list a")).click();
            for (int i = 1; i <= 7; i++) {
                String changed = title + " " + i;
                long start = System.nanoTime();
                Files.writeString(measured, original.replace("# " + title, "# " + changed));
                waiting().until(d -> heading().equals(changed));
                millis.add((System.nanoTime() - start) / 1_000_000);
            }
        }
        List<Long> sorted = millis.stream().sorted().toList();
        String line = String.format("serve: a one-file change on the course (%d questions) shows in the browser"
                + " after %d ms (median of %d; min %d, max %d); builds took %s ms", sources.size(),
                sorted.get(sorted.size() / 2), sorted.size(), sorted.get(0), sorted.get(sorted.size() - 1), buildMillis);
        System.out.println(line);
        Files.writeString(Path.of("target/serve-reload-time.txt"), line + "\n" + millis + "\n");
        assertThat(sorted.get(sorted.size() / 2)).isLessThan(5_000);
    }

    /** Threads started since {@code before} that are still alive after a grace period, but the JVM's shared pool. */
    private static Set<String> waitForOwnThreadsToEnd(Set<String> before) throws InterruptedException {
        Set<String> left = Set.of();
        for (int i = 0; i < 100; i++) {
            left = threadNames().stream()
                    .filter(name -> !before.contains(name))
                    .filter(name -> name.startsWith("quizsite-") || name.startsWith("HTTP-Dispatcher")
                            || name.equals("server-timer"))
                    .collect(Collectors.toSet());
            if (left.isEmpty()) {
                return left;
            }
            Thread.sleep(50);
        }
        return left;
    }

    private static Set<String> threadNames() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .collect(Collectors.toSet());
    }

    /** Open inotify handles of this JVM (each WatchService holds one on Linux). */
    private static long watchHandles() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString().contains("inotify");
                } catch (IOException e) {
                    return false; // closed while listing
                }
            }).count();
        }
    }
}
