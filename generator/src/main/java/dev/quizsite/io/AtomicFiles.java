package dev.quizsite.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The one way Quizsite replaces a file or folder so that a reader (a browser, the next build, a
 * build killed half-way) sees the old version or the new one, never a mix.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Moves {@code from} to {@code to}, replacing a file there. Atomic where the file system can
     * (a rename within one file system); where it cannot (some network and Windows file systems),
     * a plain move, which is the best that is available there.
     */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Writes {@code bytes} to a temporary sibling of {@code target}, then moves it into place. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** What {@link #write(Path, Content)} puts in the file, streamed: a big file is never held in memory whole. */
    public interface Content {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /** Streams {@code content} to a temporary sibling of {@code target}, then moves it into place. */
    public static void write(Path target, Content content) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, "." + target.getFileName(), ".partial");
        try {
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                content.writeTo(out);
            }
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp); // gone after the move; left behind by a failure otherwise
        }
    }

    /** {@link #write(Path, byte[])} for text, as UTF-8. */
    public static void write(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }
}
