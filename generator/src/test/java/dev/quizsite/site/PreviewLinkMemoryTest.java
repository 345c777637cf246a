package dev.quizsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.links.CheckedLink;
import dev.quizsite.links.LinkSettings;
import dev.quizsite.model.Location;
import dev.quizsite.report.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's link check keeps what it found between rebuilds (each page's verdicts, the
 * gathering of every page's links, an index of every question's links, the verdicts on external
 * links made offline) and updates it by what changed. After every edit of a sequence that moves
 * links, breaks and mends them, puts them in titles (which the index, the results and the review
 * pages show) and adds and removes questions, its verdicts and problems must be exactly those of a
 * one-shot build of the same files, which keeps nothing.
 */
class PreviewLinkMemoryTest {

    private static final String QUESTION = "# %s\n\n%s\n\n**Which?**\n\n- [ ] wrong\n- [x] right\n\n## Answer\n\n%s\n\n"
            + "## References\n\n- [Paper](https://example.org/%s)\n";

    @TempDir
    Path root;

    private final SiteBuilder preview = SiteBuilder.preview();
    private BuildSettings settings;

    @BeforeEach
    void course() throws IOException {
        Files.createDirectories(root.resolve("questions"));
        settings = BuildSettings.defaults(root).withLinks(LinkSettings.builder().offline(true).build());
        for (String name : List.of("a", "b", "c", "d")) {
            write(name, "Title " + name, "A story.", "Because.", name);
        }
    }

    private void write(String name, String title, String scenario, String answer, String paper) throws IOException {
        Path file = root.resolve("questions/" + name + ".md");
        Files.writeString(file, QUESTION.formatted(title, scenario, answer, paper), StandardCharsets.UTF_8);
        preview.changed(List.of(file));
    }

    private void remove(String name) throws IOException {
        Path file = root.resolve("questions/" + name + ".md");
        Files.delete(file);
        preview.changed(List.of(file));
    }

    @Test
    void everyRebuildFindsWhatAOneShotBuildFinds() throws IOException {
        same("the first build", true);
        write("b", "Title b", "A story.", "Because, edited.", "b");
        same("an edit that leaves every link where it was", true);
        write("b", "Title b", "A longer story.\n\nOver two paragraphs.", "Because.", "b");
        same("an edit that moves b's reference two lines down", true);
        write("a", "Title a, [after a paper](https://example.org/title)", "A story.", "Because.", "a");
        same("a link in a title, which the index, results and review pages show too", true);
        write("d", "Title d", "See [it](https://example.org/title).", "Because.", "d");
        same("d writes the title's URL too: the index's link is at both places", true);
        write("d", "Title d", "\n\nLower down, see [it](https://example.org/title).", "Because.", "d");
        same("d's link moves; the index page itself is unchanged", true);
        write("c", "Title c", "See [a](../a/) and [nothing](../nothing/).", "Because.", "c");
        same("a good and a broken link in c", false);
        write("c", "Title c", "See [a](../a/).", "Because.", "c");
        same("c's broken link mended", true);
        write("a", "Title a with [a link](../c/#top)", "A story.", "Because.", "a");
        same("a relative link in a title, which the index cannot resolve", false);
        write("a", "Title a", "A story.", "Because.", "a");
        same("the title's link gone", true);
        write("d", "Title d", "\n\n\nA story further down.", "Because.", "a");
        same("d cites a's paper, lower down", true);
        remove("b");
        same("b removed: every page links elsewhere now", true);
        write("e", "Title e", "See [d](../d/) and [b](../b/).", "Because.", "e");
        same("e added, linking to the removed b", false);
        write("e", "Title e", "See [d](../d/).", "Because.", "e");
        same("e mended", true);
    }

    /**
     * The preview's verdicts and problems, rebuilt, against a one-shot build of the same files into another folder.
     * A build that fails writes nothing, so the one after renders every page anew: the steps are
     * such that most succeed, for the memory to be used.
     */
    private void same(String step, boolean succeeds) {
        BuildResult kept = preview.build(settings);
        BuildResult fresh = new SiteBuilder().build(settings.withOutput(root.resolve("target/fresh")));
        assertThat(kept.succeeded()).as(step + ": the build succeeds").isEqualTo(succeeds);
        assertThat(verdicts(kept.links().links())).as(step).isEqualTo(verdicts(fresh.links().links()));
        assertThat(problems(kept)).as(step).isEqualTo(problems(fresh));
        assertThat(kept.links().notes()).as(step).isEqualTo(fresh.links().notes());
        assertThat(kept.links().links()).as(step + ": links were checked").isNotEmpty();
    }

    /** Each link's URL, verdict, detail and places (those in the site folder named without it), in one order. */
    private static List<String> verdicts(List<CheckedLink> links) {
        return links.stream().map(link -> link.external() + " " + link.result().url() + " " + link.result().linkClass()
                + " " + link.result().detail() + " at " + link.locations().stream().map(PreviewLinkMemoryTest::place)
                        .sorted().collect(Collectors.joining(", ")))
                .sorted().toList();
    }

    private static String place(Location at) {
        return at.file().replace("target/fresh", "target/quizsite") + ":" + at.line() + ":" + at.column();
    }

    private static List<String> problems(BuildResult result) {
        return result.report().problems().stream().map(Problem::format)
                .map(line -> line.replace("target/fresh", "target/quizsite")).sorted().toList();
    }
}
