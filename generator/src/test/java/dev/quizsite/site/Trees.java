package dev.quizsite.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Snapshots of folder trees, for asserting that a build changed exactly what it should. */
final class Trees {

    private Trees() {
    }

    /**
     * Every file and folder under {@code root} (relative path → SHA-256 of the content, or "dir"),
     * sorted; empty when {@code root} does not exist.
     */
    static Map<String, String> snapshot(Path root) {
        Map<String, String> tree = new TreeMap<>();
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return tree;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                String name = root.relativize(path).toString().replace('\\', '/');
                tree.put(name, Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? "dir" : sha256(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tree;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A course of {@code count} questions whose text depends on {@code version}. */
    static void writeCourse(Path questions, int count, String version) throws IOException {
        Files.createDirectories(questions);
        for (int i = 0; i < count; i++) {
            Files.writeString(questions.resolve(String.format("q%05d.md", i)), String.format(
                    "---%ntags: [t%d, ünï]%n---%n# Question %d, %s%n%nA scenario with [a link](../index.html),"
                            + " some **bold** text and 日本語 (%s).%n%n**Which one, %s?**%n%n"
                            + "- [ ] wrong %d%n- [x] right %d%n  > Feedback %s.%n%n## Answer%n%nBecause %s.%n%n"
                            + "## References%n%n- [Source %d](https://example.org/%d)%n",
                    i % 10, i, version, version, version, i, i, version, version, i, i));
        }
    }
}
