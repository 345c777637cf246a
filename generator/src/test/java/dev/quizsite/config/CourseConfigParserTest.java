package dev.quizsite.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.markdown.MarkdownEngine.RawHtml;
import dev.quizsite.report.Problem;
import dev.quizsite.report.Report;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CourseConfigParserTest {

    private final Report report = new Report();

    private Optional<CourseConfig> parse(String yaml) {
        return CourseConfigParser.parse(yaml, "quizsite.yml", report);
    }

    private List<String> problems() {
        return report.problems().stream().map(Problem::format).toList();
    }

    @Test
    void readsEveryKey() {
        CourseConfig config = parse("""
                title: Deep learning
                baseUrl: https://example.github.io/course
                language: de-CH
                description: One line.
                order: [second, first]
                shuffle: true
                allowRawHtml: true
                """).orElseThrow();
        assertThat(problems()).isEmpty();
        assertThat(config.title()).contains("Deep learning");
        assertThat(config.baseUrl()).contains("https://example.github.io/course/");
        assertThat(config.language()).contains("de-CH");
        assertThat(config.description()).contains("One line.");
        assertThat(config.order()).extracting(CourseConfig.OrderEntry::id).containsExactly("second", "first");
        assertThat(config.order().get(1)).isEqualTo(new CourseConfig.OrderEntry("first", "quizsite.yml", 5, 17));
        assertThat(config.shuffle()).contains(true);
        assertThat(config.rawHtml()).contains(RawHtml.SANITIZED);
    }

    @Test
    void anEmptyFileGivesNoSettings() {
        assertThat(parse("# nothing yet\n")).contains(CourseConfig.EMPTY);
    }

    @Test
    void everyMistakeIsReportedWithLineAndColumn() {
        assertThat(parse("""
                titel: Typo
                shuffle: maybe
                baseUrl: ftp://example.org/
                order: first
                language: English (UK)
                """)).isEmpty();
        assertThat(problems()).containsExactly(
                "quizsite.yml:1:1: error: unknown key `titel`; did you mean `title`? (known keys: title, baseUrl,"
                        + " language, description, order, shuffle, allowRawHtml, messages, id)",
                "quizsite.yml:2:10: error: `shuffle` must be true or false, not `maybe`",
                "quizsite.yml:3:10: error: the base URL must be an absolute http(s) URL such as"
                        + " https://example.github.io/course/, not `ftp://example.org/`",
                "quizsite.yml:4:8: error: `order` must be a list of question ids such as [first-id, second-id], not `first`",
                "quizsite.yml:5:11: error: `language` must be a language tag such as `en` or `de-CH`, not `English (UK)`");
    }

    @Test
    void brokenYamlIsReportedWhereItBreaks() {
        assertThat(parse("title: ok\norder: [a, b\n")).isEmpty();
        assertThat(problems()).hasSize(1);
        assertThat(problems()).containsExactly("quizsite.yml:3:1: error: not valid YAML: the list `[…]` that starts at"
                + " line 2, column 8 is not closed: write `]` after its last item (items are separated by commas; an"
                + " item with `,` or `:` goes in quotes), found the end of the text instead");
    }

    @Test
    void theFileMustBeAMappingAndKeysUnique() {
        assertThat(parse("- title\n")).isEmpty();
        assertThat(parse("title: a\ntitle: b\n")).isEmpty();
        assertThat(problems()).hasSize(2);
        assertThat(problems().get(0)).startsWith("quizsite.yml:1:1: error: the course configuration must be `key: value` lines");
    }

    @Test
    void theFirstSourceWinsKeyByKey() {
        CourseConfig pom = new CourseConfig(Optional.of("From POM"), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty());
        CourseConfig file = parse("title: From file\nlanguage: fr\n").orElseThrow();
        CourseSettings settings = CourseSettings.resolve(pom.or(file));
        assertThat(settings.title()).isEqualTo("From POM");
        assertThat(settings.id()).as("no id given (and no artifactId): the title's").isEqualTo("from-pom");
        assertThat(settings.language()).isEqualTo("fr");
        assertThat(settings.description()).isEmpty();
        assertThat(settings.rawHtml()).isEqualTo(RawHtml.ESCAPED);
    }

    @Test
    void theCourseIdIsKeptFromTheFileAndChecked() {
        assertThat(CourseSettings.resolve(parse("id: networking-101\ntitle: Networks\n").orElseThrow()).id())
                .isEqualTo("networking-101");
        assertThat(parse("id: Networking 101\n")).isEmpty();
        assertThat(problems()).containsExactly("quizsite.yml:1:5: error: `id` must be lower-case"
                + " letters, digits and dashes (at most 100), not `Networking 101`; readers' browsers keep their"
                + " progress under it, so choose it once and keep it");
    }

    /** Regression: `shuffle: yes` was read as false (Boolean.parseBoolean of YAML 1.1's "yes"). */
    @Test
    void yesAndOnAreNotBooleansHereEither() {
        assertThat(parse("""
                shuffle: yes
                allowRawHtml: on
                """)).isEmpty();
        assertThat(problems()).containsExactly(
                "quizsite.yml:1:10: error: `shuffle` must be true or false, not `yes`",
                "quizsite.yml:2:15: error: `allowRawHtml` must be true or false, not `on`");
    }

    @Test
    void frontMatterAndCourseConfigReadTextTheSameWay() {
        CourseConfig config = parse("title: No\ndescription: 42\n").orElseThrow();
        assertThat(problems()).isEmpty();
        assertThat(config.title()).contains("No");
        assertThat(config.description()).contains("42");
    }
}
