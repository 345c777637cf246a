package dev.quizsite.load;

import dev.quizsite.report.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The load stage's memory of the question files: which were read at the last build, and which a
 * file watcher has said changed since. A build asks it for the files; a fresh tracker (every
 * one-shot build's) lists the folder and reads them all, while the preview's, told of each change,
 * reads only the changed files, and lists the folder only when a file may have come or gone: on a
 * big course, reading or even checking every file costs more than the rest of a rebuild.
 */
public final class SourceTracker {

    /** Question files as last read; trusted until {@link #changed} names them. */
    private final Map<Path, SourceFile> sources = new HashMap<>();
    /** Files changed since the last build; unknown (everything may have) when empty. */
    private Optional<Set<Path>> changed = Optional.empty();
    /** The folder's files at the last listing, and each one's place in it by its absolute path (as a watcher names it). */
    private List<Path> listed = List.of();
    private Map<Path, Integer> positions = Map.of();

    /** Files changed since the last build, as a watcher reported them (absolute or not). */
    public synchronized void changed(Collection<Path> paths) {
        changed.ifPresent(set -> paths.forEach(p -> set.add(p.toAbsolutePath().normalize())));
    }

    /** Something changed that the tracker was not told about: the next build lists and reads everything. */
    public synchronized void forget() {
        sources.clear();
        listed = List.of();
        positions = Map.of();
        changed = Optional.empty();
    }

    /** The question files of {@code folder}: changed or new ones read, the others as last read. */
    public synchronized List<SourceFile> load(Path folder, SourceLoader loader, Report report) {
        Set<Path> fresh = changed.orElse(null);
        boolean sameFiles = onlyKnownFilesEdited(fresh);
        List<Path> files = sameFiles ? listed : loader.listFolder(folder, sources.keySet(), report);
        if (files != listed) {
            listed = files;
            Map<Path, Integer> places = new HashMap<>();
            for (int i = 0; i < files.size(); i++) {
                places.put(files.get(i).toAbsolutePath().normalize(), i);
            }
            positions = places;
        }
        // Where the changed files are in the listing: then each of 10,000 files is not made
        // absolute to be looked up (which took longer than the rest of this stage).
        BitSet changedAt = fresh == null ? null : new BitSet(files.size());
        if (fresh != null) {
            fresh.forEach(p -> Optional.ofNullable(positions.get(p)).ifPresent(changedAt::set));
        }
        // Read side by side: a one-shot build reads 10,000 files, decoding and hashing each.
        List<Optional<SourceFile>> read = IntStream.range(0, files.size()).parallel().mapToObj(i -> {
            SourceFile known = sources.get(files.get(i));
            return known != null && changedAt != null && !changedAt.get(i)
                    ? Optional.of(known) : loader.load(files.get(i), report);
        }).toList();
        List<SourceFile> loaded = new ArrayList<>(files.size());
        read.forEach(source -> source.ifPresent(loaded::add));
        if (sameFiles) { // the files listed last time, and only the changed ones read again
            changedAt.stream().forEach(i -> read.get(i).ifPresentOrElse(source -> sources.put(files.get(i), source),
                    () -> sources.remove(files.get(i))));
        } else {
            sources.clear();
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                read.get(i).ifPresent(source -> sources.put(file, source));
            }
        }
        changed = Optional.of(new HashSet<>());
        return loaded;
    }

    /**
     * Whether every changed file is one listed last time and still there: then the folder holds
     * the same files and need not be listed again (10,000 names cost more than the rest).
     */
    private boolean onlyKnownFilesEdited(Set<Path> fresh) {
        return fresh != null && !listed.isEmpty()
                && fresh.stream().allMatch(p -> positions.containsKey(p) && Files.isRegularFile(p));
    }
}
