package dev.quizsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full HTML of the seed question's page, compared with the golden file in
 * src/test/resources/golden/, so that any change to the output is seen in review.
 * After an intended change: {@code mvn test -Dtest=GoldenPageTest -Dgolden.update=true}.
 */
class GoldenPageTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden/seed-page.html");

    @TempDir
    Path out;

    @Test
    void theSeedPageMatchesTheGoldenFile() throws IOException {
        Path project = Path.of("..").toAbsolutePath().normalize();
        BuildSettings settings = BuildSettings.defaults(project).withOutput(out.resolve("site"))
                .withData(project.resolve("site-src/data"));
        BuildResult result = new SiteBuilder().build(settings);
        assertThat(result.report().problems()).isEmpty();
        String actual = Files.readString(out.resolve("site/sometimes-small-is-better/index.html"), StandardCharsets.UTF_8);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }
}
