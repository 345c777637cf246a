package dev.quizsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.load.SourceFile;
import dev.quizsite.load.SourceLoader;
import dev.quizsite.markdown.MarkdownEngine;
import dev.quizsite.markdown.MarkdownEngine.RawHtml;
import dev.quizsite.model.ParsedFile;
import dev.quizsite.model.Question;
import dev.quizsite.store.Store;
import dev.quizsite.parse.QuestionParser;
import dev.quizsite.report.Problem;
import dev.quizsite.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parse stage through the build cache: what a second build takes from it, and when it cannot. */
class ParseStageTest {

    private static final String QUESTION = """
            # Question %s

            A scenario with [a link](https://example.org/%s) and [a script link](javascript:alert(1)).

            **Which one?**

            - [ ] wrong
            - [x] right

            ## Answer

            Because %s.
            """;

    @TempDir
    Path root;
    Path questions;
    Path cacheFolder;

    /** One build's parse stage: what it parsed, what it reported, and how many it took from the cache. */
    private record Parsed(List<Question> questions, List<Problem> problems, int reused) {
    }

    @BeforeEach
    void course() throws IOException {
        questions = Files.createDirectories(root.resolve("questions"));
        cacheFolder = root.resolve("target/quizsite-cache");
        for (String name : List.of("a", "b", "c")) {
            Files.writeString(questions.resolve(name + ".md"), QUESTION.formatted(name, name, name));
        }
    }

    private Parsed parse(RawHtml mode) {
        Store store = Store.open(cacheFolder);
        Report report = new Report();
        List<SourceFile> sources = new SourceLoader(root).loadFolder(questions, report);
        ParseStage.Result result = ParseStage.run(sources, source -> ParseStage.key(store, mode, source), mode, store, report);
        assertThat(store.endBuild()).isEmpty();
        List<Question> parsed = result.files().stream()
                .flatMap(f -> f instanceof ParsedFile.Valid v ? java.util.stream.Stream.of(v.question()) : java.util.stream.Stream.empty())
                .toList();
        return new Parsed(parsed, report.problems(), result.reused());
    }

    @Test
    void aSecondBuildTakesEveryUnchangedQuestionAndItsWarningsFromTheCache() {
        Parsed first = parse(RawHtml.ESCAPED);
        assertThat(first.reused()).isZero();
        assertThat(first.problems()).hasSize(3).allMatch(p -> !p.isError() && p.message().contains("javascript"));
        assertThat(cacheFolder.resolve(STORE_FILE)).isRegularFile();

        Parsed second = parse(RawHtml.ESCAPED);
        assertThat(second.reused()).isEqualTo(3);
        assertThat(second.questions()).isEqualTo(first.questions());
        assertThat(second.problems()).isEqualTo(first.problems());
    }

    @Test
    void htmlShownAsTextGivesOneHintABuild() throws IOException {
        // regression: nothing told authors that allowRawHtml exists; one hint, not one per tag or file
        Files.writeString(questions.resolve("a.md"), QUESTION.formatted("<b>a</b>", "a", "<i>a</i> and <u>b</u>"));
        Files.writeString(questions.resolve("b.md"), QUESTION.formatted("b", "b", "<kbd>b</kbd>"));
        Parsed escaped = parse(RawHtml.ESCAPED);
        assertThat(escaped.problems()).extracting(Problem::format).filteredOn(m -> !m.contains("javascript")).containsExactly(
                "questions/a.md:1:12: warning: HTML is shown as text, since raw HTML is off; to let it through"
                        + " (cleaned of anything unsafe), set `allowRawHtml: true` in quizsite.yml or"
                        + " -Dquizsite.allowRawHtml=true (HTML in 1 more question files too)");
        assertThat(parse(RawHtml.SANITIZED).problems()).noneMatch(p -> p.message().contains("allowRawHtml"));
    }

    @Test
    void anEditedFileIsParsedAgain() throws IOException {
        parse(RawHtml.ESCAPED);
        Files.writeString(questions.resolve("b.md"), QUESTION.formatted("B2", "b2", "b2"));
        Parsed second = parse(RawHtml.ESCAPED);
        assertThat(second.reused()).isEqualTo(2);
        assertThat(second.questions()).extracting(Question::plainTitle).containsExactly("Question a", "Question B2",
                "Question c");
        assertThat(parse(RawHtml.ESCAPED).reused()).isEqualTo(3); // and stored in its new form
    }

    @Test
    void theOtherRawHtmlPolicyParsesEverythingAgain() {
        parse(RawHtml.ESCAPED);
        assertThat(parse(RawHtml.SANITIZED).reused()).isZero();
        assertThat(parse(RawHtml.SANITIZED).reused()).isEqualTo(3);
    }

    @Test
    void aFileWithErrorsIsKeptWithItsErrorsWhichComeBackEveryBuild() throws IOException {
        Files.writeString(questions.resolve("d.md"), "# No prompt, no options\n");
        Parsed first = parse(RawHtml.ESCAPED);
        List<Problem> errors = first.problems().stream().filter(Problem::isError).toList();
        assertThat(errors).isNotEmpty().allMatch(p -> p.file().endsWith("d.md"));
        assertThat(first.questions()).hasSize(3);
        Parsed second = parse(RawHtml.ESCAPED);
        assertThat(second.reused()).isEqualTo(4);
        assertThat(second.problems()).isEqualTo(first.problems());
        assertThat(second.questions()).isEqualTo(first.questions());
    }

    @Test
    void aDamagedCacheIsIgnoredAndReplaced() throws IOException {
        Parsed first = parse(RawHtml.ESCAPED);
        Path file = cacheFolder.resolve(STORE_FILE);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Parsed cutOff = parse(RawHtml.ESCAPED);
        assertThat(cutOff.reused()).isZero();
        assertThat(cutOff.questions()).isEqualTo(first.questions());
        Files.writeString(file, "not a cache at all");
        assertThat(parse(RawHtml.ESCAPED).reused()).isZero();
        assertThat(parse(RawHtml.ESCAPED).reused()).isEqualTo(3);
    }

    @Test
    void aRemovedFileLeavesTheCache() throws IOException {
        parse(RawHtml.ESCAPED);
        Files.delete(questions.resolve("c.md"));
        assertThat(parse(RawHtml.ESCAPED).reused()).isEqualTo(2);
        long size = Files.size(cacheFolder.resolve(STORE_FILE));
        Files.writeString(questions.resolve("c.md"), QUESTION.formatted("c", "c", "c"));
        assertThat(parse(RawHtml.ESCAPED).reused()).isEqualTo(2);
        assertThat(Files.size(cacheFolder.resolve(STORE_FILE))).isGreaterThan(size);
    }

    @Test
    void withoutAFolderNothingIsKept() {
        Store memory = Store.inMemory();
        Report report = new Report();
        List<SourceFile> sources = new SourceLoader(root).loadFolder(questions, report);
        ParseStage.Result result = ParseStage.run(sources, source -> ParseStage.key(memory, RawHtml.ESCAPED, source),
                RawHtml.ESCAPED, memory, report);
        assertThat(result.files()).hasSize(3).allMatch(f -> f instanceof ParsedFile.Valid);
        assertThat(memory.endBuild()).isEmpty();
        assertThat(result.reused()).isZero();
        assertThat(cacheFolder).doesNotExist();
    }

    private static final String STORE_FILE = "store.bin";
}
