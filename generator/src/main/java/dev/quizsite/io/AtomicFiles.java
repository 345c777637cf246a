package dev.quizsite.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * The one way Quizsite replaces a file or folder so that a reader (a browser, the next build, a
 * build killed half-way) sees the old version or the new one, never a mix.
 */
public final class AtomicFiles {

    /** Names of temporary files: unguessable, so that two writers (or a stale file) never meet on one. */
    private static final SecureRandom RANDOM = new SecureRandom();

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
        // Not Files.createTempFile: it makes the file readable by its owner only, and the move would
        // carry that to a page or an export that a web server or a colleague must read. A new file
        // of our own gets the permissions any file written here gets (the umask's).
        Path temp = parent.resolve("." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".partial");
        try {
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temp,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
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
