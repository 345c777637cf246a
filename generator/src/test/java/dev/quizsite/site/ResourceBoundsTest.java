package dev.quizsite.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.quizsite.report.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Oversized and deeply nested input either builds or fails with a clear message: never a
 * StackOverflowError, an OutOfMemoryError or a hang. The timeout only guards against a hang;
 * it is generous on purpose and says nothing about speed.
 */
class ResourceBoundsTest {

    static final Duration HANG_GUARD = Duration.ofSeconds(120);
    static final String OPTIONS = "- [ ] wrong\n- [x] right\n";
    static final String ANSWER = "\n## Answer\n\nBecause.\n";

    @TempDir
    Path root;

    private BuildResult build(String text) throws IOException {
        Files.createDirectories(root.resolve("questions"));
        Files.writeString(root.resolve("questions/big.md"), text, StandardCharsets.UTF_8);
        return assertTimeoutPreemptively(HANG_GUARD, () -> new SiteBuilder().build(BuildSettings.defaults(root)));
    }

    private static List<String> messages(BuildResult result) {
        return result.report().problems().stream().map(Problem::format).toList();
    }

    private String page() throws IOException {
        return Files.readString(root.resolve("target/quizsite/big/index.html"));
    }

    @Test
    void aParagraphOf200KilobytesOnOneLineBuilds() throws IOException {
        String paragraph = "word ".repeat(40_000) + "end-of-paragraph";
        BuildResult result = build("# T\n\n" + paragraph + "\n\n**Which?**\n\n" + OPTIONS + ANSWER);
        assertThat(messages(result)).isEmpty();
        assertThat(page()).contains("end-of-paragraph");
    }

    @Test
    void twoHundredOptionsBuild() throws IOException {
        StringBuilder options = new StringBuilder();
        for (int i = 1; i <= 200; i++) {
            options.append(i % 7 == 0 ? "- [x] option " : "- [ ] option ").append(i).append('\n');
        }
        BuildResult result = build("# T\n\n**Which?**\n\n" + options + ANSWER);
        assertThat(messages(result)).isEmpty();
        assertThat(page()).contains("id=\"option-200\"");
    }

    @Test
    void fiveHundredNestedQuotesAreRefusedWithTheirPlace() throws IOException {
        BuildResult result = build("# T\n\n" + ">".repeat(500) + " deep\n\n**Which?**\n\n" + OPTIONS + ANSWER);
        assertThat(messages(result)).containsExactly("questions/big.md:3:101: error: nested more than 100 levels"
                + " deep (`>` quotes, lists or indentation); flatten this part: Quizsite stops here so the build"
                + " cannot run out of stack");
    }

    @Test
    void fiveHundredNestedListsOnOneLineAreRefused() throws IOException {
        BuildResult result = build("# T\n\n" + "- ".repeat(500) + "deep\n\n**Which?**\n\n" + OPTIONS + ANSWER);
        assertThat(messages(result)).singleElement().asString().startsWith("questions/big.md:3:201: error: nested more than 100");
    }

    @Test
    void deeplyIndentedListsAreRefusedBeforeTheyTakeLong() throws IOException {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 1_000; i++) {
            list.append("  ".repeat(i)).append("- x\n");
        }
        BuildResult result = build("# T\n\n" + list + "\n**Which?**\n\n" + OPTIONS + ANSWER);
        assertThat(messages(result)).singleElement().asString().startsWith("questions/big.md:103:201: error: nested more than 100");
    }

    @Test
    void deepNestingInsideTheLimitStillBuilds() throws IOException {
        BuildResult result = build("# T\n\n" + "> ".repeat(100) + "deep\n\n" + "- ".repeat(99) + "list\n\n**Which?**\n\n"
                + OPTIONS + ANSWER);
        assertThat(messages(result)).isEmpty();
    }

    @Test
    void aTitleOf2000CharactersBuilds() throws IOException {
        String title = "Long".repeat(500);
        BuildResult result = build("# " + title + "\n\n**Which?**\n\n" + OPTIONS + ANSWER);
        assertThat(messages(result)).isEmpty();
        assertThat(page()).contains("<h1>" + title + "</h1>", "<title>" + title + " · Quiz</title>");
    }

    @Test
    void tenThousandReferencesBuild() throws IOException {
        StringBuilder references = new StringBuilder("\n## References\n\n");
        for (int i = 0; i < 10_000; i++) {
            references.append("- [Source ").append(i).append("](https://example.org/").append(i).append(")\n");
        }
        BuildResult result = build("# T\n\n**Which?**\n\n" + OPTIONS + ANSWER + references);
        assertThat(messages(result)).isEmpty();
        assertThat(page()).contains("href=\"https://example.org/9999\"");
    }

    @Test
    void manyOpenBracketsAndEmphasisMarkersDoNotHang() throws IOException {
        String noise = "[".repeat(50_000) + " " + "*_".repeat(50_000) + " " + "<".repeat(50_000);
        BuildResult result = build("# T\n\n" + noise + "\n\n**Which?**\n\n" + OPTIONS + ANSWER);
        assertThat(messages(result)).isEmpty();
    }

    @Test
    void aFileOverFourMebibytesIsRefusedUnread() throws IOException {
        BuildResult result = build("# T\n\n" + "x".repeat(4 * 1024 * 1024) + "\n\n**Which?**\n\n" + OPTIONS + ANSWER);
        assertThat(messages(result)).containsExactly(
                "questions/big.md: error: file is larger than 4 MiB; split it into several questions");
    }

    @Test
    void frontMatterOverOneMebibyteIsRefused() throws IOException {
        BuildResult result = build("---\ntags: [" + "tag, ".repeat(250_000) + "end]\n---\n# T\n\n**Which?**\n\n"
                + OPTIONS + ANSWER);
        assertThat(messages(result)).singleElement().asString()
                .endsWith("error: front matter is not valid YAML: front matter is longer than 1 MiB; keep settings short");
    }
}
