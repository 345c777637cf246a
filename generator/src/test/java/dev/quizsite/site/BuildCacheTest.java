package dev.quizsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rebuilds with a cache redo only what a changed question file affects, and still get it right. */
class BuildCacheTest {

    static final String QUESTION = "# %s\n\n**Which?**\n\n- [ ] wrong\n- [x] right\n\n## Answer\n\n%s\n";

    @TempDir
    Path root;

    private final BuildCache cache = new BuildCache();
    private Path site;

    @BeforeEach
    void course() throws IOException {
        Files.createDirectories(root.resolve("questions"));
        for (String name : new String[] {"a", "b", "c", "d"}) {
            write(name, QUESTION.formatted("Title " + name, "Because " + name + "."));
        }
        site = root.resolve("target/quizsite");
        assertThat(build().succeeded()).isTrue();
    }

    private BuildResult build() {
        return new SiteBuilder(cache).build(BuildSettings.defaults(root));
    }

    /** Writes a question file and tells the cache, as the preview's file watcher does. */
    private void write(String name, String text) throws IOException {
        Path file = root.resolve("questions/" + name + ".md");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        cache.changed(java.util.List.of(file));
    }

    private Object inode(String page) throws IOException {
        return Files.getAttribute(site.resolve(page), "unix:ino");
    }

    @Test
    void anEditedAnswerRerendersOnlyItsOwnPage() throws IOException {
        Object a = inode("a/index.html");
        Object c = inode("c/index.html");
        write("c", QUESTION.formatted("Title c", "Changed answer."));

        assertThat(build().succeeded()).isTrue();

        assertThat(inode("a/index.html")).as("untouched page is linked, not rewritten").isEqualTo(a);
        assertThat(inode("c/index.html")).isNotEqualTo(c);
        assertThat(Files.readString(site.resolve("c/index.html"))).contains("Changed answer.");
        assertThat(Files.readString(site.resolve("a/index.html"))).contains("Because a.");
    }

    @Test
    void theIndexIsRewrittenOnlyWhenWhatItShowsChanged() throws IOException {
        assertThat(build().succeeded()).isTrue(); // from here on, the site is updated in place
        Object index = inode("index.html");
        write("c", QUESTION.formatted("Title c", "Another answer."));
        assertThat(build().succeeded()).isTrue();
        assertThat(inode("index.html")).as("an answer is not on the index").isEqualTo(index);

        write("c", QUESTION.formatted("Title c", "Another answer.").replace("- [ ] wrong", "- [ ] false"));
        assertThat(build().succeeded()).isTrue();
        assertThat(inode("index.html")).as("the options make the index's answer key").isNotEqualTo(index);
    }

    @Test
    void aFileReportedChangedThatIsGoneIsNoLongerAQuestion() throws IOException {
        Path c = root.resolve("questions/c.md");
        cache.changed(java.util.List.of(c));
        Files.delete(c);

        assertThat(build().succeeded()).isTrue();

        assertThat(site.resolve("c/index.html")).doesNotExist();
        assertThat(Files.readString(site.resolve("index.html"))).doesNotContain("Title c");
    }

    @Test
    void aNewTitleAlsoRerendersTheNeighboursThatLinkToIt() throws IOException {
        Object a = inode("a/index.html");
        write("c", QUESTION.formatted("Renamed", "Because c."));

        assertThat(build().succeeded()).isTrue();

        assertThat(Files.readString(site.resolve("b/index.html"))).contains("Renamed");
        assertThat(Files.readString(site.resolve("d/index.html"))).contains("Renamed");
        assertThat(Files.readString(site.resolve("index.html"))).contains("Renamed");
        assertThat(inode("a/index.html")).isEqualTo(a);
        // Pages updated in place (rendered straight into their files) are those a full build writes.
        Path fresh = root.resolve("fresh");
        assertThat(new SiteBuilder().build(BuildSettings.defaults(root).withOutput(fresh)).succeeded()).isTrue();
        for (String page : new String[] {"index.html", "b/index.html", "c/index.html", "d/index.html"}) {
            assertThat(Files.readString(site.resolve(page))).as(page).isEqualTo(Files.readString(fresh.resolve(page)));
        }
        try (java.util.stream.Stream<Path> files = Files.walk(site)) {
            assertThat(files.map(Path::toString)).noneMatch(name -> name.endsWith(".partial"));
        }
    }

    @Test
    void aFailedRebuildKeepsTheSiteAndTheNextGoodOneIsComplete() throws IOException {
        write("c", "# Broken\n");
        assertThat(build().succeeded()).isFalse();
        assertThat(Files.readString(site.resolve("c/index.html"))).contains("Because c.");

        write("c", QUESTION.formatted("Title c", "Fixed."));
        assertThat(build().succeeded()).isTrue();
        assertThat(Files.readString(site.resolve("c/index.html"))).contains("Fixed.");
        for (String page : new String[] {"a", "b", "d"}) {
            assertThat(Files.readString(site.resolve(page + "/index.html"))).contains("Because " + page + ".");
        }
    }

    @Test
    void problemsOfUnchangedFilesAreStillReported() throws IOException {
        write("e", "# E\n\n**Which?**\n\n- [x] only\n\n## Answer\n\nx\n");
        assertThat(build().report().counts()).isEqualTo("1 error, 0 warnings");
        write("d", QUESTION.formatted("Title d", "Edited."));
        assertThat(build().report().counts()).isEqualTo("1 error, 0 warnings");
    }

    @Test
    void aRemovedQuestionLosesItsPageAndAnAddedOneGetsOne() throws IOException {
        Files.delete(root.resolve("questions/b.md"));
        cache.changed(java.util.List.of(root.resolve("questions/b.md")));
        write("e", QUESTION.formatted("Title e", "Because e."));

        assertThat(build().succeeded()).isTrue();

        assertThat(site.resolve("b")).doesNotExist();
        assertThat(Files.readString(site.resolve("e/index.html"))).contains("Because e.");
        assertThat(Files.readString(site.resolve("index.html"))).doesNotContain("Title b").contains("Title e");
    }

    @Test
    void aFileTheWatcherDidNotReportIsTakenAsLastRead() throws IOException {
        Files.writeString(root.resolve("questions/a.md"), QUESTION.formatted("Title a", "Unreported."));
        assertThat(build().succeeded()).isTrue();
        assertThat(Files.readString(site.resolve("a/index.html"))).contains("Because a.");
        cache.changed(java.util.List.of(root.resolve("questions/a.md")));
        assertThat(build().succeeded()).isTrue();
        assertThat(Files.readString(site.resolve("a/index.html"))).contains("Unreported.");
    }

    @Test
    void afterClearTheNextBuildWritesAWholeNewSite() throws IOException {
        Object a = inode("a/index.html");
        cache.clear();
        assertThat(build().succeeded()).isTrue();
        assertThat(inode("a/index.html")).isNotEqualTo(a);
    }
}
