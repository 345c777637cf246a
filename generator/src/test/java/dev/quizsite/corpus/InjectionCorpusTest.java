package dev.quizsite.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.config.CourseConfig;
import dev.quizsite.markdown.MarkdownEngine.RawHtml;
import dev.quizsite.report.Problem;
import dev.quizsite.site.BuildResult;
import dev.quizsite.site.BuildSettings;
import dev.quizsite.site.SiteBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each payload of {@code corpus/injection/}, in every field of a question, is built into a site,
 * with raw HTML escaped (the default) and sanitised: no page may hold anything executable, and
 * the payload's text must stay visible in each field, as text.
 */
class InjectionCorpusTest {

    @TempDir
    Path root;

    static Stream<Arguments> cases() {
        return Corpus.cases("injection").map(InjectionPayload::load)
                .flatMap(p -> Stream.of(Arguments.of(p, RawHtml.ESCAPED), Arguments.of(p, RawHtml.SANITIZED)));
    }

    @ParameterizedTest(name = "{index}: {0} {1}")
    @MethodSource("cases")
    void nothingRunsAndThePayloadStaysVisible(InjectionPayload payload, RawHtml mode) throws IOException {
        Files.createDirectories(root.resolve("questions"));
        Files.writeString(root.resolve("questions/" + payload.name() + ".md"), InjectionCourse.question(payload),
                StandardCharsets.UTF_8);
        BuildResult result = new SiteBuilder().build(BuildSettings.defaults(root).withGiven(new CourseConfig(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                Optional.of(mode))).withLinks(Corpus.INERT_LINKS));

        assertThat(result.report().problems()).as("only notes about removed URLs, and the one hint that HTML shows as text")
                .allSatisfy(p -> assertThat(p.format()).matches(".*: warning: ((link to|image source) .* removed from the page; .*"
                        + "|HTML is shown as text, since raw HTML is off; .*)"));
        assertThat(result.succeeded()).as(result.report().problems().stream().map(Problem::format).toList().toString())
                .isTrue();

        Path site = root.resolve("target/quizsite");
        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        Document page = Jsoup.parse(site.resolve(payload.name() + "/index.html").toFile(), "UTF-8");
        assertThat(Executables.find(index)).as("index page").isEmpty();
        assertThat(Executables.find(page)).as("question page").isEmpty();

        List<String> visible = new ArrayList<>(payload.visibleAlways());
        if (mode == RawHtml.ESCAPED) {
            visible.addAll(payload.visibleEscaped());
        }
        for (Map.Entry<String, Element> field : fields(page, payload).entrySet()) {
            if (field.getValue() == null) {
                // A field sanitised down to nothing (`<script>` alone) is left out of the page.
                assertThat(visible).as(field.getKey() + " is missing, so it must have nothing to show").isEmpty();
                continue;
            }
            String shown = visibleText(field.getValue());
            for (String line : visible) {
                assertThat(shown).as(field.getKey() + " shows " + line).contains(normalise(line));
            }
        }
        if (!payload.isBlock()) {
            assertThat(page.title()).as("front matter title, plain text").isEqualTo(normalise(payload.markdown()) + " · Quiz");
        }
    }

    /** The element of each field that carries the payload (see {@link InjectionCourse}). */
    private static Map<String, Element> fields(Document page, InjectionPayload payload) {
        Map<String, Element> fields = new LinkedHashMap<>();
        fields.put("scenario", page.selectFirst("article .scenario"));
        fields.put("feedback", page.selectFirst("article .feedback"));
        fields.put("answer", page.selectFirst("article .answer"));
        if (!payload.isBlock()) {
            fields.put("title", page.selectFirst("article > h1"));
            fields.put("prompt", page.selectFirst("article legend.prompt"));
            fields.put("option", page.selectFirst("article li.option label"));
        }
        if (payload.fitsInLinkText()) {
            // the list item, not the link: a raw <a> inside the link text closes the outer one
            fields.put("reference", page.selectFirst("article ul.references li"));
        }
        return fields;
    }

    /** What a reader sees: the text, and the alternative text of images. */
    private static String visibleText(Element element) {
        StringBuilder text = new StringBuilder(element.text());
        element.select("img[alt]").forEach(img -> text.append(' ').append(img.attr("alt")));
        return text.toString();
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
