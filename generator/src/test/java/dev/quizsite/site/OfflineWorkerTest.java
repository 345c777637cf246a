package dev.quizsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sw.js: a new version exactly when some file of the site changed; none kept by the preview. */
class OfflineWorkerTest {

    @TempDir
    Path root;

    private String worker(SiteBuilder builder, String answer) throws IOException {
        Files.createDirectories(root.resolve("questions"));
        Files.writeString(root.resolve("questions/a.md"), PreviewBuildTest.QUESTION.formatted("Title a", answer),
                StandardCharsets.UTF_8);
        assertThat(builder.build(BuildSettings.defaults(root)).succeeded()).isTrue();
        return Files.readString(root.resolve("target/quizsite/sw.js"), StandardCharsets.UTF_8);
    }

    private static String version(String worker) {
        return worker.lines().findFirst().orElseThrow();
    }

    @Test
    void theVersionChangesWithTheSiteAndOnlyThen() throws IOException {
        String first = worker(new SiteBuilder(), "Because.");
        assertThat(version(first)).matches("var VERSION = \"[0-9a-f]{64}\";");
        assertThat(first).contains("var PRECACHE = [\"index.html\",\"offline/index.html\",\"assets/quiz.css\","
                + "\"assets/quiz.js\",\"assets/messages.js\",\"assets/progress.js\",\"assets/favicon.svg\"];");
        assertThat(worker(new SiteBuilder(), "Because.")).as("the same site, the same worker").isEqualTo(first);
        assertThat(version(worker(new SiteBuilder(), "Because, changed."))).isNotEqualTo(version(first));
    }

    @Test
    void thePreviewWritesAWorkerThatRemovesAnyKeptCopy() throws IOException {
        String preview = worker(SiteBuilder.preview(), "Because.");
        assertThat(preview).contains("self.registration.unregister()").doesNotContain("VERSION");
    }
}
