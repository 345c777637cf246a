package dev.quizsite.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.load.SourceFile;
import dev.quizsite.load.SourceLoader;
import dev.quizsite.markdown.MarkdownEngine;
import dev.quizsite.model.Question;
import dev.quizsite.parse.QuestionParser;
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
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file under {@code corpus/valid/} must build without any problem, and each line of its
 * {@code .visible} file must be found, code point for code point, in the text of its page
 * ({@code tag: x} lines: among the question's tags, which pages do not show).
 */
class ValidCorpusTest {

    @TempDir
    Path root;

    static Stream<Path> cases() {
        return Corpus.cases("valid");
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    void buildsAndShowsEveryField(Path caseFile) throws IOException {
        Corpus.copyInto(caseFile, root.resolve("questions"));
        BuildResult result = new SiteBuilder().build(BuildSettings.defaults(root));
        assertThat(result.report().problems()).extracting(Problem::format).isEmpty();
        assertThat(result.succeeded()).isTrue();

        Question question = parse(caseFile);
        String pageText = Jsoup.parse(root.resolve("target/quizsite/" + question.id() + "/index.html").toFile(),
                "UTF-8").text();
        String name = Corpus.caseName(caseFile);
        List<String> visible = Files.readAllLines(caseFile.resolveSibling(name + ".visible"), StandardCharsets.UTF_8);
        for (String line : visible) {
            if (line.startsWith("tag: ")) {
                assertThat(question.tags()).contains(line.substring(5));
            } else if (!line.isBlank()) {
                assertThat(pageText).as("page text of " + name).contains(line);
            }
        }
    }

    private Question parse(Path caseFile) {
        Report report = new Report();
        SourceFile source = new SourceLoader(root).load(caseFile, report).orElseThrow();
        return new QuestionParser(new MarkdownEngine(MarkdownEngine.RawHtml.ESCAPED)).parse(source, report)
                .orElseThrow();
    }
}
