package dev.quizsite.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.load.SourceFile;
import dev.quizsite.load.SourceLoader;
import dev.quizsite.markdown.MarkdownEngine;
import dev.quizsite.model.ParsedFile;
import dev.quizsite.model.Question;
import dev.quizsite.model.Shuffle;
import dev.quizsite.parse.QuestionParser;
import dev.quizsite.report.Problem;
import dev.quizsite.report.Report;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StoreTest {

    static final List<Path> COURSES = List.of(Path.of("src/test/resources/corpus/valid"),
            Path.of("src/test/resources/corpus/injection-course/questions"), Path.of("src/test/resources/browser/course"),
            Path.of("../questions"));

    /** No course above sets an order or shuffle in its front matter. */
    private static final String ORDERED = "---\norder: 3\nshuffle: true\n---\n# Ordered\n\n**Which?**\n\n- [x] a\n- [ ] b\n\n"
            + "## Answer\n\nA.\n";

    @TempDir
    Path folder;

    /** Every file of the test courses and the real one, parsed under the policy; with errors too. */
    static List<ParsedFile> parsed(MarkdownEngine.RawHtml mode) {
        QuestionParser parser = new QuestionParser(new MarkdownEngine(mode));
        List<ParsedFile> files = new ArrayList<>();
        files.add(parser.parseFile(new SourceFile(Path.of("ordered.md"), "ordered.md", ORDERED), new Report()));
        files.add(parser.parseFile(new SourceFile(Path.of("broken.md"), "broken.md",
                "---\ncharts: [missing]\ntype: multipl\n---\n# Broken\n"), new Report()));
        for (Path course : COURSES) {
            Report report = new Report();
            for (SourceFile source : new SourceLoader(Path.of(".")).loadFolder(course, report)) {
                files.add(parser.parseFile(source, report));
            }
        }
        return files;
    }

    @ParameterizedTest
    @EnumSource(MarkdownEngine.RawHtml.class)
    void everyParseResultReadsBackEqualFromDisk(MarkdownEngine.RawHtml mode) {
        List<ParsedFile> files = parsed(mode);
        assertThat(files).hasSizeGreaterThan(20);
        assertThat(files.stream().filter(f -> f instanceof ParsedFile.Valid v && v.question().shuffle() == Shuffle.SHUFFLED))
                .as("a shuffle setting").isNotEmpty();
        assertThat(files.stream().filter(f -> f instanceof ParsedFile.Invalid i && !i.charts().isEmpty()))
                .as("a file with errors, and the charts it names").isNotEmpty();
        Store store = Store.open(folder);
        for (int i = 0; i < files.size(); i++) {
            store.put("k" + i, files.get(i));
        }
        assertThat(store.endBuild()).isEmpty();

        Store again = Store.open(folder);
        for (int i = 0; i < files.size(); i++) {
            assertThat(again.get("k" + i, ParsedFile.class)).contains(files.get(i));
        }
    }

    @Test
    void problemsAndQuestionsKeepEveryField() {
        Question question = ((ParsedFile.Valid) parsed(MarkdownEngine.RawHtml.ESCAPED).get(0)).question();
        Problem problem = Problem.warning("questions/a.md", 3, 7, "a warning with ünïcödé and `code`");
        Store store = Store.open(folder);
        store.put("q", question);
        store.put("p", problem);
        store.endBuild();
        Store again = Store.open(folder);
        assertThat(again.get("q", Question.class)).contains(question);
        assertThat(again.get("p", Problem.class)).contains(problem);
        assertThat(again.get("p", Question.class)).as("the wrong type").isEmpty();
    }

    @Test
    void aBuildDropsWhatItDidNotUse() {
        Store store = Store.open(folder);
        store.put("a", "first");
        store.put("b", "second");
        store.endBuild();
        Store next = Store.open(folder);
        assertThat(next.get("a", String.class)).contains("first");
        next.endBuild(); // used only "a"
        Store third = Store.open(folder);
        assertThat(third.get("a", String.class)).contains("first");
        assertThat(third.get("b", String.class)).isEmpty();
    }

    /**
     * The preview's store lives across builds: what a build used stays, and what it did not is
     * dropped once that is an eighth of the store (here, at once: one entry of two, then all).
     */
    @Test
    void anInMemoryStoreKeptAcrossBuildsDropsWhatEachDidNotUse() {
        Store store = Store.inMemory();
        store.put("a", "first");
        store.put("b", "second");
        store.endBuild();
        assertThat(store.get("a", String.class)).contains("first");
        store.endBuild(); // used only "a"
        assertThat(store.get("a", String.class)).contains("first");
        assertThat(store.get("b", String.class)).isEmpty();
        store.put("b", "again");
        store.endBuild();
        store.endBuild(); // used nothing
        assertThat(store.get("a", String.class)).isEmpty();
        assertThat(store.get("b", String.class)).isEmpty();
    }

    /** An in-memory store keeps a few unused entries, and drops them all once they are an eighth of it. */
    @Test
    void anInMemoryStoreDropsUnusedEntriesOnceTheyAreAnEighthOfIt() {
        Store store = Store.inMemory();
        for (int i = 0; i < 80; i++) {
            store.put("k" + i, "v" + i);
        }
        store.endBuild();
        for (int unused = 1; unused <= 10; unused++) {
            for (int i = unused; i < 80; i++) {
                assertThat(store.get("k" + i, String.class)).contains("v" + i);
            }
            store.endBuild(); // k0 .. k(unused-1) not used
        }
        // 10 of 80 unused was not more than an eighth: every entry is still there, one used again is kept
        assertThat(store.get("k0", String.class)).contains("v0");
        for (int i = 2; i < 80; i++) {
            store.get("k" + i, String.class);
        }
        store.put("new", "entry");
        store.endBuild(); // "k1" alone unused
        for (int i = 11; i < 80; i++) {
            store.get("k" + i, String.class);
        }
        store.endBuild(); // k0 .. k10 and "new" unused: 12 of 81, more than an eighth
        assertThat(store.get("k0", String.class)).isEmpty();
        assertThat(store.get("new", String.class)).isEmpty();
        assertThat(store.get("k11", String.class)).contains("v11");
    }

    /**
     * What a rebuild files and the next one leaves unused (a page made again, whose old version
     * nothing asks for) is dropped at once, not kept until the unused are an eighth; an unused
     * entry filed before the last walk waits for the eighth.
     */
    @Test
    void anEntryFiledLatelyIsDroppedAtTheFirstBuildThatDoesNotUseIt() {
        Store store = Store.inMemory();
        for (int i = 0; i < 80; i++) {
            store.put("k" + i, "v" + i);
        }
        store.endBuild(); // the first build's entries are walked at its end (all of them are lately filed)
        for (int i = 1; i < 80; i++) {
            store.get("k" + i, String.class);
        }
        store.put("index", "made by build 2");
        store.endBuild(); // k0 unused, filed before the walk: kept
        for (int i = 1; i < 80; i++) {
            store.get("k" + i, String.class);
        }
        store.put("index 2", "made by build 3");
        store.endBuild(); // "index" unused, filed since the walk: dropped
        for (int i = 1; i < 80; i++) {
            store.get("k" + i, String.class);
        }
        assertThat(store.get("index 2", String.class)).contains("made by build 3");
        store.endBuild(); // "index 2" used, still kept
        assertThat(store.get("index", String.class)).isEmpty();
        assertThat(store.get("index 2", String.class)).contains("made by build 3");
        assertThat(store.get("k0", String.class)).contains("v0");
    }

    /** An in-memory store remembers the keys it made; they are the ones a store with a folder hashes each time. */
    @Test
    void rememberedKeysAreTheKeysHashedAnew() {
        Store remembering = Store.inMemory();
        Store hashing = Store.open(folder);
        String longPart = "x".repeat(5000);
        for (int build = 0; build < 3; build++) {
            assertThat(remembering.key("page", "a", "b")).isEqualTo(hashing.key("page", "a", "b"));
            assertThat(remembering.key("page", "a", "b" + build)).isEqualTo(hashing.key("page", "a", "b" + build))
                    .isNotEqualTo(remembering.key("page", "a", "b" + (build + 1)));
            assertThat(remembering.key("long", longPart)).isEqualTo(hashing.key("long", longPart));
            assertThat(remembering.key("page", "ab", "")).isNotEqualTo(remembering.key("page", "a", "b"));
            remembering.endBuild();
        }
    }

    @Test
    void aDamagedOrForeignFileIsIgnored() throws IOException {
        Store store = Store.open(folder);
        store.put("a", "kept");
        store.endBuild();
        Path file = folder.resolve(Store.FILE);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(Store.open(folder).get("a", String.class)).isEmpty();
        Files.writeString(file, "not a store at all");
        assertThat(Store.open(folder).get("a", String.class)).isEmpty();
    }

    /** A class outside Quizsite's records and enums is refused when the file names it, not looked up or made. */
    @Test
    void aFileHoldingOtherClassesIsRefused() throws IOException {
        writeByHand(folder.resolve(Store.FILE), recordNamed("java.io.File"));
        assertThat(Store.open(folder).get("a", Object.class)).isEmpty();
        writeByHand(folder.resolve(Store.FILE), recordNamed(Store.class.getName()));
        assertThat(Store.open(folder).get("a", Object.class)).as("ours, but not a record").isEmpty();
        writeByHand(folder.resolve(Store.FILE), recordNamed(Nothing.class.getName()));
        assertThat(Store.open(folder).get("a", Nothing.class)).as("the same file naming one of our records does read")
                .contains(new Nothing());
    }

    /** A record of ours with no components. */
    record Nothing() implements Serializable {
    }

    /** One entry "a", a record of the class {@code name} with no components, in the store's format. */
    static byte[] recordNamed(String name) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.DataOutputStream out = new java.io.DataOutputStream(bytes);
        out.writeInt(1);
        out.writeInt(1);
        out.write('a');
        out.writeByte(EntryFormat.RECORD);
        out.writeInt(0);
        byte[] utf8 = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
        return bytes.toByteArray();
    }

    /** A store file in the store's format (one chunk), written without the store. */
    private static void writeByHand(Path file, byte[] chunk) throws IOException {
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(Files.newOutputStream(file))) {
            out.writeUTF("quizsite-store 5");
            out.writeUTF(CodeFingerprint.current());
            out.writeUTF("an id");
            out.writeInt(1);
            out.writeInt(chunk.length);
            out.write(chunk);
        }
    }

    @Test
    void keysDifferWithEveryPart() {
        Store store = Store.inMemory();
        assertThat(store.key("a", "b")).isEqualTo(store.key("a", "b")).isNotEqualTo(store.key("a", "c"))
                .isNotEqualTo(store.key("ab")).hasSize(64);
    }

    /** A build that changes a few entries writes only the delta; the store reads back the same from both files. */
    @Test
    void aSmallChangeWritesTheDeltaNotTheWholeStore() throws IOException {
        Store store = Store.open(folder);
        for (int i = 0; i < 100; i++) {
            store.put("k" + i, "v" + i);
        }
        store.endBuild();
        Path whole = folder.resolve(Store.FILE);
        byte[] first = Files.readAllBytes(whole);
        assertThat(folder.resolve(Store.DELTA)).doesNotExist();

        Store next = Store.open(folder);
        for (int i = 1; i < 100; i++) {
            next.get("k" + i, String.class); // k0 is not used: dropped
        }
        next.put("new", "added");
        next.endBuild();
        assertThat(Files.readAllBytes(whole)).as("the whole store untouched").isEqualTo(first);
        assertThat(folder.resolve(Store.DELTA)).exists();
        Store third = Store.open(folder);
        assertThat(third.get("new", String.class)).contains("added");
        assertThat(third.get("k0", String.class)).isEmpty();
        assertThat(third.get("k99", String.class)).contains("v99");

        // Many changes: the whole store is written again, and the delta goes.
        for (int i = 0; i < 50; i++) {
            third.put("more" + i, "x");
        }
        for (int i = 1; i < 100; i++) {
            third.get("k" + i, String.class);
        }
        third.get("new", String.class);
        third.endBuild();
        assertThat(folder.resolve(Store.DELTA)).doesNotExist();
        Store fourth = Store.open(folder);
        assertThat(fourth.get("more49", String.class)).contains("x");
        assertThat(fourth.get("new", String.class)).contains("added");
        assertThat(fourth.get("k0", String.class)).isEmpty();
    }

    /**
     * Regression: an entry filed again under its key with other content (what the site folder
     * holds, say) was left out of the delta, so the next build read the whole store's old one,
     * and the build after an edit deleted and rebuilt every page of the spare site.
     */
    @Test
    void anEntryReplacedUnderItsKeyReadsBackNewAfterEachDelta() throws IOException {
        Store store = Store.open(folder);
        for (int i = 0; i < 100; i++) {
            store.put("k" + i, "v" + i);
        }
        store.put("place", "first");
        store.endBuild();
        for (String round : List.of("second", "third", "fourth")) {
            Store next = Store.open(folder);
            for (int i = 0; i < 100; i++) {
                next.get("k" + i, String.class);
            }
            assertThat(next.get("place", String.class)).isPresent();
            next.put("place", round);
            next.endBuild();
            assertThat(folder.resolve(Store.DELTA)).as("a small change: the delta").exists();
            assertThat(Store.open(folder).get("place", String.class)).as(round).contains(round);
        }
    }

    /** A delta written for an earlier whole store (a build killed between the two writes) is not applied to a newer one. */
    @Test
    void aDeltaOfAnotherStoreIsIgnored() throws IOException {
        Store store = Store.open(folder);
        for (int i = 0; i < 100; i++) {
            store.put("k" + i, "v" + i);
        }
        store.endBuild();
        Store next = Store.open(folder);
        for (int i = 0; i < 100; i++) {
            next.get("k" + i, String.class);
        }
        next.put("only-in-delta", "d");
        next.endBuild();
        byte[] delta = Files.readAllBytes(folder.resolve(Store.DELTA));
        Files.delete(folder.resolve(Store.DELTA));
        Files.delete(folder.resolve(Store.FILE));
        Store fresh = Store.open(folder); // a new whole store, with an id of its own
        for (int i = 0; i < 100; i++) {
            fresh.put("k" + i, "w" + i);
        }
        fresh.endBuild();
        Files.write(folder.resolve(Store.DELTA), delta);
        Store reopened = Store.open(folder);
        assertThat(reopened.get("only-in-delta", String.class)).isEmpty();
        assertThat(reopened.get("k5", String.class)).contains("w5");
        Files.writeString(folder.resolve(Store.DELTA), "damaged");
        assertThat(Store.open(folder).get("k5", String.class)).contains("w5");
    }
}
