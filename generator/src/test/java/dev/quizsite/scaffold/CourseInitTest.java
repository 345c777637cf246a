package dev.quizsite.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.load.SourceLoader;
import dev.quizsite.report.Problem;
import dev.quizsite.report.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseInitTest {

    @TempDir
    Path root;

    @Test
    void writesACourseIntoANamedFolder() throws Exception {
        Report report = new Report();
        CourseInit.Created created = CourseInit.create(root.resolve("My Course"), "Say \"hi\"", "1.2.3",
                new SourceLoader(root), report).orElseThrow();
        assertThat(report.problems()).isEmpty();
        assertThat(created.files()).extracting(Path::toString).containsExactly("pom.xml", "quizsite.yml",
                "questions/000-prime-numbers.md", "questions/001-http-get.md", ".gitignore", ".github/workflows/pages.yml");
        String pom = Files.readString(root.resolve("My Course/pom.xml"));
        assertThat(pom).contains("<artifactId>my-course</artifactId>", "<version>1.2.3</version>",
                "<packaging>pom</packaging>").doesNotContain("@");
        assertThat(Files.readString(root.resolve("My Course/quizsite.yml"))).startsWith("title: \"Say \\\"hi\\\"\"\n");
    }

    @Test
    void refusesToOverwriteAndWritesNothing() throws Exception {
        Files.writeString(root.resolve("quizsite.yml"), "title: Mine\n");
        Files.createDirectories(root.resolve("questions"));
        Files.writeString(root.resolve("questions/001-http-get.md"), "mine");
        Report report = new Report();
        assertThat(CourseInit.create(root, null, "1", new SourceLoader(root), report)).isEmpty();
        String tail = ": error: exists already; `init` writes a new course only where none of its files is, so nothing"
                + " was written (run it in an empty folder, or name one with -Dquizsite.directory=…)";
        assertThat(report.problems()).extracting(Problem::format)
                .containsExactly("questions/001-http-get.md" + tail, "quizsite.yml" + tail);
        assertThat(root.resolve("pom.xml")).doesNotExist();
        assertThat(Files.readString(root.resolve("quizsite.yml"))).isEqualTo("title: Mine\n");
    }
}
