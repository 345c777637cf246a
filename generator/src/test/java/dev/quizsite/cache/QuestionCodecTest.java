package dev.quizsite.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quizsite.load.SourceFile;
import dev.quizsite.load.SourceLoader;
import dev.quizsite.markdown.MarkdownEngine;
import dev.quizsite.model.Figure;
import dev.quizsite.model.Html;
import dev.quizsite.model.Question;
import dev.quizsite.parse.QuestionParser;
import dev.quizsite.report.Problem;
import dev.quizsite.report.Report;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class QuestionCodecTest {

    static final List<Path> COURSES = List.of(Path.of("src/test/resources/corpus/valid"),
            Path.of("src/test/resources/corpus/injection-course/questions"), Path.of("src/test/resources/browser/course"),
            Path.of("../questions"));

    /** No course above sets an order in its front matter. */
    private static final String ORDERED = "---\norder: 3\nshuffle: true\n---\n# Ordered\n\n**Which?**\n\n- [x] a\n- [ ] b\n\n"
            + "## Answer\n\nA.\n";

    /** Every question of the test courses and the real one, parsed under the policy. */
    static List<Question> questions(MarkdownEngine.RawHtml mode) {
        QuestionParser parser = new QuestionParser(new MarkdownEngine(mode));
        List<Question> questions = new ArrayList<>();
        parser.parse(new SourceFile(Path.of("ordered.md"), "ordered.md", ORDERED), new Report()).ifPresent(questions::add);
        for (Path course : COURSES) {
            Report report = new Report();
            for (SourceFile source : new SourceLoader(Path.of(".")).loadFolder(course, report)) {
                parser.parse(source, report).ifPresent(questions::add);
            }
        }
        return questions;
    }

    static byte[] encode(Question question) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        QuestionCodec.write(new DataOutputStream(bytes), question);
        return bytes.toByteArray();
    }

    @ParameterizedTest
    @EnumSource(MarkdownEngine.RawHtml.class)
    void everyQuestionReadsBackEqual(MarkdownEngine.RawHtml mode) throws IOException {
        List<Question> questions = questions(mode);
        assertThat(questions).hasSizeGreaterThan(20);
        for (Question question : questions) {
            Question back = QuestionCodec.readQuestion(new DataInputStream(new ByteArrayInputStream(encode(question))));
            assertThat(back).as(question.source()).isEqualTo(question);
        }
        // The fields that vary across the courses really vary, so equality above covers them.
        assertThat(questions.stream().anyMatch(q -> q.shuffle().isPresent())).as("a shuffle setting").isTrue();
        assertThat(questions.stream().anyMatch(q -> !q.tags().isEmpty())).as("tags").isTrue();
        assertThat(questions.stream().anyMatch(q -> !q.charts().isEmpty())).as("charts").isTrue();
        assertThat(questions.stream().anyMatch(q -> !q.references().isEmpty())).as("references").isTrue();
        assertThat(questions.stream().anyMatch(q -> q.order() != Integer.MAX_VALUE)).as("an order").isTrue();
        assertThat(questions.stream().anyMatch(q -> q.options().stream().anyMatch(o -> !o.feedback().isEmpty())))
                .as("feedback").isTrue();
    }

    @Test
    void problemsReadBackEqual() throws IOException {
        List<Problem> problems = List.of(Problem.warning("questions/a.md", 3, 7, "dropped the link «javascript:»"),
                Problem.error("questions/b.md", 0, 0, "no title"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        QuestionCodec.write(new DataOutputStream(bytes), problems);
        assertThat(QuestionCodec.readProblems(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))))
                .isEqualTo(problems);
    }

    @Test
    void damagedBytesFailAsIOExceptionsOnly() throws IOException {
        byte[] whole = encode(questions(MarkdownEngine.RawHtml.ESCAPED).get(0));
        for (int cut = 0; cut < whole.length; cut += Math.max(1, whole.length / 50)) {
            byte[] cutOff = Arrays.copyOf(whole, cut);
            assertThatThrownBy(() -> QuestionCodec.readQuestion(new DataInputStream(new ByteArrayInputStream(cutOff))))
                    .as("cut at %d", cut).isInstanceOf(IOException.class);
        }
        byte[] hugeLength = whole.clone();
        hugeLength[0] = (byte) 0x7f; // the id's length, far beyond any file
        assertThatThrownBy(() -> QuestionCodec.readQuestion(new DataInputStream(new ByteArrayInputStream(hugeLength))))
                .isInstanceOf(IOException.class).hasMessageContaining("damaged");
    }

    @Test
    void onlyQuestionsStraightFromTheParserAreWritten() {
        Question parsed = questions(MarkdownEngine.RawHtml.ESCAPED).get(0);
        Question drawn = parsed.withCharts(parsed.scenario(), parsed.answer(),
                List.of(new Figure("c", "C", new Html("<svg></svg>"), Html.EMPTY, "src", "https://example.org", "c.csv")));
        assertThatThrownBy(() -> encode(drawn)).isInstanceOf(IllegalArgumentException.class);
    }
}
