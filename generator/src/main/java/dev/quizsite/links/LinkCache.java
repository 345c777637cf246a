package dev.quizsite.links;

import dev.quizsite.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers external links that worked, so that a rebuild within the time-to-live checks only
 * what is new or failed. Failures are never remembered: a fixed link must be seen fixed at once.
 * One line per URL: {@code savedMillis TAB class TAB status TAB permanent TAB finalUrl TAB url}.
 */
final class LinkCache {

    static final String FILE = "external-links.tsv";

    private record Entry(long savedMillis, LinkResult result) {
    }

    private final Optional<Path> file;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Entry> entries = new HashMap<>();

    private LinkCache(Optional<Path> file, Duration ttl, Clock clock) {
        this.file = file;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** Loads the cache; an unreadable or damaged file counts as empty (the note says why). */
    static LinkCache load(Optional<Path> folder, Duration ttl, Clock clock, List<Note> notes) {
        LinkCache cache = new LinkCache(folder.map(f -> f.resolve(FILE)), ttl, clock);
        if (cache.file.isEmpty() || !Files.isRegularFile(cache.file.get())) {
            return cache;
        }
        try {
            for (String line : Files.readAllLines(cache.file.get(), StandardCharsets.UTF_8)) {
                cache.parse(line);
            }
        } catch (IOException e) {
            notes.add(Note.warning("links: could not read the cache " + cache.file.get() + " (" + e.getMessage() + "); checking everything"));
        }
        return cache;
    }

    /** A remembered success younger than the time-to-live. */
    Optional<LinkResult> fresh(String url) {
        Entry entry = entries.get(url);
        if (entry == null || clock.millis() - entry.savedMillis >= ttl.toMillis()) {
            return Optional.empty();
        }
        LinkResult r = entry.result;
        return Optional.of(new LinkResult(url, r.linkClass(), r.status(), r.detail(), r.finalUrl(), r.permanent(), 0, true));
    }

    /** Records this build's verdicts: successes are (re)stamped, failures forgotten. */
    void record(LinkResult result) {
        if (result.cached()) {
            return;
        }
        if (result.linkClass().isSuccess() && storable(result.url()) && storable(result.finalUrl())) {
            entries.put(result.url(), new Entry(clock.millis(), result));
        } else {
            entries.remove(result.url());
        }
    }

    /** Writes the cache (expired entries dropped) atomically; a failure becomes a note, not a build error. */
    void save(List<Note> notes) {
        if (file.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        long now = clock.millis();
        entries.entrySet().stream()
                .filter(e -> now - e.getValue().savedMillis < ttl.toMillis())
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> {
                    LinkResult r = e.getValue().result;
                    lines.add(e.getValue().savedMillis + "\t" + r.linkClass().name() + "\t" + r.status() + "\t"
                            + r.permanent() + "\t" + r.finalUrl() + "\t" + e.getKey());
                });
        Path target = file.get();
        try {
            Files.createDirectories(target.getParent());
            AtomicFiles.write(target, String.join("\n", lines) + (lines.isEmpty() ? "" : "\n"));
        } catch (IOException e) {
            notes.add(Note.warning("links: could not write the cache " + target + " (" + e.getMessage() + ")"));
        }
    }

    private void parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 6 || !f[0].matches("\\d{1,19}") || !f[2].matches("\\d{1,3}")) {
            return;
        }
        LinkClass linkClass;
        try {
            linkClass = LinkClass.valueOf(f[1]);
        } catch (IllegalArgumentException e) {
            return;
        }
        if (!linkClass.isSuccess()) {
            return;
        }
        int status = Integer.parseInt(f[2]);
        String detail = f[4].isEmpty() ? StatusText.of(status) : "redirected to " + f[4];
        entries.put(f[5], new Entry(Long.parseLong(f[0]),
                new LinkResult(f[5], linkClass, status, detail + " (cached)", f[4], Boolean.parseBoolean(f[3]), 0, true)));
    }

    private static boolean storable(String s) {
        return s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0;
    }
}
