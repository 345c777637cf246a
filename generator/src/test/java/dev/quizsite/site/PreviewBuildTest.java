package dev.quizsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's rebuilds redo only what a changed question file affects, and still get it right. */
class PreviewBuildTest {

    static final String QUESTION = "# %s\n\n**Which?**\n\n- [ ] wrong\n- [x] right\n\n## Answer\n\n%s\n";

    @TempDir
    Path root;

    private final SiteBuilder builder = SiteBuilder.preview();
    private Path site;
    private BuildSettings settings;

    @BeforeEach
    void course() throws IOException {
        Files.createDirectories(root.resolve("questions"));
        for (String name : new String[] {"a", "b", "c", "d"}) {
            write(name, QUESTION.formatted("Title " + name, "Because " + name + "."));
        }
        site = root.resolve("target/quizsite");
        settings = BuildSettings.defaults(root);
        assertThat(build().succeeded()).isTrue();
    }

    private BuildResult build() {
        return builder.build(settings);
    }

    /** Writes a question file and tells the builder, as the preview's file watcher does. */
    private void write(String name, String text) throws IOException {
        Path file = root.resolve("questions/" + name + ".md");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        builder.changed(java.util.List.of(file));
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

    /** The search index is filed under the questions' searchable words: an answer is not among them. */
    @Test
    void anEditThatLeavesEveryQuestionsWordsKeepsTheSearchIndex() throws IOException {
        assertThat(build().succeeded()).isTrue();
        Object index = inode("search/index.js");
        write("c", QUESTION.formatted("Title c", "An answer the search does not read."));
        assertThat(build().succeeded()).isTrue();
        assertThat(inode("search/index.js")).isEqualTo(index);

        write("c", QUESTION.formatted("Title c, renamed", "An answer the search does not read."));
        assertThat(build().succeeded()).isTrue();
        assertThat(inode("search/index.js")).isNotEqualTo(index);
        assertThat(Files.readString(site.resolve("search/index.js"))).contains("renamed");
    }

    @Test
    void aFileReportedChangedThatIsGoneIsNoLongerAQuestion() throws IOException {
        Path c = root.resolve("questions/c.md");
        builder.changed(java.util.List.of(c));
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
        builder.changed(java.util.List.of(root.resolve("questions/b.md")));
        write("e", QUESTION.formatted("Title e", "Because e."));

        assertThat(build().succeeded()).isTrue();

        assertThat(site.resolve("b")).doesNotExist();
        assertThat(Files.readString(site.resolve("e/index.html"))).contains("Because e.");
        assertThat(Files.readString(site.resolve("index.html"))).doesNotContain("Title b").contains("Title e");
    }

    /**
     * The preview keeps each question as the handout prints it: after an edit, a question removed
     * and another added (the others move up), one added in front and a changed partial, its
     * handout is the one a one-shot build writes.
     */
    @Test
    void theHandoutKeptQuestionByQuestionIsTheOneAOneShotBuildWrites() throws IOException {
        write("b", QUESTION.formatted("Title b", "Edited b."));
        assertThat(build().succeeded()).isTrue();
        assertThat(handout()).contains("Edited b.").contains("Because c.").isEqualTo(oneShotHandout());

        Files.delete(root.resolve("questions/a.md")); // as many questions, each after it one place up
        builder.changed(java.util.List.of(root.resolve("questions/a.md")));
        write("e", QUESTION.formatted("Title e", "Because e."));
        assertThat(build().succeeded()).isTrue();
        assertThat(handout()).contains("1. Title b").contains("4. Title e").isEqualTo(oneShotHandout());

        write("0", QUESTION.formatted("Title 0", "Because 0.")); // sorts first: one more, and every position moves
        assertThat(build().succeeded()).isTrue();
        assertThat(handout()).contains("1. Title 0").contains("2. Title b").isEqualTo(oneShotHandout());

        Path templates = Files.createDirectories(root.resolve("templates/partials"));
        Files.writeString(templates.resolve("handout-answer.peb"), "<p class=\"own\">{{ q.position }}: {{ q.title }}</p>\n");
        settings = settings.withTemplatesAndAssets(root.resolve("templates"), root.resolve("assets"));
        assertThat(build().succeeded()).isTrue();
        assertThat(handout()).contains("<p class=\"own\">4: Title d</p>").isEqualTo(oneShotHandout());
    }

    private String handout() throws IOException {
        return Files.readString(site.resolve("handout/index.html"));
    }

    private String oneShotHandout() throws IOException {
        Path elsewhere = root.resolve("one-shot");
        assertThat(new SiteBuilder().build(settings.withOutput(elsewhere)).succeeded()).isTrue();
        return Files.readString(elsewhere.resolve("handout/index.html"));
    }

    /**
     * Over random edits, additions and removals (the same file edited again, a file removed and
     * written back, words new to the search index), the preview's site after each rebuild is the
     * one a one-shot build writes, file for file (but the service worker, which the preview leaves
     * off): its memories in front of the store (sources, parse keys, summaries, search terms,
     * pages) never keep what an edit changed.
     */
    @Test
    void aPreviewAfterRandomEditsIsTheSiteAOneShotBuildWrites() throws IOException {
        java.util.Random random = new java.util.Random(14);
        java.util.List<String> names = new java.util.ArrayList<>(java.util.List.of("a", "b", "c", "d"));
        for (int step = 0; step < 40; step++) {
            int kind = random.nextInt(6);
            String name = names.get(random.nextInt(names.size()));
            if (kind == 0 && names.size() > 2) {
                Path file = root.resolve("questions/" + name + ".md");
                Files.delete(file);
                builder.changed(java.util.List.of(file));
                names.remove(name);
            } else if (kind == 1) {
                String added = "n" + step;
                write(added, QUESTION.formatted("Title " + added, "Because " + added + "."));
                names.add(added);
            } else {
                String title = kind == 2 ? "Title " + name + " word" + step : "Title " + name;
                write(name, QUESTION.formatted(title, "Edited in step " + step + ", with word" + step + "."));
            }
            assertThat(build().succeeded()).as("step %d", step).isTrue();
            Path elsewhere = root.resolve("one-shot");
            assertThat(new SiteBuilder().build(settings.withOutput(elsewhere)).succeeded()).isTrue();
            java.util.Map<String, String> preview = Trees.snapshot(site);
            java.util.Map<String, String> oneShot = Trees.snapshot(elsewhere);
            preview.keySet().removeIf(p -> p.equals(OfflineWorker.PATH) || p.startsWith(".quizsite"));
            oneShot.keySet().removeIf(p -> p.equals(OfflineWorker.PATH) || p.startsWith(".quizsite"));
            assertThat(preview).as("step %d", step).isEqualTo(oneShot);
        }
    }

    @Test
    void aFileTheWatcherDidNotReportIsTakenAsLastRead() throws IOException {
        Files.writeString(root.resolve("questions/a.md"), QUESTION.formatted("Title a", "Unreported."));
        assertThat(build().succeeded()).isTrue();
        assertThat(Files.readString(site.resolve("a/index.html"))).contains("Because a.");
        builder.changed(java.util.List.of(root.resolve("questions/a.md")));
        assertThat(build().succeeded()).isTrue();
        assertThat(Files.readString(site.resolve("a/index.html"))).contains("Unreported.");
    }

    @Test
    void aChangedTemplateRendersEveryPageAgain() throws IOException {
        Object a = inode("a/index.html");
        Path templates = Files.createDirectories(root.resolve("templates/partials"));
        Files.writeString(templates.resolve("footer.peb"), "<footer>A footer of our own</footer>\n");
        settings = settings.withTemplatesAndAssets(root.resolve("templates"), root.resolve("assets"));
        assertThat(build().succeeded()).isTrue();
        assertThat(inode("a/index.html")).isNotEqualTo(a);
        assertThat(Files.readString(site.resolve("a/index.html"))).contains("A footer of our own");
    }

    /** Regression: the preview's rebuilds wrote pages without checking a single link. */
    @Test
    void everyRebuildChecksTheLinks() throws IOException {
        write("c", "# Title c\n\nSee [the next one](../nowhere/).\n\n**Which?**\n\n- [ ] wrong\n- [x] right\n\n## Answer\n\nc\n");
        BuildResult result = build();
        assertThat(result.succeeded()).isFalse();
        assertThat(result.report().problems()).extracting(dev.quizsite.report.Problem::format).containsExactly(
                "questions/c.md:3:5: error: broken link ../nowhere/ (no file nowhere/index.html in the site)");
        assertThat(Files.readString(site.resolve("c/index.html"))).contains("Because c.");
    }

    /** Regression: a template error in a rebuild was shown as a raw exception, not at its file and line. */
    @Test
    void aTemplateErrorInARebuildIsReportedAtItsLine() throws IOException {
        Path templates = Files.createDirectories(root.resolve("templates/partials"));
        Files.writeString(templates.resolve("footer.peb"), "<footer>\n{{ site.titel }}</footer>\n");
        settings = settings.withTemplatesAndAssets(root.resolve("templates"), root.resolve("assets"));
        BuildResult result = build();
        assertThat(result.succeeded()).isFalse();
        assertThat(result.report().problems()).extracting(dev.quizsite.report.Problem::format)
                .singleElement().asString().startsWith("templates/partials/footer.peb:2: error: template error: ");
    }

    /**
     * The preview reuses an unchanged page's link verdicts, but not once the site around it
     * changed: here a's page is the same, and the page it links to is gone.
     */
    @Test
    void anUnchangedPagesLinkToARemovedPageIsReportedBroken() throws IOException {
        write("a", "# Title a\n\nSee [d](../d/).\n\n**Which?**\n\n- [ ] wrong\n- [x] right\n\n## Answer\n\nBecause a.\n");
        assertThat(build().succeeded()).isTrue();
        write("b", QUESTION.formatted("Title b", "Edited b.")); // a rebuild in which a's verdicts are reused
        assertThat(build().succeeded()).isTrue();
        Object a = inode("a/index.html");

        // d gives way to e: as many questions as before, so a's page is rendered from the same inputs.
        Path d = root.resolve("questions/d.md");
        Files.delete(d);
        builder.changed(java.util.List.of(d));
        write("e", QUESTION.formatted("Title e", "Because e."));
        BuildResult result = build();

        assertThat(result.report().problems()).extracting(dev.quizsite.report.Problem::format).containsExactly(
                "questions/a.md:3:5: error: broken link ../d/ (no file d/index.html in the site; did you mean `../a/`?)");
        assertThat(inode("a/index.html")).as("a's page itself did not change").isEqualTo(a);
        assertThat(result.links().links()).as("the links were checked").isNotEmpty();
    }
}
