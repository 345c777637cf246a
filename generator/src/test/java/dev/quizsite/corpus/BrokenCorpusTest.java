package dev.quizsite.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.report.Problem;
import dev.quizsite.site.BuildResult;
import dev.quizsite.site.BuildSettings;
import dev.quizsite.site.SiteBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every broken question file under {@code corpus/broken/} is built as a course of its own; the
 * report must be exactly the lines of its {@code .expected} file, and no site may be written.
 * A case is a file {@code name.md}, or a folder {@code name/} for mistakes that need several files.
 */
class BrokenCorpusTest {

    @TempDir
    Path root;

    static Stream<Path> cases() {
        return Corpus.cases("broken");
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedProblems(Path caseFile) throws IOException {
        Corpus.copyInto(caseFile, root.resolve("questions"));
        BuildResult result = new SiteBuilder().build(BuildSettings.defaults(root));

        List<String> actual = result.report().problems().stream().map(Problem::format).toList();
        Path expectedFile = caseFile.resolveSibling(Corpus.caseName(caseFile) + ".expected");
        if (Boolean.getBoolean("corpus.print")) { // for reviewing new cases: prints, never writes
            System.out.println("=== " + expectedFile.getFileName() + "\n" + String.join("\n", actual));
        }
        List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank())
                .toList();
        assertThat(actual).containsExactlyElementsOf(expected);
        assertThat(result.succeeded()).as("a broken case must fail the build").isFalse();
        assertThat(result.report().counts()).isEqualTo(plural(expected.size(), "error") + ", 0 warnings");
        assertThat(root.resolve("target")).as("a failed build writes nothing").doesNotExist();
        assertThat(actual).allSatisfy(line -> assertThat(line)
                .as("names the file relative to the project, with line and column")
                .matches("questions/[^:]+\\.md:\\d+:\\d+: error: .+"));
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
