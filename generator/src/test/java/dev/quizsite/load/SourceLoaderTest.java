package dev.quizsite.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.report.Problem;
import dev.quizsite.report.Report;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceLoaderTest {

    private static Optional<String> decode(byte[] bytes, Report report) {
        return SourceLoader.decode(bytes, "questions/x.md", report);
    }

    @Test
    void stripsTheByteOrderMarkAndNormalisesLineEnds() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "# T\r\n\r\nline\rold mac\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(text, 0, bytes, 3, text.length);
        assertThat(decode(bytes, new Report())).contains("# T\n\nline\nold mac\n");
    }

    @Test
    void invalidUtf8IsReportedAtItsLineAndColumn() {
        byte[] bytes = "# T\n\nab\u00e9".getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, broken, 0, bytes.length);
        broken[bytes.length] = (byte) 0xC3; // a lead byte followed by a non-continuation byte
        broken[bytes.length + 1] = (byte) 0x28;
        Report report = new Report();
        assertThat(decode(broken, report)).isEmpty();
        assertThat(report.problems()).extracting(Problem::format).containsExactly(
                "questions/x.md:3:4: error: invalid UTF-8 (byte 0xC3); save the file as UTF-8");
    }

    /** The fast decoder's stand-in for a bad byte, written on purpose, is text like any other. */
    @Test
    void aReplacementCharacterWrittenInTheFileIsKeptAndAnEncodedSurrogateIsRefused() {
        Report report = new Report();
        assertThat(decode("# T\r\n\nbad \uFFFD here, \u00e9\n".getBytes(StandardCharsets.UTF_8), report))
                .contains("# T\n\nbad \uFFFD here, \u00e9\n");
        assertThat(report.problems()).isEmpty();
        byte[] surrogate = {'#', 'T', '\n', (byte) 0xED, (byte) 0xA0, (byte) 0x80}; // U+D800 as UTF-8: not allowed
        assertThat(decode(surrogate, report)).isEmpty();
        assertThat(report.problems()).extracting(Problem::format).containsExactly(
                "questions/x.md:2:1: error: invalid UTF-8 (byte 0xED); save the file as UTF-8");
    }

    @Test
    void aBinaryFileIsRefused() {
        Report report = new Report();
        assertThat(decode(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1}, report)).isEmpty();
        assertThat(report.problems()).extracting(Problem::format).containsExactly(
                "questions/x.md:1:1: error: this is a binary file, not Markdown text (a NUL byte at offset 4); a question file is UTF-8 text");
    }

    @Test
    void lineMapCountsFromOne() {
        LineMap map = new LineMap("ab\ncd\n\nx");
        assertThat(map.line(0)).isEqualTo(1);
        assertThat(map.column(1)).isEqualTo(2);
        assertThat(map.line(3)).isEqualTo(2);
        assertThat(map.column(4)).isEqualTo(2);
        assertThat(map.line(7)).isEqualTo(4);
        assertThat(map.lineCount()).isEqualTo(4);
    }
}
