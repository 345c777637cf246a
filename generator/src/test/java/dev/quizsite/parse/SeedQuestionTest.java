package dev.quizsite.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.load.SourceFile;
import dev.quizsite.load.SourceLoader;
import dev.quizsite.markdown.MarkdownEngine;
import dev.quizsite.model.Option;
import dev.quizsite.model.Question;
import dev.quizsite.model.Reference;
import dev.quizsite.report.Report;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The course's own seed question, read from questions/ exactly as authors run the build. */
class SeedQuestionTest {

    static final Path SEED = Path.of("..", "questions", "000_1c61b4ad28206f04.md");

    static Question seed;
    static Report report;

    @BeforeAll
    static void parseSeed() {
        report = new Report();
        SourceFile source = new SourceLoader(Path.of("..")).load(SEED, report).orElseThrow();
        seed = new QuestionParser(new MarkdownEngine(MarkdownEngine.RawHtml.ESCAPED)).parse(source, report).orElseThrow();
    }

    /** 1-based line of the first line starting with {@code prefix}: independent of any front matter. */
    static int lineOf(String prefix) {
        try {
            var lines = java.nio.file.Files.readAllLines(SEED);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(prefix)) {
                    return i + 1;
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError("no line starts with " + prefix);
    }

    @Test
    void hasNoProblems() {
        assertThat(report.problems()).isEmpty();
    }

    @Test
    void title() {
        assertThat(seed.plainTitle()).isEqualTo("Sometimes, small is better");
        assertThat(seed.title().value()).isEqualTo("Sometimes, small is better");
    }

    @Test
    void idAndTagsComeFromTheFrontMatter() {
        // a readable URL, and the tag filter finds it with the course's other batch-size questions
        assertThat(seed.id()).isEqualTo("sometimes-small-is-better");
        assertThat(seed.tags()).containsExactly("training", "batch size");
    }

    @Test
    void itsTextIsTheSeedByteForByte() throws java.io.IOException {
        Path original = Path.of("/work/shared/seed/000_1c61b4ad28206f04.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isRegularFile(original), "the seed is not on this machine");
        String file = java.nio.file.Files.readString(SEED);
        String body = file.substring(file.indexOf("\n---\n") + 5);
        assertThat(body).isEqualTo(java.nio.file.Files.readString(original));
    }

    @Test
    void scenarioHoldsBothParagraphsAndNotThePrompt() {
        assertThat(seed.scenario().value())
                .startsWith("<p>Fynn is new to a team working on a neural network model.")
                .contains("Fynn believes a smaller batch size will be better.</p>")
                .doesNotContain("What would be good arguments");
    }

    @Test
    void prompt() {
        assertThat(seed.prompt().value()).isEqualTo("What would be good arguments to support Fynn's suspicion?");
    }

    @Test
    void fourOptionsWithTheSecondAndFourthCorrect() {
        assertThat(seed.options()).extracting(Option::text).containsExactly(
                "A smaller batch size is more computationally effective.",
                "A smaller batch size reduces overfitting because it increases the noise in the training process.",
                "A smaller batch size reduces overfitting because it decreases the noise in the training process.",
                "A smaller batch size can improve the generalization of the model.");
        assertThat(seed.options()).extracting(Option::correct).containsExactly(false, true, false, true);
        assertThat(seed.options().get(0).location().line()).isEqualTo(lineOf("- [ ] A smaller batch size is more"));
    }

    @Test
    void answerHoldsBothQuotations() {
        assertThat(seed.answer().value())
                .startsWith("<p>Choosing the right batch size is very specific")
                .contains("<blockquote>\n<p>Smaller batch sizes are noisy, offering a regularizing effect and lower generalization error.</p>\n</blockquote>")
                .contains("<blockquote>\n<p>The mini-batch size is typically chosen between 1 and a few hundred, e.g., b = 32 is a good default value.</p>\n</blockquote>")
                .doesNotContain("References");
    }

    @Test
    void twoReferencesWithTheirUrlsAndLines() {
        assertThat(seed.references()).extracting(Reference::url).containsExactly(
                "https://arxiv.org/abs/1206.5533",
                "https://machinelearningmastery.com/how-to-control-the-speed-and-stability-of-training-neural-networks-with-gradient-descent-batch-size/");
        assertThat(seed.references()).extracting(r -> r.title().value()).containsExactly(
                "Practical recommendations for gradient-based training of deep architectures",
                "How to Control the Stability of Training Neural Networks With the Batch Size");
        assertThat(seed.references()).extracting(r -> r.location().line())
                .containsExactly(lineOf("- [Practical"), lineOf("- [How to Control"));
        assertThat(seed.references()).extracting(r -> r.location().column()).containsOnly(3);
    }
}
