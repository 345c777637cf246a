package dev.quizsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.report.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuilderTest {

    static final String VALID = "# Title %s\n\n**Which?**\n\n- [ ] wrong\n- [x] right\n\n## Answer\n\nBecause.\n";

    @TempDir
    Path root;

    private BuildResult build() {
        return new SiteBuilder().build(BuildSettings.defaults(root));
    }

    private void question(String name, String text) throws IOException {
        Files.createDirectories(root.resolve("questions"));
        Files.writeString(root.resolve("questions").resolve(name), text, StandardCharsets.UTF_8);
    }

    private List<String> tree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void writesTheIndexAPagePerQuestionAndTheThemeAssets() throws IOException {
        question("b.md", VALID.formatted("B"));
        question("a.md", VALID.formatted("A"));
        BuildResult result = build();
        assertThat(result.report().problems()).isEmpty();
        assertThat(result.questions()).isEqualTo(2);
        Path site = root.resolve("target/quizsite");
        assertThat(tree(site)).contains(".quizsite", "index.html", "a/index.html", "b/index.html",
                "assets/quiz.css", "assets/quiz.js", "assets/favicon.svg");
        String index = Files.readString(site.resolve("index.html"));
        assertThat(index.indexOf("href=\"a/index.html\"")).isLessThan(index.indexOf("href=\"b/index.html\"")).isPositive();
        assertThat(Files.readString(site.resolve("a/index.html"))).contains("<h1>Title A</h1>", "href=\"../b/index.html\"");
    }

    /** What `mvn -X` and the benchmarks print: every stage of the pipeline, in its order. */
    @Test
    void aBuildSaysHowLongEachStageTook() throws IOException {
        question("a.md", VALID.formatted("A"));
        BuildResult result = build();
        assertThat(result.phases()).extracting(Phases.Phase::name).containsExactly("settings", "load", "parse",
                "validate and charts", "staging", "render", "links", "write", "store");
        assertThat(result.phaseLine()).matches("settings \\d+ ms, load \\d+ ms, .*, store \\d+ ms");
        assertThat(result.phases().stream().map(Phases.Phase::took).reduce(java.time.Duration.ZERO, java.time.Duration::plus))
                .isLessThanOrEqualTo(result.elapsed());
    }

    @Test
    void duplicateIdsAcrossFilesAreReportedAtTheSecondFile() throws IOException {
        question("a.md", "---\nid: same\n---\n" + VALID.formatted("A"));
        question("b.md", "---\ntitle: B\nid: same\n---\n" + VALID.formatted("B"));
        BuildResult result = build();
        assertThat(result.report().problems()).extracting(Problem::format).containsExactly(
                "questions/b.md:3:1: error: duplicate id `same`, also used by questions/a.md; ids must be unique (set `id:` in the front matter)");
    }

    @Test
    void problemsOfAllFilesAreReportedSortedByFileAndLine() throws IOException {
        question("b.md", "# B\n\n**Which?**\n\n- [ ] a\n- [ ] b\n\n## Answer\n\nx\n");
        question("a.md", "# A\n\n**Which?**\n\n- [x] a\n");
        BuildResult result = build();
        assertThat(result.report().problems()).extracting(Problem::format).containsExactly(
                "questions/a.md:5:1: error: a question needs at least two options, found 1",
                "questions/a.md:6:1: error: no `## Answer` section; add one with the explanation after the options",
                "questions/b.md:5:1: error: no option is marked right; mark the right ones with `- [x]`");
        assertThat(result.report().counts()).isEqualTo("3 errors, 0 warnings");
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteUntouched() throws IOException {
        question("a.md", VALID.formatted("A"));
        assertThat(build().succeeded()).isTrue();
        Path site = root.resolve("target/quizsite");
        List<String> before = tree(site);
        byte[] page = Files.readAllBytes(site.resolve("a/index.html"));

        question("a.md", VALID.formatted("A changed"));
        question("broken.md", "# Broken\n\n- [ ] no prompt\n");
        BuildResult failed = build();

        assertThat(failed.succeeded()).isFalse();
        assertThat(failed.report().problems()).extracting(Problem::format)
                .contains("questions/broken.md:3:1: error: no prompt; write the question to answer as a paragraph in bold (**…**) before the options");
        assertThat(tree(site)).isEqualTo(before);
        assertThat(Files.readAllBytes(site.resolve("a/index.html"))).isEqualTo(page);
        try (Stream<Path> siblings = Files.list(site.getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("quizsite");
        }
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical() throws IOException {
        question("a.md", VALID.formatted("A"));
        question("b.md", VALID.formatted("B"));
        build();
        Path site = root.resolve("target/quizsite");
        List<String> files = tree(site);
        List<byte[]> first = files.stream().map(f -> read(site.resolve(f))).toList();
        build();
        assertThat(tree(site)).isEqualTo(files);
        for (int i = 0; i < files.size(); i++) {
            assertThat(read(site.resolve(files.get(i)))).as(files.get(i)).isEqualTo(first.get(i));
        }
    }

    @Test
    void buildsFromTheCacheWriteTheSameSiteAsBuildsWithout() throws IOException {
        Trees.writeCourse(root.resolve("questions"), 12, "one");
        Path site = root.resolve("target/quizsite");
        BuildSettings cached = BuildSettings.defaults(root).withCache(root.resolve("target/quizsite-cache"));
        assertThat(build().report().problems()).isEmpty();
        Map<String, String> withoutCache = Trees.snapshot(site);

        new SiteBuilder().build(cached); // fills the cache
        assertThat(root.resolve("target/quizsite-cache")).isNotEmptyDirectory();
        BuildResult fromCache = new SiteBuilder().build(cached);
        assertThat(fromCache.report().problems()).isEmpty();
        assertThat(fromCache.unchanged()).isEqualTo(12);
        assertThat(fromCache.summary(site)).contains("12 of the questions unchanged since the last build");
        assertThat(Trees.snapshot(site)).isEqualTo(withoutCache);

        Files.writeString(root.resolve("questions/q00003.md"), VALID.formatted("edited"), StandardCharsets.UTF_8);
        assertThat(new SiteBuilder().build(cached).unchanged()).isEqualTo(11);
        assertThat(Files.readString(site.resolve("q00003/index.html"))).contains("Title edited");
    }

    /**
     * The build after one question changed renders that page (and the index, which shows its
     * title) and takes every other page from the site it replaces: the same file, hard-linked.
     */
    @Test
    void theNextBuildTakesUnchangedPagesFromTheSiteItReplaces() throws IOException {
        Trees.writeCourse(root.resolve("questions"), 6, "one");
        BuildSettings cached = BuildSettings.defaults(root).withCache(root.resolve("target/quizsite-cache"));
        Path site = root.resolve("target/quizsite");
        assertThat(new SiteBuilder().build(cached).report().problems()).isEmpty();
        Object unchanged = Files.getAttribute(site.resolve("q00001/index.html"), "unix:ino");
        Object edited = Files.getAttribute(site.resolve("q00003/index.html"), "unix:ino");

        Files.writeString(root.resolve("questions/q00003.md"), VALID.formatted("edited"), StandardCharsets.UTF_8);
        BuildResult next = new SiteBuilder().build(cached);

        assertThat(next.report().problems()).isEmpty();
        assertThat(Files.getAttribute(site.resolve("q00001/index.html"), "unix:ino")).isEqualTo(unchanged);
        assertThat(Files.getAttribute(site.resolve("q00003/index.html"), "unix:ino")).isNotEqualTo(edited);
        assertThat(Files.readString(site.resolve("q00003/index.html"))).contains("Title edited");
        // And the site is the one a build without any cache makes.
        Path fresh = root.resolve("fresh");
        assertThat(new SiteBuilder().build(BuildSettings.defaults(root).withOutput(fresh)).succeeded()).isTrue();
        assertThat(Trees.snapshot(site)).isEqualTo(Trees.snapshot(fresh));
    }

    /** An author who edits a built page by hand gets it rebuilt, not kept because the cache says it is unchanged. */
    @Test
    void aPageEditedInTheOutputIsRenderedAgain() throws IOException {
        Trees.writeCourse(root.resolve("questions"), 3, "one");
        BuildSettings cached = BuildSettings.defaults(root).withCache(root.resolve("target/quizsite-cache"));
        Path site = root.resolve("target/quizsite");
        assertThat(new SiteBuilder().build(cached).succeeded()).isTrue();
        String page = Files.readString(site.resolve("q00001/index.html"));
        Files.writeString(site.resolve("q00001/index.html"), "tampered");
        assertThat(new SiteBuilder().build(cached).succeeded()).isTrue();
        assertThat(Files.readString(site.resolve("q00001/index.html"))).isEqualTo(page);
    }

    @Test
    void refusesToReplaceAFolderItDidNotMake() throws IOException {
        question("a.md", VALID.formatted("A"));
        Path foreign = root.resolve("docs");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("keep.txt"), "mine");
        BuildResult result = new SiteBuilder().build(BuildSettings.defaults(root).withOutput(foreign));
        assertThat(result.report().problems()).extracting(Problem::format).containsExactly(
                "docs: error: refusing to write the site here: it is not empty and was not made by Quizsite"
                        + " (no .quizsite file); choose an empty or new folder");
        assertThat(tree(foreign)).containsExactly("keep.txt");
    }

    @Test
    void aMissingQuestionsFolderIsAProblemNotACrash() {
        BuildResult result = build();
        assertThat(result.report().problems()).extracting(Problem::format)
                .containsExactly("questions: error: the questions folder does not exist; create it, or start a new course"
                        + " with `mvn dev.quizsite:quizsite-maven-plugin:init`");
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
