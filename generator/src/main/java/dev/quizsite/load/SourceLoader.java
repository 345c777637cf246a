package dev.quizsite.load;

import dev.quizsite.report.Report;
import dev.quizsite.store.Store;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the question files of a course and decodes them as strict UTF-8. A file that is not
 * text becomes a problem in the report, never an exception.
 */
public final class SourceLoader {

    /** Files larger than this are refused before being read: no question is that long. */
    public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    private final Path projectRoot;

    /** @param projectRoot paths in messages are shown relative to this folder */
    public SourceLoader(Path projectRoot) {
        this.projectRoot = projectRoot.toAbsolutePath().normalize();
    }

    /** The {@code .md} files directly in {@code folder}, sorted by name, decoded. */
    public List<SourceFile> loadFolder(Path folder, Report report) {
        List<Path> files = listFolder(folder, java.util.Set.of(), report);
        List<SourceFile> sources = new ArrayList<>(files.size());
        for (Path file : files) {
            load(file, report).ifPresent(sources::add);
        }
        return sources;
    }

    /**
     * The {@code .md} files directly in {@code folder}, sorted by name. Each name is checked to be a
     * regular file unless it is in {@code known} (a stat per file is slow on big courses).
     */
    public List<Path> listFolder(Path folder, java.util.Set<Path> known, Report report) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing
                    .filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> known.contains(p) || Files.isRegularFile(p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            report.error(display(folder), 0, 0, "cannot read the questions folder: " + e.getMessage());
            return List.of();
        }
        if (files.isEmpty()) {
            report.error(display(folder), 0, 0, "no question files (*.md) in this folder");
        }
        return files;
    }

    /** Reads and decodes one file; a problem is reported and nothing returned when it cannot be. */
    public Optional<SourceFile> load(Path file, Report report) {
        String shown = display(file);
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                report.error(shown, 0, 0, "file is larger than " + MAX_FILE_BYTES / (1024 * 1024)
                        + " MiB; split it into several questions");
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            return decode(bytes, shown, report)
                    .map(text -> new SourceFile(file, shown, text, Store.hash(bytes)));
        } catch (IOException e) {
            report.error(shown, 0, 0, "cannot read file: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The path as shown in messages: relative to the project, with forward slashes. */
    public String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(projectRoot) ? projectRoot.relativize(absolute) : absolute;
        String text = shown.toString().replace('\\', '/');
        return text.isEmpty() ? "." : text; // the project folder itself
    }

    static Optional<String> decode(byte[] bytes, String shown, Report report) {
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE
                || (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF)) {
            report.error(shown, 1, 1, "the file is UTF-16 (it starts with a UTF-16 byte-order mark);"
                    + " save it as UTF-8");
            return Optional.empty();
        }
        // The common case first, in the JDK's fast decoder: text with no NUL and no malformed byte
        // (which that decoder would replace with U+FFFD). Anything else, U+FFFD written in the file
        // included, goes through the strict decoder below, which says where the mistake is.
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0 && fast.indexOf('\0') < 0) {
            return Optional.of(text(fast));
        }
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            // The whole file is wrong, so the message points at its start and gives the offset.
            report.error(shown, 1, 1, "this is a binary file, not Markdown text (a NUL byte at"
                    + " offset " + nul + "); a question file is UTF-8 text");
            return Optional.empty();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            Position at = position(bytes, bad);
            report.error(shown, at.line, at.column, String.format(
                    "invalid UTF-8 (byte 0x%02X); save the file as UTF-8",
                    bytes[bad] & 0xff));
            return Optional.empty();
        }
        decoder.flush(out);
        out.flip();
        return Optional.of(text(out.toString()));
    }

    /** Decoded text as the build reads it: without a byte-order mark, with LF line ends. */
    private static String text(String decoded) {
        return normaliseLineEnds(decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded);
    }

    static String normaliseLineEnds(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private record Position(int line, int column) {
    }

    /** Line and column (counting characters of the valid UTF-8 before it) of a byte offset. */
    private static Position position(byte[] bytes, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            byte b = bytes[i];
            if (b == '\n') {
                line++;
                column = 1;
            } else if ((b & 0xC0) != 0x80) { // count only the first byte of each character
                column++;
            }
        }
        return new Position(line, column);
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
