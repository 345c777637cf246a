package dev.quizsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.links.LinkSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build stages into the spare, the site the build before replaced (target/.quizsite.old), and
 * changes only what differs: the site it makes is still exactly that of a build into an empty
 * folder, whatever happened to the spare meanwhile, and the site being served is never written
 * into, although the spare's unchanged files are hard links to its own.
 */
class SpareSiteTest {

    private static final int QUESTIONS = 12;

    @TempDir
    Path root;

    private Path questions;
    private Path site;
    private Path spare;
    private BuildSettings settings;

    @BeforeEach
    void twoBuilds() throws IOException {
        questions = root.resolve("questions");
        site = root.resolve("target/quizsite");
        spare = root.resolve("target/.quizsite.old");
        settings = BuildSettings.defaults(root).withCache(root.resolve("target/quizsite-cache"))
                .withLinks(LinkSettings.builder().offline(true).build());
        Trees.writeCourse(questions, QUESTIONS, "one");
        build();
        Trees.writeCourse(questions, QUESTIONS, "two");
        build();
        assertThat(spare).as("the first site, kept as the spare").isDirectory();
    }

    private void build() {
        BuildResult result = new SiteBuilder().build(settings);
        assertThat(result.report().problems()).isEmpty();
    }

    /** The site a build into an empty folder makes of the same course. */
    private Map<String, String> fresh() {
        Path elsewhere = root.resolve("fresh/site");
        assertThat(new SiteBuilder().build(settings.withOutput(elsewhere)).succeeded()).isTrue();
        return Trees.snapshot(elsewhere);
    }

    private void edit(int question, String answer) throws IOException {
        Path file = questions.resolve(String.format("q%05d.md", question));
        Files.writeString(file, Files.readString(file).replace("## Answer\n\n", "## Answer\n\n" + answer + " "));
    }

    @Test
    void aBuildAfterOneEditMakesTheSiteAFreshBuildMakesAndLeavesTheServedOneAsItWas() throws IOException {
        Map<String, String> served = Trees.snapshot(site);
        edit(3, "Edited.");
        build();
        assertThat(Trees.snapshot(site)).isEqualTo(fresh());
        assertThat(Trees.snapshot(spare)).as("the site served during the build, not written into").isEqualTo(served);
        assertThat(Files.readString(site.resolve("q00003/index.html"))).contains("Edited.");
    }

    @Test
    void whatWasDoneToTheSpareDoesNotReachTheNewSite() throws IOException {
        Files.writeString(spare.resolve("stray.html"), "<p>not ours</p>");
        Files.createDirectories(spare.resolve("stray-folder"));
        Files.writeString(spare.resolve("stray-folder/index.html"), "<p>nor this</p>");
        Path page = spare.resolve("q00005/index.html");
        Files.delete(page); // a new file, not a change to the one the served site may share with it
        Files.writeString(page, "<p>tampered</p>", StandardCharsets.UTF_8);
        Files.delete(spare.resolve("q00006/index.html"));
        Files.delete(spare.resolve("assets/quiz.css"));

        edit(1, "Edited.");
        build();

        assertThat(Trees.snapshot(site)).isEqualTo(fresh());
        assertThat(site.resolve("stray.html")).doesNotExist();
    }

    @Test
    void aFailedBuildLeavesTheSiteAndItsStagingIsUsedSafelyNextTime() throws IOException {
        Map<String, String> served = Trees.snapshot(site);
        Files.writeString(questions.resolve("q00002.md"), Files.readString(questions.resolve("q00002.md"))
                .replace("(../index.html)", "(../nowhere/)"));
        assertThat(new SiteBuilder().build(settings).succeeded()).isFalse();
        assertThat(Trees.snapshot(site)).isEqualTo(served);
        assertThat(root.resolve("target/.quizsite.partial")).doesNotExist();

        Trees.writeCourse(questions, QUESTIONS, "two");
        edit(2, "Mended.");
        build();
        assertThat(Trees.snapshot(site)).isEqualTo(fresh());
    }

    @Test
    void aRemovedQuestionLeavesNoFolderInTheSiteMadeFromTheSpare() throws IOException {
        Files.delete(questions.resolve("q00011.md"));
        build();
        Files.delete(questions.resolve("q00010.md"));
        build(); // the spare still had both
        assertThat(site.resolve("q00010")).doesNotExist();
        assertThat(site.resolve("q00011")).doesNotExist();
        assertThat(Trees.snapshot(site)).isEqualTo(fresh());
    }
}
