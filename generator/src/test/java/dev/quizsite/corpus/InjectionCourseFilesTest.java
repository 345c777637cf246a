package dev.quizsite.corpus;

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
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code corpus/injection-course/} is the payload corpus as one course, for the browser test to
 * build and click through. It must stay what {@link InjectionCourse} makes of the payloads; run
 * with {@code -Dinjection.write=true} to rewrite it after changing a payload (then review the diff).
 */
class InjectionCourseFilesTest {

    static final Path COURSE = Path.of("src/test/resources/corpus/injection-course/questions");

    @TempDir
    Path root;

    @Test
    void theCommittedCourseIsTheCorpusAsQuestions() throws IOException {
        List<InjectionPayload> payloads = Corpus.cases("injection").map(InjectionPayload::load).toList();
        if (Boolean.getBoolean("injection.write")) {
            Files.createDirectories(COURSE);
            for (InjectionPayload payload : payloads) {
                Files.writeString(COURSE.resolve(payload.name() + ".md"), InjectionCourse.question(payload),
                        StandardCharsets.UTF_8);
            }
        }
        try (Stream<Path> files = Files.list(COURSE)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .isEqualTo(payloads.stream().map(p -> p.name() + ".md").sorted().toList());
        }
        for (InjectionPayload payload : payloads) {
            assertThat(Files.readString(COURSE.resolve(payload.name() + ".md"), StandardCharsets.UTF_8))
                    .as(payload.name()).isEqualTo(InjectionCourse.question(payload));
        }
    }

    @Test
    void theCourseBuildsInBothModesWithNothingExecutableOnAnyPage() throws IOException {
        for (RawHtml mode : RawHtml.values()) {
            Path output = root.resolve("site-" + mode);
            BuildResult result = new SiteBuilder().build(new BuildSettings(root, COURSE.toAbsolutePath(), output,
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    new CourseConfig(Optional.of("Injection <script>window.__pwned=1</script>"), Optional.empty(),
                            Optional.of("en"), Optional.of("{{ 7*7 }}"), List.of(), Optional.empty(), Optional.of(mode)),
                    false).withLinks(Corpus.INERT_LINKS));
            assertThat(result.succeeded()).as(mode + ": " + result.report().problems()).isTrue();
            try (Stream<Path> pages = Files.walk(output)) {
                List<Path> html = pages.filter(p -> p.toString().endsWith(".html")).toList();
                assertThat(html).hasSize(Corpus.cases("injection").toList().size() + 6); // index, 404, the results, handout, review and offline pages
                for (Path page : html) {
                    assertThat(Executables.find(Jsoup.parse(page.toFile(), "UTF-8"))).as(page.toString()).isEmpty();
                }
            }
            String index = Jsoup.parse(output.resolve("index.html").toFile(), "UTF-8").text();
            assertThat(index).contains("Injection <script>window.__pwned=1</script>", "{{ 7*7 }}");
        }
    }
}
