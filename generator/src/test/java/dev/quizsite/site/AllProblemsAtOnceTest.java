package dev.quizsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.config.CourseConfig;
import dev.quizsite.links.LinkOptions;
import dev.quizsite.report.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression: a build reported its mistakes in rounds. A chart missing from a file with a
 * `type:` error showed only once that error was fixed, broken internal links only once nothing
 * else failed, and a bad link parameter stopped the build before anything else was looked at.
 */
class AllProblemsAtOnceTest {

    static final String VALID = "# Title %s\n\n**Which?**\n\n- [ ] wrong\n- [x] right\n\n## Answer\n\nBecause.\n";

    @TempDir
    Path root;

    private void write(String name, String text) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private BuildOptions options(String connectTimeout, List<String> ignore) {
        return new BuildOptions(root, "pom.xml", root.resolve("questions"), root.resolve("target/quizsite"),
                root.resolve("templates"), root.resolve("assets"), root.resolve("data"), root.resolve("quizsite.yml"),
                CourseConfig.EMPTY, root.resolve("target/quizsite-cache"),
                new LinkOptions(true, false, "broken", connectTimeout, "5s", "12s", 2, 64, 2, ignore, List.of(),
                        root.resolve("target/links"), "1d"),
                List.of(), root.resolve("target/quizsite-export"));
    }

    @Test
    void oneBuildReportsTheMistakesOfEveryStage() throws IOException {
        // A file with a front matter error that also names a chart no data file has.
        write("questions/a.md", "---\ntype: singel\ncharts: [nowhere]\n---\n" + VALID.formatted("A"));
        // A valid file whose link points at a page that does not exist, and one at the broken file's page.
        write("questions/b.md", "# Title B\n\nSee [this](../missing/) and [that](../a/).\n\n**Which?**\n\n"
                + "- [ ] wrong\n- [x] right\n\n## Answer\n\nBecause.\n");
        write("quizsite.yml", "shuffle: yes\n");

        BuildResult result = new SiteBuilder().build(options("5x", List.of("[unclosed")));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.report().problems()).extracting(Problem::format).containsExactly(
                "pom.xml: error: <linksConnectTimeout> (quizsite.links.connectTimeout) is `5x`, not a duration;"
                        + " write it like 500ms, 5s, 2m, 12h or 1d",
                "pom.xml: error: <linksIgnore> (quizsite.links.ignore) `[unclosed` is not a regular expression"
                        + " (Unclosed character class at character 9)",
                "questions/a.md:2:7: error: `type` must be `multiple`, `single`, `short`, `numeric`, `ordering` or `matching`, not `singel`; did you mean `single`?",
                "questions/a.md:3:10: error: no data file `nowhere.csv` in data (the folder does not exist: create it, or name another with -Dquizsite.data=…)",
                "questions/b.md:3:5: error: broken link ../missing/ (no file missing/index.html in the site)",
                "quizsite.yml:1:10: error: `shuffle` must be true or false, not `yes`");
        assertThat(root.resolve("target/quizsite")).doesNotExist();
    }

    @Test
    void theIgnoreRuleIsTheSameForInternalAndExternalLinks() throws IOException {
        write("questions/b.md", "# Title B\n\nSee [this](../draft-page/) and [that](https://example.invalid/drafts/x).\n\n"
                + "**Which?**\n\n- [ ] wrong\n- [x] right\n\n## Answer\n\nBecause.\n");
        // Matches part of each URL: neither is checked, both are reported as skipped.
        BuildResult result = new SiteBuilder().build(options("5s", List.of("draft")));
        assertThat(result.report().problems()).isEmpty();
        assertThat(result.links().links()).filteredOn(l -> l.result().url().contains("draft"))
                .extracting(l -> l.result().linkClass().name() + " " + l.result().detail())
                .containsExactlyInAnyOrder("SKIPPED ignored by draft", "SKIPPED ignored by draft");
    }
}
