package dev.quizsite.site;

import dev.quizsite.io.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Puts a {@link RenderedSite} in its folder, and says what the folder then holds. Two ways, one
 * diff against the folder's {@link Manifest}:
 * <ul>
 * <li>{@link #replace}, for every build that is not the preview's: the new site is written to a
 *     staging folder beside the old one and swapped in only when complete (see {@link SiteOutput}),
 *     so that a failed or killed build leaves the old site or the new one, never a mix. A file
 *     that did not change is hard-linked from the old site instead of written again (copied where
 *     the file system has no hard links).</li>
 * <li>{@link #update}, for the preview's rebuilds of its own site: only the files that differ are
 *     replaced, each atomically, and files no longer in the site deleted. A page the browser loads
 *     meanwhile is the old one or the new one, never half of either.</li>
 * </ul>
 */
final class SiteWriter {

    private SiteWriter() {
    }

    /**
     * A staging folder, and the files of the spare in it that are as {@code spare}'s manifest says
     * (all others were deleted): the new site keeps those it needs with the same bytes.
     */
    record Staging(SiteOutput output, Map<String, Manifest.Stamp> kept) {
        Staging {
            kept = Map.copyOf(kept);
        }
    }

    /**
     * Opens the staging folder of a build that replaces the site in {@code output}. When that is
     * the spare (the site replaced last time), its files are checked against {@code spare}, what
     * that site was written with: a file that is not in it, or no longer of the size and time it
     * was written with, is deleted, so that nothing the new site does not write or check stays.
     *
     * @param inputs folders the build reads: the output may not be one of them, nor hold one
     */
    static Staging stage(Path output, Collection<Path> inputs, Manifest spare) throws IOException, SiteOutput.ForeignFolderException {
        SiteOutput staged = SiteOutput.open(output, inputs);
        Map<String, Manifest.Stamp> kept = new ConcurrentHashMap<>();
        if (staged.fromSpare()) {
            Path root = staged.staging();
            // Files left in each folder being walked: a folder left empty (a question no longer in
            // that site) is deleted as the walk leaves it.
            Deque<int[]> left = new ArrayDeque<>();
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                    left.push(new int[1]);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    String path = root.relativize(file).toString().replace('\\', '/');
                    Manifest.Stamp stamp = spare.files().get(path);
                    if (stamp != null && attributes.isRegularFile() && attributes.size() == stamp.size()
                            && attributes.lastModifiedTime().toMillis() == stamp.modified()) {
                        kept.put(path, stamp);
                        left.peek()[0]++;
                    } else if (path.equals(SiteOutput.MARKER)) {
                        left.peek()[0]++;
                    } else {
                        Files.delete(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path folder, IOException e) throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    int files = left.pop()[0];
                    if (folder.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (files == 0) {
                        Files.delete(folder);
                    } else {
                        left.peek()[0]++;
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        return new Staging(staged, kept);
    }

    /** A sink that writes each page to the staging folder as soon as it is rendered. */
    static SiteRenderer.Sink into(Staging staging) {
        return (path, bytes) -> {
            try {
                fresh(staging.output().staging().resolve(path));
                Files.write(staging.output().staging().resolve(path), bytes, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
                return new RenderedSite.Staged();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /**
     * Makes room for a new file at {@code target} in the staging folder: its folder, and no file
     * there (a spare's file may be a hard link to the served site's: writing into it would change
     * the site being served).
     */
    private static void fresh(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Files.deleteIfExists(target);
    }

    /**
     * Completes the staged site and swaps it in; on failure the staging folder is dropped.
     * @return what the folder holds now
     */
    static Manifest replace(RenderedSite site, Staging staging, Path output, Manifest previous) throws IOException {
        SiteOutput staged = staging.output();
        try {
            Map<String, Manifest.Stamp> written = new ConcurrentHashMap<>();
            site.files().values().parallelStream().forEach(file -> {
                try {
                    Path target = staged.staging().resolve(file.path());
                    Manifest.Stamp kept = staging.kept().get(file.path());
                    Manifest.Stamp old = previous.files().get(file.path());
                    if (file.content() instanceof RenderedSite.Staged) {
                        written.put(file.path(), stamp(target, file.hash()));
                    } else if (kept != null && kept.hash().equals(file.hash())) {
                        written.put(file.path(), kept); // the spare holds it already
                    } else {
                        fresh(target);
                        if (file.content() instanceof RenderedSite.Unchanged && link(output.resolve(file.path()), target)) {
                            written.put(file.path(), old); // the same file: its stamp holds
                        } else {
                            Files.write(target, bytes(file, output), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                            written.put(file.path(), stamp(target, file.hash()));
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            for (String gone : staging.kept().keySet()) {
                if (!site.files().containsKey(gone) && !gone.equals(SiteOutput.MARKER)) {
                    delete(staged.staging(), gone);
                }
            }
            staged.commit();
            return new Manifest(written);
        } catch (UncheckedIOException e) {
            staged.abandon();
            throw e.getCause();
        } catch (IOException | RuntimeException e) {
            staged.abandon();
            throw e;
        }
    }

    /**
     * Brings the preview's own site (which {@code previous} describes) up to date in place.
     * @return what the folder holds now
     */
    static Manifest update(RenderedSite site, Path output, Manifest previous) throws IOException {
        // One pass to find what differs: a rebuild after one edit changes a few files of ten
        // thousand, and looking every old path up in the new site as well cost more than writing them.
        List<RenderedSite.SiteFile> differ = new ArrayList<>();
        int stillThere = 0;
        for (RenderedSite.SiteFile file : site.files().values()) {
            Manifest.Stamp old = previous.files().get(file.path());
            stillThere += old != null ? 1 : 0;
            if (old == null || !old.hash().equals(file.hash())) {
                differ.add(file);
            }
        }
        Map<String, Manifest.Stamp> written = new ConcurrentHashMap<>();
        try {
            differ.parallelStream().forEach(file -> {
                try {
                    Path target = output.resolve(file.path());
                    AtomicFiles.write(target, bytes(file, output));
                    written.put(file.path(), stamp(target, file.hash()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        // A plain copy with the few written put in: a concurrent copy of 10,000 stamps cost more than writing them.
        Map<String, Manifest.Stamp> now = new HashMap<>(previous.files());
        now.putAll(written);
        if (stillThere < previous.files().size()) { // some of the old site's files are not in the new one
            for (String gone : previous.files().keySet()) {
                if (!site.files().containsKey(gone)) {
                    delete(output, gone);
                    now.remove(gone);
                }
            }
        }
        return new Manifest(now);
    }

    private static byte[] bytes(RenderedSite.SiteFile file, Path output) {
        if (file.content() instanceof RenderedSite.Bytes bytes) {
            return bytes.bytes();
        }
        // Unchanged, but its old copy could not be linked: the render stage only says Unchanged
        // for a file it found intact, so this is a race with someone deleting it now.
        throw new UncheckedIOException(new NoSuchFileException(output.resolve(file.path()).toString(), null,
                "the previous site's copy of this unchanged file disappeared during the build; build again"));
    }

    /** Hard-links {@code from} at {@code to}, or copies it: false when neither works (then it is written). */
    private static boolean link(Path from, Path to) {
        try {
            Files.createLink(to, from);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            try {
                Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
                return true;
            } catch (IOException again) {
                return false;
            }
        }
    }

    private static Manifest.Stamp stamp(Path file, String hash) throws IOException {
        return new Manifest.Stamp(hash, Files.size(file), Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toMillis());
    }

    /** Deletes a file of the site, and its folder when that is left empty (a removed question's). */
    private static void delete(Path output, String path) throws IOException {
        Path file = output.resolve(path);
        Files.deleteIfExists(file);
        for (Path folder = file.getParent(); folder != null && !folder.equals(output) && folder.startsWith(output);
                folder = folder.getParent()) {
            try {
                Files.delete(folder);
            } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                return; // still holds other files, or already gone
            }
        }
    }
}
