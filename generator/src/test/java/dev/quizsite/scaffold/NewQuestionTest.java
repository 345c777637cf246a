package dev.quizsite.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.load.SourceLoader;
import dev.quizsite.report.Report;
import dev.quizsite.site.BuildResult;
import dev.quizsite.site.BuildSettings;
import dev.quizsite.site.SiteBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewQuestionTest {

    @TempDir
    Path root;

    private NewQuestion.Created create(String title) {
        Report report = new Report();
        NewQuestion.Created created = NewQuestion.create(root.resolve("questions"), title, new SourceLoader(root), report)
                .orElseThrow(() -> new AssertionError(report.problems()));
        return created;
    }

    @Test
    void theFirstQuestionGetsPrefix000AndTheTemplateBuilds() throws IOException {
        NewQuestion.Created created = create("What is 3 + 4?");
        assertThat(created.file()).isEqualTo(root.resolve("questions/000-what-is-3-4.md"));
        assertThat(created.id()).isEqualTo("000-what-is-3-4");
        assertThat(Files.readString(created.file())).contains("# What is 3 + 4?\n");
        BuildResult result = new SiteBuilder().build(BuildSettings.defaults(root));
        assertThat(result.report().problems()).isEmpty();
        assertThat(root.resolve("target/quizsite/000-what-is-3-4/index.html")).isRegularFile();
    }

    @Test
    void oneOfEachTypeBuildsAsThatType() throws IOException {
        Report report = new Report();
        for (String type : dev.quizsite.model.QuestionType.keys()) {
            assertThat(NewQuestion.create(root.resolve("questions"), "A " + type + " question", type,
                    new SourceLoader(root), report)).isPresent();
        }
        BuildResult result = new SiteBuilder().build(BuildSettings.defaults(root));
        assertThat(result.report().problems()).isEmpty();
        for (String type : dev.quizsite.model.QuestionType.keys()) {
            String id = String.format("%03d-a-%s-question", dev.quizsite.model.QuestionType.keys().indexOf(type), type);
            assertThat(Files.readString(root.resolve("target/quizsite/" + id + "/index.html")))
                    .contains("data-type=\"" + type + "\"");
        }
    }

    @Test
    void anUnknownTypeIsAnErrorWithTheNearOne() {
        Report report = new Report();
        assertThat(NewQuestion.create(root.resolve("questions"), "X", "numerc", new SourceLoader(root), report)).isEmpty();
        assertThat(report.problems()).extracting(p -> p.format()).containsExactly("pom.xml: error: <type> (quizsite.type):"
                + " there is no question type `numerc`; did you mean `numeric`? (types: multiple, single, short, numeric,"
                + " ordering, matching)");
    }

    @Test
    void theNextPrefixFollowsTheHighestAndKeepsItsWidth() throws IOException {
        Files.createDirectories(root.resolve("questions"));
        Files.writeString(root.resolve("questions/0007_old.md"), "x");
        Files.writeString(root.resolve("questions/0002-other.md"), "x");
        Files.writeString(root.resolve("questions/notes.txt"), "x");
        assertThat(create("  ").file().getFileName().toString()).isEqualTo("0008-new-question.md");
        assertThat(create("Next").file().getFileName().toString()).isEqualTo("0009-next.md");
    }

    @Test
    void neverOverwritesAFile() throws IOException {
        Files.createDirectories(root.resolve("questions"));
        Path taken = root.resolve("questions/001-taken.md");
        Files.writeString(taken, "mine");
        Report report = new Report();
        assertThat(NewQuestion.write(taken, "Taken", "multiple", new SourceLoader(root), report)).isEmpty();
        assertThat(report.problems()).extracting(p -> p.format())
                .containsExactly("questions/001-taken.md: error: the file exists already; it was left as it is");
        assertThat(Files.readString(taken)).isEqualTo("mine");
    }
}
