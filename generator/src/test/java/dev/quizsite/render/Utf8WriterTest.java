package dev.quizsite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Utf8Writer} writes the bytes an {@code OutputStreamWriter} to UTF-8 writes, however the text is cut into writes. */
class Utf8WriterTest {

    /** Characters of every width, and surrogates paired and alone. */
    private static final char[] ALPHABET = {'a', 'Z', ' ', '<', '\n', 'é', '·', 'ü', 'ߍ', '–', '’', '日', '\uFFFD',
            '\uD83D', '\uDE00', '\uD800', '\uDFFF'};

    @Test
    void writesWhatAnOutputStreamWriterWritesOverRandomTextAndCuts() throws IOException {
        Random random = new Random(8);
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(round % 10 == 0 ? 2000 : 200);
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(3) == 0 ? ALPHABET[random.nextInt(ALPHABET.length)] : (char) ('a' + random.nextInt(26)));
            }
            String whole = text.toString();
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            Utf8Writer actual = new Utf8Writer(random.nextInt(100));
            try (Writer reference = new OutputStreamWriter(expected, StandardCharsets.UTF_8)) {
                int at = 0;
                while (at < whole.length()) {
                    int end = Math.min(whole.length(), at + 1 + random.nextInt(random.nextBoolean() ? 8 : 300));
                    switch (random.nextInt(3)) {
                        case 0 -> {
                            reference.write(whole, at, end - at);
                            actual.write(whole, at, end - at);
                        }
                        case 1 -> {
                            reference.write(whole.toCharArray(), at, end - at);
                            actual.write(whole.toCharArray(), at, end - at);
                        }
                        default -> {
                            end = at + 1;
                            reference.write(whole.charAt(at));
                            actual.write(whole.charAt(at));
                        }
                    }
                    at = end;
                }
            }
            assertThat(actual.toByteArray()).as("round %d: %s", round, whole).isEqualTo(expected.toByteArray());
        }
    }

    @Test
    void aStringWhoseBytesAreKnownIsCopiedAndAnEqualOneIsEncoded() throws IOException {
        String printed = "<p>A printed question, long enough to be written whole: ünï, 日本語.</p>".repeat(3);
        String equal = new String(printed.toCharArray());
        java.util.Map<String, byte[]> known = new java.util.IdentityHashMap<>();
        known.put(printed, PageRenderer.Encoded.of(printed).bytes());
        Utf8Writer out = new Utf8Writer(0, known::get);
        out.write(printed);
        out.write(equal);
        assertThat(out.toByteArray()).isEqualTo((printed + equal).getBytes(StandardCharsets.UTF_8));

        known.put(printed, "kept".getBytes(StandardCharsets.UTF_8)); // taken as given, by the string object alone
        Utf8Writer again = new Utf8Writer(0, known::get);
        again.write(printed);
        again.write(equal);
        assertThat(new String(again.toByteArray(), StandardCharsets.UTF_8)).isEqualTo("kept" + equal);
    }

    @Test
    void aPairSplitBetweenTwoLongWritesIsOneCharacter() {
        Utf8Writer out = new Utf8Writer(0);
        String a = "x".repeat(100) + "\uD83D";
        String b = "\uDE00" + "y".repeat(100);
        out.write(a, 0, a.length());
        out.write(b, 0, b.length());
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).isEqualTo(a + b);
    }
}
