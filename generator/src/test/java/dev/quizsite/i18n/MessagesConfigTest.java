package dev.quizsite.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.config.CourseConfig;
import dev.quizsite.config.CourseConfigParser;
import dev.quizsite.report.Problem;
import dev.quizsite.report.Report;
import dev.quizsite.site.BuildResult;
import dev.quizsite.site.BuildSettings;
import dev.quizsite.site.SiteBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code messages:} in quizsite.yml: overrides reach the pages, mistakes are errors at their place. */
class MessagesConfigTest {

    private final Report report = new Report();

    private Optional<CourseConfig> parse(String yaml) {
        return CourseConfigParser.parse(yaml, "quizsite.yml", report);
    }

    private List<String> problems() {
        return report.problems().stream().map(Problem::format).toList();
    }

    @Test
    void overridesAreRead() {
        CourseConfig config = parse("""
                language: de
                messages:
                  check: "Jetzt prüfen"
                  not-found-link: "Zurück zu {title}"
                """).orElseThrow();
        assertThat(problems()).isEmpty();
        assertThat(config.messages()).isEqualTo(Map.of("check", "Jetzt prüfen", "not-found-link", "Zurück zu {title}"));
    }

    @Test
    void anUnknownKeyIsAnErrorAtItsLineWithASuggestion() {
        assertThat(parse("""
                title: Kurs
                messages:
                  chek: Prüfen
                  try-again: "{oops"
                  made-with: "von {autor}"
                  score: "{total, select, other {x}}"
                """)).isEmpty();
        assertThat(problems()).containsExactly(
                "quizsite.yml:3:3: error: unknown message `chek`; did you mean `check`? (the keys are listed in"
                        + " the README's \"Languages\" section)",
                "quizsite.yml:4:14: error: message `try-again` is not a valid ICU message: Unmatched '{' braces"
                        + " in message \"{oops\"",
                "quizsite.yml:5:14: error: message `made-with` uses {autor}, which it is not given; it is given"
                        + " no arguments",
                "quizsite.yml:6:10: error: message `score` is shown by quiz.js: a message shown by quiz.js may"
                        + " have one plural and no select, choice or ordinal");
    }

    @Test
    void messagesMustBeAMapping() {
        assertThat(parse("messages: [check]\n")).isEmpty();
        assertThat(problems()).containsExactly(
                "quizsite.yml:1:11: error: `messages` must be `key: text` lines such as `check: Prüfen`, not a list");
    }

    @Test
    void aMissingTranslationIsOneWarningListingTheKeys() {
        Messages messages = CourseMessages.resolve("nl", Map.of("check", "Controleren"), "quizsite.yml", report);
        assertThat(messages.format("check", Map.of())).contains("Controleren");
        assertThat(messages.format("try-again", Map.of())).contains("Try again");
        assertThat(report.problems()).hasSize(1);
        Problem warning = report.problems().get(0);
        assertThat(warning.isError()).isFalse();
        assertThat(warning.format()).startsWith("quizsite.yml: warning: no translation into `nl` for "
                        + (Bundles.keys().size() - 1) + " of " + Bundles.keys().size()
                        + " messages, shown in English: skip-to-content, made-with, question-count, ")
                .doesNotContain(" check,").endsWith(", preview-errors-text; give them under `messages:`"
                        + " (the plugin ships en, de, fr, ar)");
    }

    @Test
    void aShippedLanguageHasNoWarning() {
        CourseMessages.resolve("de-CH", Map.of(), "quizsite.yml", report);
        CourseMessages.resolve("ar", Map.of(), "quizsite.yml", report);
        CourseMessages.resolve("en", Map.of(), "quizsite.yml", report);
        assertThat(report.problems()).isEmpty();
    }

    @Test
    void anOverrideReachesThePagesAndTheScript(@TempDir Path root) throws IOException {
        Path course = oneQuestionCourse(root);
        Path yml = root.resolve("quizsite.yml");
        Files.writeString(yml, """
                language: de
                messages:
                  check: "Jetzt prüfen"
                  result-correct: "Super!"
                """, StandardCharsets.UTF_8);
        Path site = root.resolve("site");
        BuildResult result = new SiteBuilder().build(new BuildSettings(root, course, site, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(yml), CourseConfig.EMPTY, true));
        assertThat(result.report().problems()).isEmpty();
        String page = Files.readString(site.resolve("single/index.html"), StandardCharsets.UTF_8);
        assertThat(page).contains("<html lang=\"de\">", "class=\"check\">Jetzt prüfen</button>",
                "class=\"retry\" hidden>Noch einmal</button>");
        assertThat(Files.readString(site.resolve("assets/messages.js"), StandardCharsets.UTF_8))
                .contains("\"result-correct\":\"Super!\"", "\"verdict-right\":\"✓ Richtig\"");
    }

    /**
     * Regression: pages were filed under a key of only the messages quiz.js shows, so a course's
     * own wording of a message only the templates show (the check button's) left the pages as they
     * were in a build from the cache, and in the preview, which keeps its templates between builds.
     */
    @Test
    void aChangedMessageOnlyTheTemplatesShowRendersThePagesAgain(@TempDir Path root) throws IOException {
        Path course = oneQuestionCourse(root);
        Path yml = root.resolve("quizsite.yml");
        BuildSettings cached = new BuildSettings(root, course, root.resolve("site"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(yml), CourseConfig.EMPTY, true).withCache(root.resolve("cache"));
        BuildSettings previewed = cached.withOutput(root.resolve("preview"));
        SiteBuilder preview = SiteBuilder.preview();
        for (String wording : List.of("Jetzt prüfen", "Prüfen!")) {
            Files.writeString(yml, "language: de\nmessages:\n  check: \"" + wording + "\"\n", StandardCharsets.UTF_8);
            preview.changed(List.of(yml));
            for (BuildResult result : List.of(new SiteBuilder().build(cached), preview.build(previewed))) {
                assertThat(result.report().problems()).isEmpty();
            }
            for (String site : List.of("site", "preview")) {
                assertThat(Files.readString(root.resolve(site + "/single/index.html"), StandardCharsets.UTF_8))
                        .as(site).contains("class=\"check\">" + wording + "</button>");
            }
        }
    }

    /** A course folder under {@code root} holding the browser tests' single-choice question. */
    private static Path oneQuestionCourse(Path root) throws IOException {
        Path course = root.resolve("course");
        Files.createDirectories(course);
        Files.copy(Path.of("src/test/resources/browser/course/single.md"), course.resolve("single.md"));
        return course;
    }
}
