package dev.quizsite.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.ibm.icu.util.ULocale;
import dev.quizsite.config.CourseConfig;
import dev.quizsite.i18n.Bundles;
import dev.quizsite.i18n.MessageSyntax;
import dev.quizsite.site.BuildResult;
import dev.quizsite.site.BuildSettings;
import dev.quizsite.site.SiteBuilder;
import dev.quizsite.testing.Browser;
import dev.quizsite.testing.StaticServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The fixture course built in German, French and Arabic, read in Chromium after answering: no
 * English UI string is left on the question page, the index, 404.html, or the results, review, handout
 * and offline pages, axe-core finds nothing, and the Arabic pages are right to left with a mirrored layout. Screenshots of each question page
 * go to target/screenshots/question-LANG.png for review.
 */
class LanguagesBrowserTest {

    @TempDir
    static Path root;

    @AutoClose("quit")
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start(root.resolve("profile"));
    }

    private static StaticServer serve(String language) throws IOException {
        Path site = root.resolve("site-" + language);
        CourseConfig given = new CourseConfig(Optional.empty(), Optional.empty(), Optional.of(language),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty());
        BuildResult result = new SiteBuilder().build(new BuildSettings(root, FixtureSite.COURSE.toAbsolutePath(),
                site, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), given, true));
        assertThat(result.report().problems()).as("the fixture course builds cleanly in " + language).isEmpty();
        return new StaticServer(site);
    }

    /**
     * The literal pieces of every English message (its text around the {arguments}, every plural
     * form) that the language's bundle does not also use anywhere: "Questions" is French too. Symbols and
     * pieces under three letters ("of", "✓") say nothing about the language and are left out.
     */
    private static Set<String> englishOnly(String language) {
        Map<String, String> english = Bundles.bundle("en").orElseThrow();
        List<String> translated = Bundles.bundle(language).orElseThrow().values().stream()
                .flatMap(pattern -> forms(pattern).stream()).toList();
        Set<String> pieces = new TreeSet<>();
        english.forEach((key, pattern) -> {
            for (String text : forms(pattern)) {
                for (String piece : text.split("\\{\\w+\\}")) {
                    String p = piece.strip();
                    if (p.codePoints().filter(Character::isLetter).count() >= 3
                            && translated.stream().noneMatch(t -> t.contains(p))) {
                        pieces.add(p);
                    }
                }
            }
        });
        return pieces;
    }

    private static List<String> forms(String pattern) {
        Object form = MessageSyntax.scriptForm(pattern, ULocale.ENGLISH);
        return form instanceof Map<?, ?> variants
                ? variants.entrySet().stream().filter(e -> !e.getKey().equals("arg")).map(e -> e.getValue().toString()).toList()
                : List.of(form.toString());
    }

    /** What the reader sees of the page's own UI: the visible text and ARIA labels, without the course's content. */
    private static String uiText() {
        return (String) browser.executeScript("""
                var copy = document.body.cloneNode(true);
                copy.querySelectorAll('.scenario, legend, .option label, .feedback, .answer, .right-options,'
                    + ' .references, .question h1, .question-list a, .tag, .tag-filter button[data-tag]:not([data-tag=""]),'
                    + ' .pager a[rel], .site-title, .lead, .prompt, .option-text, .handout-right, .handout-question h3,'
                    + ' .handout-answer h3, td a, [hidden]').forEach(function (e) { e.remove(); });
                var labels = Array.prototype.map.call(copy.querySelectorAll('[aria-label]'),
                    function (e) { return e.getAttribute('aria-label'); });
                document.body.appendChild(copy); // innerText needs layout to leave out what is not shown
                var text = copy.innerText + '\\n' + labels.join('\\n');
                copy.remove();
                return text + '\\n' + document.title;""");
    }

    /** Whether a piece is on the page as words of its own: "All" is not in "Aller au contenu". */
    private static java.util.function.Predicate<String> shownIn(String text) {
        return piece -> java.util.regex.Pattern.compile("(?<!\\p{L})" + java.util.regex.Pattern.quote(piece) + "(?!\\p{L})")
                .matcher(text).find();
    }

    private static List<String> axe(String page) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
        assertThat(results.getPasses()).as("axe ran on " + page).isNotEmpty();
        List<String> violations = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            violations.add(page + ": " + rule.getId() + " (" + rule.getNodes().size() + " elements) " + rule.getHelp());
        }
        return violations;
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "ar"})
    void everyUiStringIsTranslatedAndThePagesPassAxe(String language) throws IOException {
        Set<String> english = englishOnly(language);
        assertThat(english).as("English pieces to look for").contains("Check", "Show the answer");
        List<String> violations = new ArrayList<>();
        try (StaticServer server = serve(language)) {
            browser.get(server.base() + "index.html");
            browser.executeScript("localStorage.clear()");
            browser.get(server.base() + FixtureSite.SEED + "/index.html");
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
            // One right and one wrong option: the partial result, and all three verdicts, appear.
            browser.findElement(By.id("option-1")).click();
            browser.findElement(By.id("option-2")).click();
            browser.findElement(By.cssSelector("button.check")).click();
            assertThat(browser.findElement(By.cssSelector(".result")).getText()).isNotBlank();
            Path shots = Path.of("target/screenshots");
            Files.createDirectories(shots);
            Files.write(shots.resolve("question-" + language + ".png"), browser.getScreenshotAs(OutputType.BYTES));
            violations.addAll(axe(language + " question"));
            String question = uiText();
            assertThat(english).as("English on the " + language + " question page:\n" + question)
                    .noneMatch(shownIn(question));

            browser.get(server.base() + "index.html");
            String score = browser.findElement(By.cssSelector(".score")).getText();
            // Numbers through the browser's Intl.NumberFormat for the language (Arabic may use its own digits).
            String three = (String) browser.executeScript("return new Intl.NumberFormat(arguments[0]).format(3)", language);
            assertThat(score).contains(three);
            violations.addAll(axe(language + " index"));
            String index = uiText();
            assertThat(english).as("English on the " + language + " index:\n" + index).noneMatch(shownIn(index));

            browser.get(server.base() + "404.html");
            violations.addAll(axe(language + " 404"));
            String notFound = uiText();
            assertThat(english).as("English on the " + language + " 404 page:\n" + notFound).noneMatch(shownIn(notFound));

            // The pages the plugin builds beside the questions.
            for (String page : List.of("results", "review", "handout", "offline")) {
                browser.get(server.base() + page + "/index.html");
                violations.addAll(axe(language + " " + page));
                String text = uiText();
                assertThat(english).as("English on the " + language + " " + page + " page:\n" + text).noneMatch(shownIn(text));
            }
        }
        assertThat(violations).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void arabicIsRightToLeftAndMirrored() throws IOException {
        try (StaticServer server = serve("ar")) {
            browser.get(server.base() + FixtureSite.SEED + "/index.html");
            assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
            Rectangle box = browser.findElement(By.id("option-1")).getRect();
            Rectangle label = browser.findElement(By.cssSelector("label[for='option-1']")).getRect();
            assertThat(box.getX()).as("the checkbox is right of its label").isGreaterThan(label.getX() + label.getWidth() - 1);
            // The pager: "previous" (first in reading order) sits on the right, "next" on the left.
            Rectangle previous = browser.findElement(By.cssSelector(".pager li:first-child")).getRect();
            Rectangle next = browser.findElement(By.cssSelector(".pager li:last-child")).getRect();
            assertThat(previous.getX()).isGreaterThan(next.getX());
            browser.findElement(By.id("option-2")).click();
            browser.findElement(By.cssSelector("button.check")).click();
            assertThat(browser.executeScript("return getComputedStyle(document.querySelector('.result')).direction"))
                    .isEqualTo("rtl");
            Rectangle verdict = browser.findElement(By.cssSelector(".option[data-option='2'] .verdict")).getRect();
            Rectangle input = browser.findElement(By.id("option-2")).getRect();
            assertThat(verdict.getX() + verdict.getWidth()).as("the verdict lines up under the label, left of the box")
                    .isLessThanOrEqualTo(input.getX());
        }
        try (StaticServer server = serve("de")) {
            browser.get(server.base() + FixtureSite.SEED + "/index.html");
            assertThat(browser.executeScript("return document.documentElement.hasAttribute('dir')")).isEqualTo(false);
            Rectangle box = browser.findElement(By.id("option-1")).getRect();
            Rectangle label = browser.findElement(By.cssSelector("label[for='option-1']")).getRect();
            assertThat(box.getX()).as("left to right: the checkbox is left of its label").isLessThan(label.getX());
        }
    }
}
