package dev.quizsite.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.load.SourceLoader;
import dev.quizsite.report.Problem;
import dev.quizsite.report.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EjectThemeTest {

    static final Path THEME = Path.of("src/main/resources/dev/quizsite/theme");

    @TempDir
    Path root;

    @Test
    void theListIsEveryFileOfTheTheme() throws Exception {
        try (Stream<Path> walk = Files.walk(THEME)) {
            assertThat(walk.filter(Files::isRegularFile).map(p -> THEME.relativize(p).toString().replace('\\', '/')))
                    .containsExactlyInAnyOrderElementsOf(EjectTheme.FILES);
        }
    }

    @Test
    void copiesTheThemeByteForByte() throws Exception {
        Report report = new Report();
        assertThat(EjectTheme.copy(root.resolve("templates"), root.resolve("assets"), new SourceLoader(root), report))
                .hasValueSatisfying(files -> assertThat(files).hasSize(EjectTheme.FILES.size()));
        assertThat(root.resolve("templates/partials/chart.peb")).hasSameBinaryContentAs(THEME.resolve("templates/partials/chart.peb"));
        assertThat(root.resolve("assets/quiz.css")).hasSameBinaryContentAs(THEME.resolve("assets/quiz.css"));
    }

    @Test
    void refusesToOverwrite() throws Exception {
        Files.createDirectories(root.resolve("templates/partials"));
        Files.writeString(root.resolve("templates/partials/footer.peb"), "mine");
        Report report = new Report();
        assertThat(EjectTheme.copy(root.resolve("templates"), root.resolve("assets"), new SourceLoader(root), report)).isEmpty();
        assertThat(report.problems()).extracting(Problem::format).containsExactly("templates/partials/footer.peb: error:"
                + " exists already; `eject-theme` copies the theme only where none of its files is, so nothing was"
                + " copied (move your own files aside first)");
        assertThat(root.resolve("assets")).doesNotExist();
        assertThat(Files.readString(root.resolve("templates/partials/footer.peb"))).isEqualTo("mine");
    }

    /** The README's table of templates names every template of the theme. */
    @Test
    void theReadmeNamesEveryTemplate() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        String table = readme.substring(readme.indexOf("| template | renders | variables |"));
        table = table.substring(0, table.indexOf("\n\n"));
        for (String file : EjectTheme.FILES) {
            if (file.startsWith("templates/")) {
                assertThat(table).as(file).contains("`" + file.substring("templates/".length()) + "`");
            }
        }
    }
}
