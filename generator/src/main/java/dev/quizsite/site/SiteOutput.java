package dev.quizsite.site;

import dev.quizsite.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.stream.Stream;

/**
 * The output folder, written all or nothing. A build writes into a sibling staging folder; only
 * when everything is written does {@link #commit()} swap it in, so a failed or killed build leaves
 * the previous site as it was. Nothing outside the output folder and its two siblings
 * ({@code .NAME.partial}, {@code .NAME.old}) is ever written or deleted.
 *
 * <p>The site a commit replaces is kept as {@code .NAME.old}, the spare, and the next build
 * stages into it (see {@link #fromSpare()}): a build after one edit of a 10,000-question course
 * then changes a few files of the spare instead of making 10,000 folders and links anew and
 * deleting as many. The spare is never served, so it may be half brought up to date when a build
 * is killed: a staging folder is always cleared or checked file by file before it is used.
 */
public final class SiteOutput {

    /** Marks a folder as made by Quizsite, so that a rebuild may replace it. */
    public static final String MARKER = ".quizsite";

    /**
     * What the marker says. A folder counts as Quizsite's only when its marker starts with this,
     * so an unrelated `.quizsite` file (a setting, say) never makes a folder replaceable.
     */
    static final String MARKER_TEXT = "This folder is a site made by Quizsite; a rebuild replaces it.\n";

    private final Path target;
    private final Path partial;
    private final Path old;
    /** Whether the staging folder is the spare (an earlier site), not an empty folder. */
    private boolean fromSpare;

    private SiteOutput(Path target) {
        this.target = target;
        String name = target.getFileName().toString();
        this.partial = target.resolveSibling("." + name + ".partial");
        this.old = target.resolveSibling("." + name + ".old");
    }

    /**
     * Checks that the output folder may be replaced, finishes or undoes an interrupted swap, and
     * creates an empty staging folder; refuses an output folder that is someone else's, or that is or holds one of {@code inputs}
     * (the project, its questions, templates…): replacing it would delete them, even if a
     * {@value #MARKER} file were found there.
     */
    public static SiteOutput open(Path target, Collection<Path> inputs) throws IOException, ForeignFolderException {
        Path normalized = target.toAbsolutePath().normalize();
        if (normalized.getParent() == null) {
            throw new ForeignFolderException(normalized, "the output folder cannot be a file system root");
        }
        for (Path input : inputs) {
            Path in = input.toAbsolutePath().normalize();
            if (in.startsWith(normalized)) {
                String what = in.equals(normalized) ? "it is" : "it holds `" + normalized.relativize(in).toString().replace('\\', '/') + "`,";
                throw new ForeignFolderException(normalized, what + " an input of the build, which a rebuild"
                        + " would delete; choose a folder of its own, such as target/quizsite");
            }
        }
        if (Files.exists(normalized, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(normalized, LinkOption.NOFOLLOW_LINKS)) {
            throw new ForeignFolderException(normalized, "it is a file, not a folder; choose a folder");
        }
        SiteOutput output = new SiteOutput(normalized);
        output.recover();
        if (Files.exists(normalized) && !isOurs(normalized) && !isEmptyFolder(normalized)) {
            throw new ForeignFolderException(normalized, "it is not empty and was not made by Quizsite"
                    + " (no " + MARKER + " file); choose an empty or new folder");
        }
        deleteTree(output.partial); // a killed build's: its state is unknown
        if (Files.isDirectory(output.old, LinkOption.NOFOLLOW_LINKS)) {
            move(output.old, output.partial);
            output.fromSpare = true;
        } else {
            Files.createDirectories(output.partial);
        }
        Files.writeString(output.partial.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8);
        return output;
    }

    /** The folder to write the new site into. */
    public Path staging() {
        return partial;
    }

    /**
     * Whether {@link #staging()} holds the spare: the files of an earlier site, or of a failed
     * build's staging, which the writer must check against what it knows of them, keep where they
     * are what the new site needs, and delete otherwise. Its files may be hard links shared with
     * the site being served: they are replaced, never written into.
     */
    public boolean fromSpare() {
        return fromSpare;
    }

    /** Replaces the site with the staged one; the replaced site stays beside it as the next build's spare. */
    public void commit() throws IOException {
        if (Files.exists(target)) {
            move(target, old);
        }
        move(partial, target);
    }

    /**
     * Drops the staged site, leaving the previous one untouched: the staging folder becomes the
     * spare, which the next build checks file by file before it uses any.
     */
    public void abandon() throws IOException {
        if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
            deleteTree(partial);
        } else {
            move(partial, old);
        }
    }

    /**
     * A build killed between the two moves of {@link #commit()} leaves no site, its complete
     * staging folder and the complete old site beside it: put the old site back. (With no staging
     * folder, the folder beside is the spare, which may be a failed build's staging: never served.)
     * A killed build that never reached commit leaves its partial folder, which {@link #open} clears.
     */
    private void recover() throws IOException {
        if (Files.exists(old) && Files.exists(partial) && !Files.exists(target)) {
            move(old, target);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        AtomicFiles.move(from, to); // `to` never exists here: recover() and commit() clear it first
    }

    private static boolean isOurs(Path folder) throws IOException {
        Path marker = folder.resolve(MARKER);
        if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS) || Files.size(marker) > 4096) {
            return false;
        }
        return Files.readString(marker, StandardCharsets.ISO_8859_1).startsWith(MARKER_TEXT.strip());
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** The output folder belongs to someone else: refusing protects it. */
    public static final class ForeignFolderException extends Exception {
        ForeignFolderException(Path folder, String reason) {
            super(reason);
        }
    }
}
