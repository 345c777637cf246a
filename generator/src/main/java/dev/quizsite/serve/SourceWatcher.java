package dev.quizsite.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches the course's sources (folders, whole trees, and single files such as
 * {@code quizsite.yml}) and reports each burst of changes once, on its own thread.
 *
 * <p>Each source's parent folder is watched too, so that a folder created after the start (a
 * first template override) is noticed; events outside the sources are ignored, so the output
 * folder a rebuild writes never triggers another rebuild.
 */
final class SourceWatcher implements AutoCloseable {

    /** Editors save in several steps (write, rename, touch): wait this long for the burst to end. */
    private static final long QUIET_MILLIS = 30;

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final List<Path> sources;
    private final Consumer<Set<Path>> onChange;
    private final Thread thread;

    /**
     * @param sources  files and folders (watched with everything under them) to watch
     * @param onChange called on the watcher's thread with the changed paths of one burst
     */
    SourceWatcher(List<Path> sources, Consumer<Set<Path>> onChange) throws IOException {
        this.sources = sources.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.onChange = onChange;
        this.service = FileSystems.getDefault().newWatchService();
        try {
            for (Path source : this.sources) {
                watchFolder(source.getParent());
                watchTree(source);
            }
        } catch (IOException | UncheckedIOException e) {
            service.close();
            throw e;
        }
        this.thread = new Thread(this::run, "quizsite-watch");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void run() {
        try {
            while (true) {
                Set<Path> changed = new LinkedHashSet<>(drain(service.take()));
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    changed.addAll(drain(more));
                }
                if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // closed: the preview is stopping
        }
    }

    /** The relevant paths of one key's events; registers folders created inside a watched tree. */
    private Set<Path> drain(WatchKey key) {
        Set<Path> changed = new LinkedHashSet<>();
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || folder == null) {
                changed.addAll(sources); // events were lost: treat everything as changed
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (isSource(path) && !isEditorTemporary(path.getFileName().toString())) {
                changed.add(path);
                if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                    try {
                        watchTree(path);
                    } catch (IOException | UncheckedIOException e) {
                        changed.addAll(sources); // cannot watch it: at least rebuild now
                    }
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return changed;
    }

    /**
     * Files that editors and tools write beside the one being saved and remove again: `sed -i`'s
     * {@code sedG6Oa5p}, Emacs' {@code .#x.md} and {@code #x.md#}, backups {@code x.md~}, Vim's
     * {@code .x.md.swp} and its {@code 4913} probe, JetBrains' {@code x___jb_tmp___}. Listing them as
     * changed sources was noise, and their rebuilds were for nothing.
     */
    static boolean isEditorTemporary(String name) {
        return EDITOR_TEMPORARY.matcher(name).matches();
    }

    private static final java.util.regex.Pattern EDITOR_TEMPORARY = java.util.regex.Pattern.compile(
            "sed[A-Za-z0-9]{6}|\\.#.*|#.*#|.*~|\\..*\\.sw[a-px]|4913|.*___jb_(tmp|old)___|\\.~lock\\..*#");

    private boolean isSource(Path path) {
        return sources.stream().anyMatch(path::startsWith);
    }

    private void watchTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path folder : tree.filter(Files::isDirectory).toList()) {
                watchFolder(folder);
            }
        }
    }

    private void watchFolder(Path folder) throws IOException {
        if (folder != null && Files.isDirectory(folder)) {
            folders.put(folder.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), folder);
        }
    }

    @Override
    public void close() throws IOException {
        service.close(); // wakes the thread; a rebuild under way finishes first (no interrupt: it would break its file I/O)
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
