package dev.quizsite.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quizsite.model.Html;
import dev.quizsite.report.Severity;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntryFormatTest {

    /** Every kind of component the format knows, one record nested in another. */
    record Sample(String text, int count, long size, boolean flag, double ratio, BigDecimal low, List<String> words,
            Set<Integer> numbers, Map<String, Sample> nested, Optional<Severity> severity, Optional<String> none,
            Html html, String missing) implements Serializable {
    }

    private static Sample leaf(String text) {
        return new Sample(text, -7, Long.MAX_VALUE, false, 0.1, new BigDecimal("-12345678901234567890.125"),
                List.of(), Set.of(), Map.of(), Optional.empty(), Optional.empty(), Html.EMPTY, "");
    }

    @Test
    void everyKindOfValueReadsBackEqual() throws IOException {
        Sample sample = new Sample("ünïcödé ✓ 😀 and \0 and \uD800 alone", Integer.MIN_VALUE, 42L, true, -0.0,
                BigDecimal.ONE.movePointLeft(30), List.of("a", "", "c"), Set.of(1, 2, 3),
                Map.of("one", leaf("x"), "two", leaf("y")), Optional.of(Severity.WARNING), Optional.empty(),
                new Html("<p>“quoted”</p>"), null);
        Map<String, Serializable> entries = Map.of("sample", sample, "text", "plain", "number", 5,
                "list", (Serializable) List.of(leaf("in a list")));

        Map<String, Serializable> read = EntryFormat.read(EntryFormat.write(entries));

        // A lone surrogate cannot be UTF-8: it is written as '?', as String.getBytes writes it.
        Sample expected = new Sample(sample.text().replace("\uD800", "?"), sample.count(), sample.size(), sample.flag(),
                sample.ratio(), sample.low(), sample.words(), sample.numbers(), sample.nested(), sample.severity(),
                sample.none(), sample.html(), null);
        assertThat(read).containsOnlyKeys(entries.keySet());
        assertThat(read.get("sample")).isEqualTo(expected);
        assertThat(read.get("text")).isEqualTo("plain");
        assertThat(read.get("number")).isEqualTo(5);
        assertThat(read.get("list")).isEqualTo(List.of(leaf("in a list")));
        assertThat(((Sample) read.get("sample")).low().scale()).as("the scale, not only the value").isEqualTo(30);
    }

    @Test
    void whatItReadsCannotBeChanged() throws IOException {
        Map<String, Serializable> read = EntryFormat.read(EntryFormat.write(Map.of("a", (Serializable) List.of("x"))));
        assertThatThrownBy(() -> ((List<Object>) read.get("a")).add("y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aValueOfAnotherKindFailsTheWriteNotALaterRead() {
        assertThatThrownBy(() -> EntryFormat.write(Map.of("a", new java.io.File("any"))))
                .isInstanceOf(IOException.class).hasMessage("the store cannot keep a java.io.File");
    }

    @Test
    void aStoreThatCannotKeepAValueSaysSoAndDoesNotFailTheBuild(@TempDir Path folder) {
        Store store = Store.open(folder);
        store.put("a", new java.io.File("any"));
        assertThat(store.endBuild()).hasValueSatisfying(why -> assertThat(why)
                .startsWith("could not keep the build cache in ").endsWith(": the store cannot keep a java.io.File"));
        assertThat(Files.exists(folder.resolve(Store.FILE))).isFalse();
    }

    @Test
    void aCountLargerThanTheFileIsRefusedBeforeAnythingIsMade() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = oneEntryNamedA(bytes);
        out.writeByte(EntryFormat.LIST);
        out.writeInt(Integer.MAX_VALUE);
        assertThatThrownBy(() -> EntryFormat.read(bytes.toByteArray()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a count of 2147483647 with 0 bytes left");
    }

    @Test
    void valuesNestedPastTheLimitAreRefusedWithoutExhaustingTheStack() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = oneEntryNamedA(bytes);
        for (int i = 0; i < 100_000; i++) {
            out.writeByte(EntryFormat.LIST);
            out.writeInt(1);
        }
        out.writeByte(EntryFormat.NULL);
        assertThatThrownBy(() -> EntryFormat.read(bytes.toByteArray()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("values nested more than 64 deep");
    }

    @Test
    void aFileCutShortOrWithBytesLeftOverIsNotRead() throws IOException {
        byte[] whole = EntryFormat.write(Map.of("a", leaf("x")));
        assertThat(EntryFormat.read(whole)).containsEntry("a", leaf("x"));
        for (int cut = 0; cut < whole.length; cut++) {
            byte[] part = Arrays.copyOf(whole, cut);
            assertThatThrownBy(() -> EntryFormat.read(part)).as("cut at %d", cut).isInstanceOf(RuntimeException.class);
        }
        byte[] longer = Arrays.copyOf(whole, whole.length + 1);
        assertThatThrownBy(() -> EntryFormat.read(longer)).hasMessage("bytes after the last entry");
    }

    /** The start of a chunk by hand: one entry, under the key "a"; its value is for the caller to write. */
    private static DataOutputStream oneEntryNamedA(ByteArrayOutputStream bytes) throws IOException {
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(1);
        out.writeInt(1);
        out.write('a');
        return out;
    }
}
