package dev.quizsite.store;

import dev.quizsite.io.AtomicFiles;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The build's one cache, content-addressed: each entry is filed under a hash of everything it was
 * made from (see {@link #key}), so an entry is never stale, only unused. It holds what a question
 * file parsed to and what each page rendered to. The preview keeps one in memory across rebuilds;
 * a one-shot build reads it from its folder and writes it back (see {@link #open}).
 *
 * <p>On disk the entries are the model's own records in Java's serialization, whose form follows
 * the record components, so it cannot drift from them as a hand-written codec would. The file is
 * ours, but it is read through a filter that lets in only Quizsite's classes and the JDK's
 * collections and values, and within size limits: a damaged or foreign file is simply not used.
 */
public final class Store {

    static final String FILE = "store.bin";
    private static final String MAGIC = "quizsite-store 2";

    /** Classes an entry may hold: our records and enums, the JDK's values and immutable collections. */
    private static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
            "maxdepth=64;maxrefs=50000000;maxbytes=2147483647;maxarray=100000000;"
                    + "dev.quizsite.**;java.lang.*;java.util.*;java.time.*;!*");

    private final Optional<Path> file;
    private final String code;
    private final Map<String, Serializable> entries;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean added = new AtomicBoolean();
    private int loaded;

    private Store(Optional<Path> file, String code, Map<String, Serializable> entries) {
        this.file = file;
        this.code = code;
        this.entries = new ConcurrentHashMap<>(entries);
        this.loaded = entries.size();
    }

    /** A store that lives in memory only (the preview's, or a build without a cache folder). */
    public static Store inMemory() {
        return new Store(Optional.empty(), CodeFingerprint.current(), Map.of());
    }

    /**
     * The store kept in {@code folder}; empty when there is none yet, or none this code can use (a
     * different build of the plugin wrote it, or it is damaged). It only ever saves time.
     */
    public static Store open(Path folder) {
        Path file = folder.resolve(FILE);
        String code = CodeFingerprint.current();
        return new Store(Optional.of(file), code, read(file, code));
    }

    /** A key for what was made from {@code parts}: the hash of all of them, and of the plugin's code. */
    public String key(String... parts) {
        MessageDigest sha = sha256();
        sha.update(code.getBytes(StandardCharsets.UTF_8));
        for (String part : parts) {
            sha.update((byte) 0);
            sha.update(part.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The hash of a file's text, as a key part. */
    public static String hash(String text) {
        return hash(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String hash(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /** The entry filed under {@code key}, if there is one of that type; it is kept for the next build. */
    public <T> Optional<T> get(String key, Class<T> type) {
        Serializable value = entries.get(key);
        if (type.isInstance(value)) {
            used.add(key);
            return Optional.of(type.cast(value));
        }
        return Optional.empty();
    }

    /** Files {@code value} under {@code key}, for this build and the next. */
    public void put(String key, Serializable value) {
        used.add(key);
        if (entries.put(key, value) == null) {
            added.set(true);
        }
    }

    /**
     * Ends a build: entries it did not use are dropped (the store holds what the last build was
     * made of, no more), and a store with a folder is written there when it changed.
     *
     * @return why the store could not be written, if it could not (a slower next build, no error)
     */
    public Optional<String> endBuild() {
        boolean dropped = entries.keySet().retainAll(Set.copyOf(used));
        boolean changed = added.getAndSet(false) || dropped || loaded != entries.size();
        used.clear();
        loaded = entries.size();
        if (file.isEmpty() || !changed) {
            return Optional.empty();
        }
        try {
            AtomicFiles.write(file.get(), stream -> {
                ObjectOutputStream out = new ObjectOutputStream(stream);
                out.writeUTF(MAGIC);
                out.writeUTF(code);
                out.writeObject(new HashMap<>(entries));
                out.flush();
            });
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("could not keep the build cache in " + file.get() + ": " + e.getMessage());
        }
    }

    private static Map<String, Serializable> read(Path file, String code) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                ObjectInputStream in = new ObjectInputStream(raw)) {
            in.setObjectInputFilter(FILTER);
            if (!in.readUTF().equals(MAGIC) || !in.readUTF().equals(code)) {
                return Map.of(); // another build of the plugin: what it made of the same input may differ
            }
            if (!(in.readObject() instanceof Map<?, ?> map)) {
                return Map.of();
            }
            Map<String, Serializable> entries = new HashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (e.getKey() instanceof String key && e.getValue() instanceof Serializable value) {
                    entries.put(key, value);
                }
            }
            return entries;
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            // Damaged, cut short, or refused by the filter: build without it and write a new one.
            return Map.of();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
