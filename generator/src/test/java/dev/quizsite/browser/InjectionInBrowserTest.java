package dev.quizsite.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.config.CourseConfig;
import dev.quizsite.links.LinkSettings;
import dev.quizsite.markdown.MarkdownEngine.RawHtml;
import dev.quizsite.site.BuildResult;
import dev.quizsite.site.BuildSettings;
import dev.quizsite.site.SiteBuilder;
import dev.quizsite.testing.Browser;
import dev.quizsite.testing.StaticServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The injection course (46 payloads in every field of a question, each of which would set
 * {@code window.__pwned} if it ran) built in both raw-HTML modes: every page is loaded in Chromium,
 * every control clicked and every element hovered, and nothing ever runs.
 */
class InjectionInBrowserTest {

    static final Path COURSE = Path.of("src/test/resources/corpus/injection-course/questions");

    @TempDir
    static Path root;

    @AutoClose("quit") // closes the browser after all tests, if it started
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start(root.resolve("profile"));
    }

    @ParameterizedTest
    @EnumSource(RawHtml.class)
    void noPayloadRunsWhateverTheReaderDoes(RawHtml mode) throws IOException {
        Path site = root.resolve("site-" + mode);
        BuildResult result = new SiteBuilder().build(new BuildSettings(root, COURSE.toAbsolutePath(), site,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                new CourseConfig(Optional.of("Injection <script>window.__pwned=1</script>"), Optional.empty(),
                        Optional.of("en"), Optional.empty(), List.of(), Optional.empty(), Optional.of(mode)),
                true).withLinks(LinkSettings.builder().offline(true)
                        .ignore(List.of("(?i).*(javascript%3a|%6aavascript).*")).build()));
        assertThat(result.succeeded()).as(result.report().problems().toString()).isTrue();
        List<String> pages = FixtureSite.pages(site);
        assertThat(pages).hasSizeGreaterThan(40);
        List<String> ran = new ArrayList<>();
        try (StaticServer server = new StaticServer(site)) {
            for (String page : pages) {
                browser.get(server.base() + page);
                exercise();
                Object flag = ((JavascriptExecutor) browser).executeScript("return window.__pwned");
                if (flag != null) {
                    ran.add(page);
                }
            }
        }
        assertThat(ran).as("pages where a payload ran").isEmpty();
    }

    /**
     * Hovers, focuses and clicks everything. Hover and focus are dispatched as events on every
     * element (one round trip a page, instead of one per element), which fires any handler a
     * payload could have smuggled in; controls are clicked, details opened; links are not followed.
     */
    private static void exercise() {
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelectorAll('body *').forEach(e => {"
                        + "  ['mouseover', 'mouseenter', 'mousemove', 'focus', 'focusin'].forEach(type =>"
                        + "    e.dispatchEvent(new (type.startsWith('focus') ? FocusEvent : MouseEvent)(type, {bubbles: true})));"
                        + "});"
                        + "document.querySelectorAll('details').forEach(d => d.open = true);"
                        + "document.querySelectorAll('input, summary').forEach(e => e.click());"
                        + "document.querySelectorAll('button').forEach(b => { if (!b.hidden) b.click(); });");
        // and a real pointer over the question's visible parts, as a reader would
        Actions actions = new Actions(browser);
        for (WebElement element : browser.findElements(By.cssSelector("h1, .option, .answer, .references a"))) {
            try {
                actions.moveToElement(element).perform();
            } catch (RuntimeException e) {
                // not hoverable (hidden): the dispatched events above covered it
            }
        }
    }
}
