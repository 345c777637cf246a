package dev.quizsite.site;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a site folder holds, file by file, as its last build wrote it: so that the next build can
 * take an unchanged page from it instead of rendering it again, and the preview can write only
 * the files that differ.
 *
 * @param files by path relative to the site root
 */
record Manifest(Map<String, Stamp> files) implements Serializable {

    static final Manifest EMPTY = new Manifest(Map.of());

    /**
     * One file as written.
     *
     * @param hash     SHA-256 of its bytes, hex
     * @param size     its length in bytes
     * @param modified its modification time when written, in milliseconds
     */
    record Stamp(String hash, long size, long modified) implements Serializable {
    }

    Manifest {
        files = Map.copyOf(files);
    }

    /**
     * Whether the file at {@code path} in {@code site} holds the bytes of {@code hash}: it was
     * written with them and, as far as its size and modification time tell, is as written (an
     * author may have edited or deleted it since; then it is rendered again).
     */
    boolean holds(Path site, String path, String hash) {
        Stamp stamp = files.get(path);
        if (stamp == null || !stamp.hash().equals(hash)) {
            return false;
        }
        try {
            Path file = site.resolve(path);
            return Files.size(file) == stamp.size()
                    && Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toMillis() == stamp.modified();
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether the manifest says {@code path} holds {@code hash}, without asking the file system (the preview's own site). */
    boolean says(String path, String hash) {
        Stamp stamp = files.get(path);
        return stamp != null && stamp.hash().equals(hash);
    }
}
