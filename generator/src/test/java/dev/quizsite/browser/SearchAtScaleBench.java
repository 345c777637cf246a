package dev.quizsite.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.testing.Browser;
import dev.quizsite.testing.StaticServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * On demand, not part of the tests (the name does not end in Test): generated courses of 1,000
 * and 10,000 questions (src/bench/gen_course.py, seed 42, needs python3), their search index's size
 * against their Markdown, and at 10,000 how long a search takes in Chromium (search.js's own
 * measure: MiniSearch's search and the results list, per query; the index is loaded and indexed
 * once, on the first use of the box, and that is reported apart). Prints and writes
 * target/search-bench.txt.
 *
 * <pre>mvn -o -B -pl generator test -Dtest=SearchAtScaleBench</pre>
 */
class SearchAtScaleBench {

    @TempDir
    Path root;

    @Test
    void indexSizesAndSearchTimes() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int n : new int[] {1000, 10000}) {
            Path course = root.resolve("c" + n);
            Process gen = new ProcessBuilder("python3", "src/bench/gen_course.py", Integer.toString(n),
                    course.resolve("questions").toString()).inheritIO().start();
            assertThat(gen.waitFor()).isZero();
            long markdown;
            try (Stream<Path> files = Files.walk(course.resolve("questions"))) {
                markdown = files.filter(p -> p.toString().endsWith(".md")).mapToLong(p -> p.toFile().length()).sum();
            }
            long started = System.nanoTime();
            Path site = FixtureSite.build(course, course.resolve("questions"));
            long buildMs = (System.nanoTime() - started) / 1_000_000;
            long index = Files.size(site.resolve("search/index.js"));
            lines.add(String.format(Locale.ROOT, "%,d questions: search index %,d B, Markdown %,d B, %.1f %% (build %,d ms)",
                    n, index, markdown, 100.0 * index / markdown, buildMs));
            assertThat(index).isLessThanOrEqualTo(markdown * 15 / 100);
            if (n == 10000) {
                lines.addAll(times(site));
            }
        }
        lines.forEach(System.out::println);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/search-bench.txt"), lines, StandardCharsets.UTF_8);
    }

    private List<String> times(Path site) throws Exception {
        List<String> lines = new ArrayList<>();
        try (StaticServer server = new StaticServer(site)) {
            ChromeDriver browser = Browser.start(root.resolve("profile"));
            try {
                browser.get(server.base() + "index.html");
                WebElement input = browser.findElement(By.id("search-input"));
                WebElement box = browser.findElement(By.cssSelector(".search"));
                long loadStart = System.nanoTime();
                input.click();
                input.sendKeys("x");
                new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> box.getAttribute("data-ms") != null);
                lines.add(String.format(Locale.ROOT, "10,000 questions: index loaded and built on first use in %,d ms",
                        (System.nanoTime() - loadStart) / 1_000_000));
                List<String> queries = List.of("gradient", "batch noise", "overfit", "question 4711", "tensr",
                        "momentum warmup schedule", "café", "日本語のテキスト", "option validation", "zzzz");
                List<Double> all = new ArrayList<>();
                for (int round = 0; round < 3; round++) {
                    for (String query : queries) {
                        browser.executeScript("arguments[0].value = arguments[1];"
                                + "arguments[0].dispatchEvent(new Event('input'));", input, query);
                        double ms = Double.parseDouble(box.getAttribute("data-ms"));
                        String found = browser.findElement(By.cssSelector(".search-status")).getText();
                        all.add(ms);
                        if (round == 2) {
                            lines.add(String.format(Locale.ROOT, "  \"%s\": %.1f ms (%s)", query, ms, found));
                        }
                    }
                }
                all.sort(null);
                lines.add(String.format(Locale.ROOT, "10,000 questions: search + results, median %.1f ms, max %.1f ms over %d searches",
                        all.get(all.size() / 2), all.get(all.size() - 1), all.size()));
            } finally {
                browser.quit();
            }
        }
        return lines;
    }
}
