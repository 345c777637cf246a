package dev.quizsite.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path root;

    /**
     * Regression: files were written through Files.createTempFile and so came out readable by their
     * owner only (0600): an export, or a page the preview rewrote, that a web server could not serve.
     */
    @Test
    void aFileGetsThePermissionsOfAnyFileWrittenThere() throws IOException {
        Path plain = Files.writeString(root.resolve("plain.txt"), "x");
        Path atomic = root.resolve("sub/atomic.txt");
        AtomicFiles.write(atomic, "y");
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
        assertThat(expected).contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.getPosixFilePermissions(atomic)).isEqualTo(expected);
    }

    @Test
    void replacesTheFileAndLeavesNoTemporaryFileBehind() throws IOException {
        Path target = root.resolve("page.html");
        AtomicFiles.write(target, "old");
        AtomicFiles.write(target, "new");
        assertThat(target).hasContent("new");
        try (Stream<Path> files = Files.list(root)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("page.html");
        }
    }
}
