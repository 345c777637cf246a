package dev.quizsite.load;

import dev.quizsite.report.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    /** The folder's files at the last listing, and the same as absolute paths. */
    private List<Path> listed = List.of();
    private Set<Path> listedAbsolute = Set.of();

    /** Files changed since the last build, as a watcher reported them (absolute or not). */
    public synchronized void changed(Collection<Path> paths) {
        changed.ifPresent(set -> paths.forEach(p -> set.add(p.toAbsolutePath().normalize())));
    }

    /** Something changed that the tracker was not told about: the next build lists and reads everything. */
    public synchronized void forget() {
        sources.clear();
        listed = List.of();
        listedAbsolute = Set.of();
        changed = Optional.empty();
    }

    /** The question files of {@code folder}: changed or new ones read, the others as last read. */
    public synchronized List<SourceFile> load(Path folder, SourceLoader loader, Report report) {
        Set<Path> fresh = changed.orElse(null);
        List<Path> files = onlyKnownFilesEdited(fresh) ? listed : loader.listFolder(folder, sources.keySet(), report);
        if (files != listed) {
            listed = files;
            listedAbsolute = Set.copyOf(files.stream().map(p -> p.toAbsolutePath().normalize()).toList());
        }
        Map<Path, SourceFile> current = new HashMap<>();
        List<SourceFile> loaded = new ArrayList<>(files.size());
        // Read side by side: a one-shot build reads 10,000 files, decoding and hashing each.
        List<Optional<SourceFile>> read = files.parallelStream().map(file -> {
            SourceFile known = sources.get(file);
            return known != null && fresh != null && !fresh.contains(file.toAbsolutePath().normalize())
                    ? Optional.of(known) : loader.load(file, report);
        }).toList();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            read.get(i).ifPresent(s -> {
                current.put(file, s);
                loaded.add(s);
            });
        }
        sources.clear();
        sources.putAll(current);
        changed = Optional.of(new HashSet<>());
        return loaded;
    }

    /**
     * Whether every changed file is one listed last time and still there: then the folder holds
     * the same files and need not be listed again (10,000 names cost more than the rest).
     */
    private boolean onlyKnownFilesEdited(Set<Path> fresh) {
        return fresh != null && !listed.isEmpty()
                && fresh.stream().allMatch(p -> listedAbsolute.contains(p) && Files.isRegularFile(p));
    }
}
