package dev.quizsite.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.report.Problem;
import dev.quizsite.report.Report;
import dev.quizsite.site.BuildResult;
import dev.quizsite.site.BuildSettings;
import dev.quizsite.site.SiteBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code <exports>} parameter, and a course with errors, which exports nothing. */
class ExportSettingsTest {

    @TempDir
    Path tmp;

    @Test
    void formatsAreReadInTheirOrderOnceEachAndAnUnknownOneIsAnErrorWithAHint() {
        Report report = new Report();
        ExportSettings settings = ExportSettings.read(List.of("moodle", " QTI21 ", "", "qti2", "moodle", "blackboard"),
                tmp, "pom.xml", report);
        assertThat(settings.ordered()).containsExactly(ExportFormat.QTI21, ExportFormat.MOODLE);
        assertThat(report.problems()).extracting(Problem::format).containsExactly(
                "pom.xml: error: <exports> (quizsite.exports) names `blackboard`, not an export format: use qti21, canvas or moodle",
                "pom.xml: error: <exports> (quizsite.exports) names `qti2`, not an export format: use qti21, canvas or moodle;"
                        + " did you mean `qti21`?");
        assertThat(ExportSettings.read(null, tmp, "pom.xml", new Report()).any()).isFalse();
    }

    @Test
    void aCourseWithErrorsFailsWithTheBuildsMessagesAndWritesNoExport() throws Exception {
        Path questions = Files.createDirectories(tmp.resolve("questions"));
        Files.writeString(questions.resolve("broken.md"), "# No prompt\n\n- [x] a\n- [ ] b\n");
        Path folder = tmp.resolve("export");
        BuildResult result = new SiteBuilder().build(BuildSettings.defaults(tmp)
                .withExports(new ExportSettings(EnumSet.allOf(ExportFormat.class), folder)));
        assertThat(result.succeeded()).isFalse();
        assertThat(result.report().problems()).extracting(Problem::format)
                .anyMatch(m -> m.startsWith("questions/broken.md:") && m.contains("error: no prompt"));
        assertThat(result.exports()).isEmpty();
        assertThat(folder).doesNotExist();
    }
}
