package dev.quizsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.report.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing outside the output folder is written or deleted, and only Quizsite's folders are replaced. */
class OutputSafetyTest {

    static final String VALID = "# Title\n\n**Which?**\n\n- [ ] wrong\n- [x] right\n\n## Answer\n\nBecause.\n";

    @TempDir
    Path root;

    private BuildResult build(Path output) {
        return new SiteBuilder().build(BuildSettings.defaults(root).withOutput(output));
    }

    private void project() throws IOException {
        Files.createDirectories(root.resolve("questions"));
        Files.writeString(root.resolve("questions/a.md"), VALID, StandardCharsets.UTF_8);
        Files.writeString(root.resolve("pom.xml"), "<project/>\n");
        Files.createDirectories(root.resolve("target/classes"));
        Files.writeString(root.resolve("target/classes/keep.txt"), "a sibling of the site\n");
        Files.writeString(root.resolve("target/.quizsite.notes"), "a file that only looks like ours\n");
    }

    /**
     * The project outside the site folder and its spare (the site a build replaced, kept beside it
     * for the next build to stage into: see {@link SiteOutput}), and no staging folder left.
     */
    private Map<String, String> outsideTheSite() {
        assertThat(root.resolve("target/.quizsite.partial")).as("no staging folder left").doesNotExist();
        Map<String, String> tree = new TreeMap<>(Trees.snapshot(root));
        tree.keySet().removeIf(name -> name.equals("target/quizsite") || name.startsWith("target/quizsite/")
                || name.equals("target/.quizsite.old") || name.startsWith("target/.quizsite.old/"));
        return tree;
    }

    @Test
    void successfulAndFailedBuildsTouchNothingOutsideTheOutputFolder() throws IOException {
        project();
        Map<String, String> before = outsideTheSite();
        assertThat(build(root.resolve("target/quizsite")).succeeded()).isTrue();
        assertThat(outsideTheSite()).isEqualTo(before);
        Map<String, String> first = Trees.snapshot(root.resolve("target/quizsite"));
        assertThat(build(root.resolve("target/quizsite")).succeeded()).as("a rebuild").isTrue();
        assertThat(outsideTheSite()).isEqualTo(before);
        assertThat(Trees.snapshot(root.resolve("target/.quizsite.old"))).as("the spare: the site replaced").isEqualTo(first);

        Files.writeString(root.resolve("questions/broken.md"), "# Broken\n");
        Map<String, String> site = Trees.snapshot(root.resolve("target/quizsite"));
        Map<String, String> withBroken = outsideTheSite();
        assertThat(build(root.resolve("target/quizsite")).succeeded()).isFalse();
        assertThat(outsideTheSite()).isEqualTo(withBroken);
        assertThat(Trees.snapshot(root.resolve("target/quizsite"))).as("the previous site").isEqualTo(site);
    }

    @Test
    void aFailureWhileWritingLeavesThePreviousSiteAndNoStagingFolder() throws IOException {
        project();
        assertThat(build(root.resolve("target/quizsite")).succeeded()).isTrue();
        Map<String, String> site = Trees.snapshot(root.resolve("target/quizsite"));
        Map<String, String> before = outsideTheSite();
        Files.createDirectories(root.resolve("templates"));
        Files.writeString(root.resolve("templates/question.peb"), "{{ undefinedVariable.field }}");
        BuildSettings broken = BuildSettings.defaults(root)
                .withTemplatesAndAssets(root.resolve("templates"), root.resolve("assets"));
        BuildResult result = new SiteBuilder().build(broken);
        assertThat(result.succeeded()).isFalse();
        assertThat(result.report().problems()).extracting(Problem::format).singleElement().asString()
                .startsWith("templates/question.peb:1: error: template error: ");
        assertThat(Trees.snapshot(root.resolve("target/quizsite"))).isEqualTo(site);
        Map<String, String> after = outsideTheSite();
        after.keySet().removeIf(name -> name.startsWith("templates"));
        assertThat(after).isEqualTo(before);
    }

    @Test
    void theProjectRootIsRefusedAsOutput() throws IOException {
        project();
        Map<String, String> before = Trees.snapshot(root);
        assertThat(build(root).report().problems()).extracting(Problem::format).containsExactly(
                ".: error: refusing to write the site here: it is an input of the build, which a rebuild would delete;"
                        + " choose a folder of its own, such as target/quizsite");
        assertThat(Trees.snapshot(root)).isEqualTo(before);
    }

    @Test
    void theProjectRootIsRefusedEvenWithAQuizsiteFileInIt() throws IOException {
        project();
        Files.writeString(root.resolve(SiteOutput.MARKER), SiteOutput.MARKER_TEXT);
        Map<String, String> before = Trees.snapshot(root);
        assertThat(build(root).succeeded()).isFalse();
        assertThat(Trees.snapshot(root)).isEqualTo(before);
    }

    @Test
    void aFolderHoldingTheQuestionsIsRefused() throws IOException {
        project();
        Path parentOfQuestions = root.resolve("questions").getParent();
        assertThat(build(parentOfQuestions).succeeded()).isFalse();
        assertThat(Trees.snapshot(root.resolve("questions"))).containsKey("a.md");
    }

    @Test
    void aFolderWithAnUnrelatedQuizsiteFileIsRefused() throws IOException {
        project();
        Path docs = root.resolve("docs");
        Files.createDirectories(docs);
        Files.writeString(docs.resolve(".quizsite"), "theme: dark\n");
        Files.writeString(docs.resolve("guide.html"), "<p>mine</p>\n");
        Map<String, String> before = Trees.snapshot(docs);
        assertThat(build(docs).report().problems()).extracting(Problem::format).containsExactly(
                "docs: error: refusing to write the site here: it is not empty and was not made by Quizsite"
                        + " (no .quizsite file); choose an empty or new folder");
        assertThat(Trees.snapshot(docs)).isEqualTo(before);
    }

    @Test
    void aFileIsRefusedAsOutput() throws IOException {
        project();
        assertThat(build(root.resolve("pom.xml")).report().problems()).extracting(Problem::format).containsExactly(
                "pom.xml: error: refusing to write the site here: it is a file, not a folder; choose a folder");
        assertThat(Files.readString(root.resolve("pom.xml"))).isEqualTo("<project/>\n");
    }

    @Test
    void anEmptyFolderIsAccepted() throws IOException {
        project();
        Files.createDirectories(root.resolve("public"));
        assertThat(build(root.resolve("public")).succeeded()).isTrue();
        assertThat(root.resolve("public/index.html")).exists();
    }

    @Test
    void aLargerCourseBuildsByteIdenticallyInTwoProjects(@TempDir Path other) throws IOException {
        Trees.writeCourse(root.resolve("questions"), 300, "same");
        Trees.writeCourse(other.resolve("questions"), 300, "same");
        assertThat(new SiteBuilder().build(BuildSettings.defaults(root)).succeeded()).isTrue();
        assertThat(new SiteBuilder().build(BuildSettings.defaults(other)).succeeded()).isTrue();
        Map<String, String> first = Trees.snapshot(root.resolve("target/quizsite"));
        assertThat(first).hasSizeGreaterThan(300);
        assertThat(Trees.snapshot(other.resolve("target/quizsite"))).isEqualTo(first);
        assertThat(new SiteBuilder().build(BuildSettings.defaults(root)).succeeded()).isTrue();
        assertThat(Trees.snapshot(root.resolve("target/quizsite"))).as("a rebuild").isEqualTo(first);
    }
}
