package dev.quizsite.links;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.config.CourseConfig;
import dev.quizsite.markdown.MarkdownEngine.RawHtml;
import dev.quizsite.site.BuildResult;
import dev.quizsite.site.BuildSettings;
import dev.quizsite.site.SiteBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link HtmlScanner} must find what a DOM finds: Jsoup is the oracle, on every page of the hostile
 * course (raw HTML escaped and allowed), the real course, and markup written to trip a scanner.
 */
class HtmlScannerTest {

    private static final Path INJECTION_COURSE = Path.of("src/test/resources/corpus/injection-course/questions");
    private static final Path REAL_COURSE = Path.of("../questions");
    private static final Path REAL_DATA = Path.of("../site-src/data").toAbsolutePath();

    @TempDir
    Path root;

    @Test
    void findsWhatJsoupFindsOnEveryPageOfTheHostileCourseInBothModes() throws IOException {
        int pages = 0;
        for (RawHtml mode : RawHtml.values()) {
            pages += compareEveryPage(build(INJECTION_COURSE, Optional.empty(), mode));
        }
        assertThat(pages).isGreaterThan(90);
    }

    @Test
    void findsWhatJsoupFindsOnEveryPageOfTheCourse() throws IOException {
        assertThat(compareEveryPage(build(REAL_COURSE, Optional.of(REAL_DATA), RawHtml.ESCAPED))).isGreaterThanOrEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<a href=x>unquoted</a><a href='single'>s</a><a href = \"spaced\" >d</a>",
        "<A HREF=\"UPPER\" ID=Top>upper case</A>",
        "<a href=\"first\" href=\"second\">duplicate</a>",
        "<a href=\"a&amp;b&lt;c&#x41;&copy\">entities</a><a href=\"?x=1&y=2\">bare ampersand</a>",
        "<!-- <a href=\"commented\"> --><a href=\"after-comment\">x</a>",
        "<script>var s = '<a href=\"in-script\">';</script><a href=\"after-script\">x</a>",
        "<style>/* <a href=\"in-style\"> */</style><textarea><a href=\"in-textarea\"></textarea><a href=y>y</a>",
        "<title><a href=\"in-title\"></title><p id=para>text</p>",
        "<a name=anchor>named</a><div name=notanchor id=\"\">empty id</div>",
        "<img src=\"pic.png\" alt=\"a > b\"><img/src=\"slash.png\">",
        "<link rel=\"preconnect\" href=\"https://hint.example\"><link rel=stylesheet href=\"style.css\">",
        "<div data-src=\"data.csv\" data-csv='d.csv'></div><object data=\"o.svg\"></object>",
        "a < b and <3 and <<a href=\"after-lt\">x</a>",
        "<![CDATA[ <a href=\"cdata\"> ]]><a href=z>z</a>",
        "<a\nhref=\"multi\nline\"\nid=\"x\">lines</a>",
        "<a href=\"unterminated",
        "<a href>no value</a><a href=\"\">empty</a><a =\"weird\">w</a>",
        "<svg><a href=\"svg-link\"><text id=\"svg-id\">t</text></a></svg>",
        "<scriptx href=\"not-script\">x</scriptx><a href=\"after\">a</a>",
        "<a href=\"a\"id=\"b\">no space</a><a href=x&amp;y/>unquoted entity</a><a href=q/ id=r>slash</a>",
        "<p>before</p><plaintext><a href=\"in-plaintext\">",
        "<a href='it&#39;s' title=\"x > y\" id='quote\"d'>quotes</a>",
    })
    void findsWhatJsoupFindsInTrickyMarkup(String body) {
        String html = "<!DOCTYPE html>\n<html><head><title>t</title></head><body>\n" + body + "\n</body></html>";
        assertSame("snippet", html);
    }

    private Path build(Path questions, Optional<Path> data, RawHtml mode) {
        Path output = root.resolve("site-" + questions.getFileName() + "-" + mode);
        BuildResult result = new SiteBuilder().build(new BuildSettings(root, questions.toAbsolutePath(), output,
                Optional.empty(), Optional.empty(), data, Optional.empty(),
                new CourseConfig(Optional.of("Course"), Optional.empty(), Optional.of("en"), Optional.empty(),
                        List.of(), Optional.empty(), Optional.of(mode)),
                true).withLinks(LinkSettings.builder().offline(true)
                        .ignore(List.of("(?i).*(javascript%3a|%6aavascript).*")).build())); // payloads meant as text
        assertThat(result.succeeded()).as(result.report().problems().toString()).isTrue();
        return output;
    }

    private static int compareEveryPage(Path site) throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).toList();
        }
        for (Path page : pages) {
            assertSame(page.toString(), Files.readString(page, StandardCharsets.UTF_8));
        }
        return pages.size();
    }

    private static void assertSame(String what, String html) {
        RenderedPage scanned = RenderedPage.scan("page.html", html);
        RenderedPage parsed = withJsoup(html);
        assertThat(scanned.anchors()).as(what + " anchors").isEqualTo(parsed.anchors());
        assertThat(sorted(scanned.links())).as(what + " links").isEqualTo(sorted(parsed.links()));
    }

    private static List<RenderedPage.Href> sorted(List<RenderedPage.Href> links) {
        List<RenderedPage.Href> list = new ArrayList<>(links);
        list.sort(Comparator.comparingInt(RenderedPage.Href::line).thenComparingInt(RenderedPage.Href::column)
                .thenComparing(RenderedPage.Href::url));
        return list;
    }

    /** What the DOM gives: the selectors the checker used before the scanner. */
    private static RenderedPage withJsoup(String html) {
        Document document = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        List<RenderedPage.Href> links = new ArrayList<>();
        for (String selector : List.of("a[href]", "area[href]", "link[href]", "img[src]", "script[src]", "iframe[src]",
                "source[src]", "video[src]", "audio[src]", "track[src]", "object[data]", "[data-src]", "[data-csv]")) {
            String attribute = selector.substring(selector.indexOf('[') + 1, selector.length() - 1);
            for (Element element : document.select(selector)) {
                String rel = element.tagName().equals("link") ? element.attr("rel") : "";
                if (rel.contains("preconnect") || rel.contains("dns-prefetch")) {
                    continue;
                }
                Attribute attr = element.attribute(attribute);
                Range.Position at = attr.sourceRange().valueRange().start();
                links.add(new RenderedPage.Href(element.attr(attribute).trim(), at.lineNumber(), at.columnNumber()));
            }
        }
        Set<String> anchors = new HashSet<>();
        document.select("[id]").forEach(e -> Anchors.add(anchors, e.id()));
        document.select("a[name]").forEach(e -> Anchors.add(anchors, e.attr("name")));
        return new RenderedPage("page.html", anchors, links);
    }
}
