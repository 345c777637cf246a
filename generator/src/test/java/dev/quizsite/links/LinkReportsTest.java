package dev.quizsite.links;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.model.Location;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkReportsTest {

    @Test
    void jsonAndJunitListEveryLinkWithItsVerdictAndPlaces(@TempDir Path folder) throws Exception {
        Location at = new Location("questions/a.md", 14, 3);
        LinkCheckResult result = new LinkCheckResult(List.of(
                new CheckedLink(true, new LinkResult("https://x.test/gone", LinkClass.BROKEN, 404, "404 Not Found", "",
                        false, 2, false), List.of(at)),
                new CheckedLink(true, new LinkResult("https://x.test/busy", LinkClass.TRANSIENT, 503,
                        "503 \"Service\" Unavailable, 3 attempts", "", false, 3, false), List.of(at)),
                new CheckedLink(false, LinkResult.of("../b/index.html", LinkClass.OK, "b/index.html"), List.of(at))),
                List.of(Note.info("links: note")), FailOn.BROKEN);

        List<Path> files = LinkReports.write(folder, result);

        String json = Files.readString(files.get(0));
        assertThat(json).contains("\"summary\": {\"checked\": 3, \"ok\": 1, \"redirected\": 0, \"broken\": 1, "
                + "\"couldNotCheck\": 1, \"skipped\": 0}")
                .contains("\"url\": \"https://x.test/gone\", \"external\": true, \"class\": \"broken\", \"status\": 404")
                .contains("503 \\\"Service\\\" Unavailable")
                .contains("\"locations\": [\"questions/a.md:14:3\"]");
        String xml = Files.readString(files.get(1));
        assertThat(xml).contains("<testsuite name=\"quizsite-links\" tests=\"3\" failures=\"1\" errors=\"0\" skipped=\"1\">")
                .contains("<failure type=\"broken\" message=\"broken: 404 Not Found at questions/a.md:14:3\"/>")
                .contains("<skipped message=\"transient: 503 &quot;Service&quot; Unavailable, 3 attempts at questions/a.md:14:3\"/>");
    }

    /** The two reports are written side by side: either one that cannot be written is an IOException of its own. */
    @Test
    void aReportThatCannotBeWrittenIsAnIOExceptionWhicheverItIs(@TempDir Path folder) throws Exception {
        LinkCheckResult result = new LinkCheckResult(List.of(new CheckedLink(false,
                LinkResult.of("../b/index.html", LinkClass.OK, "b/index.html"), List.of(new Location("questions/a.md", 1, 1)))),
                List.of(), FailOn.BROKEN);
        for (String blocked : List.of(LinkReports.JSON, LinkReports.JUNIT)) {
            Path reports = Files.createDirectories(folder.resolve("reports-" + blocked));
            Files.createDirectories(reports.resolve(blocked)); // a folder where the file should go
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> LinkReports.write(reports, result))
                    .isInstanceOf(java.io.IOException.class)
                    .hasMessageContaining(blocked);
        }
    }

    @Test
    void durationsAreReadAsPeopleWriteThem() {
        assertThat(Durations.parse("500ms")).hasValue(java.time.Duration.ofMillis(500));
        assertThat(Durations.parse("1d")).hasValue(java.time.Duration.ofDays(1));
        assertThat(Durations.parse("five seconds")).isEmpty();
    }
}
