package dev.quizsite.store;

import dev.quizsite.io.AtomicFiles;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

/**
 * The build's one cache, content-addressed: each entry is filed under a hash of everything it was
 * made from (see {@link #key}), so an entry is never stale, only unused. It holds what a question
 * file parsed to and what each page rendered to. The preview keeps one in memory across rebuilds;
 * a one-shot build reads it from its folder and writes it back (see {@link #open}).
 *
 * <p>On disk the entries are the model's own records in {@link EntryFormat}, whose form follows
 * the record components, so it cannot drift from them as a hand-written codec would. It makes only
 * Quizsite's records and enums and the JDK's values and collections, within size limits: a damaged
 * or foreign file is simply not used.
 *
 * <p>Two files: {@value #FILE}, every entry, and {@value #DELTA}, what changed since it (entries
 * added or replaced, keys dropped). A build after one edit changes a few of 20,000 entries: it rewrites the
 * small delta, not the whole store (60 MB at 10,000 questions, a second to write). The store is
 * rewritten whole once the delta has grown to an eighth of it. The delta names the store it
 * belongs to by a random id, so a delta left beside a newer store (a build killed between the two
 * writes) is ignored.
 *
 * <p>The whole store is written as {@value #CHUNKS} chunks, each its own encoding of the
 * entries whose keys fall in it, and the chunks are made and read side by side: read as one
 * stream, the store of 10,000 questions took a second on one core, the longest task of a build
 * after one edit.
 */
public final class Store {

    static final String FILE = "store.bin";
    static final String DELTA = "store.delta";
    private static final String MAGIC = "quizsite-store 5";
    /** How many chunks the whole store is written in: enough to keep the cores of a big machine busy reading. */
    static final int CHUNKS = 8;
    private static final String DELTA_MAGIC = "quizsite-store-delta 4";
    /** The delta is merged into a new whole store once its changes reach this share of the store's entries. */
    private static final int REWRITE_SHARE = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** An entry, and the last build that used it. */
    private static final class Entry {
        final Serializable value;
        /** Set by the build's parallel stages: the one that sets it first in a build counts the entry as used. */
        volatile int usedIn;

        Entry(Serializable value, int usedIn) {
            this.value = value;
            this.usedIn = usedIn;
        }
    }

    /** Starts the thread that reads a store's files: its own, not the pool the build's parallel stages share. */
    private static final Executor READER = task -> {
        Thread reader = new Thread(task, "quizsite-store-read");
        reader.setDaemon(true);
        reader.start();
    };

    private final Optional<Path> file;
    private final String code;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** What {@value #FILE} holds: its id, and its keys (a delta is what differs from them). */
    private Base base = Base.NONE;
    /**
     * Keys of the whole store's file whose entry is another now: the delta carries them. Most
     * keys name their content and never change, but some name a place (what the site folder
     * holds), and their entry is replaced on every build.
     */
    private final Set<String> replaced = ConcurrentHashMap.newKeySet();
    /**
     * The number of the build under way: an entry is marked with it when used, and those left
     * unmarked are dropped at its end. A set of the keys used, emptied after each build, cost the
     * preview's rebuild of 10,000 questions more to fill and clear than the rest of the store's work.
     * Entries read from the files are marked 0, used by none yet.
     */
    private int build = 1;
    /** How many entries the build under way used (each once). */
    private final AtomicInteger usedCount = new AtomicInteger();
    private static final AtomicIntegerFieldUpdater<Entry> USED_IN = AtomicIntegerFieldUpdater.newUpdater(Entry.class, "usedIn");
    /**
     * An in-memory store drops its unused entries once they are this share of it, not after every
     * build: the preview's rebuild after one edit leaves a few of 40,000 unused, and walking all
     * of them for those took longer than the rest of the store's work. An entry is never stale
     * (its key names what it was made of), so one kept a while longer is only memory.
     */
    private static final int DROP_SHARE = 8;
    /**
     * In memory: the keys filed since the unused entries were last walked, which are the ones a
     * rebuild is likely to leave unused (a page made again replaces the one made a few builds
     * before). Walked for them at the end of every build, so that what an edit replaced is not
     * kept until the eighth: the index of 10,000 questions, made again on every edit of a title,
     * holds 10,000 links, and a few hundred kept grew the preview's heap by half a gigabyte,
     * whose collection stalled its rebuilds.
     */
    private final Set<String> recent = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean added = new AtomicBoolean();
    private int loaded;
    /**
     * The reading of the store's files, done beside the build's first stages (a second at 10,000
     * questions, as long as loading the question files): every use of the entries waits for it.
     */
    private final CompletableFuture<Void> reading;

    private Store(Optional<Path> file, String code) {
        this.file = file;
        this.code = code;
        // Started last: the reader thread sees every field set (Thread.start happens-before it runs).
        this.reading = file.map(f -> CompletableFuture.runAsync(() -> readFiles(f), READER))
                .orElse(CompletableFuture.completedFuture(null));
    }

    /** The whole store's file as read or last written: its id and keys; {@link #NONE} when there is none. */
    private record Base(String id, Set<String> keys) {
        static final Base NONE = new Base("", Set.of());
    }

    /** A store that lives in memory only (the preview's, or a build without a cache folder). */
    public static Store inMemory() {
        return new Store(Optional.empty(), CodeFingerprint.current());
    }

    /**
     * The store kept in {@code folder}; empty when there is none yet, or none this code can use (a
     * different build of the plugin wrote it, or it is damaged). It only ever saves time. Its
     * files are read in the background: {@link #key} and {@link #hash} answer at once.
     */
    public static Store open(Path folder) {
        return new Store(Optional.of(folder.resolve(FILE)), CodeFingerprint.current());
    }

    /** Reads the whole store and its delta into this store's entries (on the reader thread). */
    private void readFiles(Path file) {
        Map<String, Serializable> read = new HashMap<>();
        Base whole = read(file, code, read);
        if (!whole.id().isEmpty()) {
            readDelta(file.resolveSibling(DELTA), code, whole.id(), read).stream().filter(whole.keys()::contains)
                    .forEach(replaced::add);
        }
        read.forEach((key, value) -> entries.put(key, new Entry(value, 0)));
        base = whole;
        loaded = read.size();
    }

    /** Waits for the store's files to be read. */
    private void ready() {
        try {
            reading.join();
        } catch (CompletionException e) {
            // readFiles() turns every failure of the file into an empty store; what is left is the JVM's (out of memory)
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** A key for what was made from {@code parts}: the hash of all of them, and of the plugin's code. */
    public String key(String... parts) {
        if (file.isPresent() || length(parts) > MEMO_PARTS) {
            return hashKey(parts);
        }
        KnownKey known = madeKeys.computeIfAbsent(List.of(parts), p -> new KnownKey(hashKey(parts)));
        known.usedIn = build;
        return known.key;
    }

    /**
     * The keys an in-memory store made, by their parts: the preview asks for the same 20,000 short
     * keys (one a page, one a question's search terms) on every rebuild, and hashing them again
     * was a fifth of a rebuild after one edit. Dropped when a build did not ask for them, like entries.
     */
    private final Map<List<String>, KnownKey> madeKeys = new ConcurrentHashMap<>();
    /** Parts longer than this in all are hashed each time: comparing them would cost about as much. */
    private static final int MEMO_PARTS = 2048;

    /** A key made, and the last build that asked for it. */
    private static final class KnownKey {
        final String key;
        int usedIn;

        KnownKey(String key) {
            this.key = key;
        }
    }

    private static int length(String[] parts) {
        int length = 0;
        for (String part : parts) {
            length += part.length();
        }
        return length;
    }

    private String hashKey(String... parts) {
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
        ready();
        Entry entry = entries.get(key);
        if (entry != null && type.isInstance(entry.value)) {
            use(entry);
            return Optional.of(type.cast(entry.value));
        }
        return Optional.empty();
    }

    /** Marks {@code entry} used by this build, and counts it the first time. */
    private void use(Entry entry) {
        int was = entry.usedIn;
        if (was != build && USED_IN.compareAndSet(entry, was, build)) {
            usedCount.incrementAndGet();
        }
    }

    /** Files {@code value} under {@code key}, for this build and the next. */
    public void put(String key, Serializable value) {
        ready();
        Entry old = entries.put(key, new Entry(value, build));
        if (old == null || old.usedIn != build) {
            usedCount.incrementAndGet();
        }
        if (file.isEmpty()) {
            recent.add(key);
        }
        if (old == null) {
            added.set(true);
        } else if (!old.value.equals(value)) {
            replaced.add(key);
            added.set(true);
        }
    }

    /**
     * Ends a build: entries it did not use are dropped (the store holds what the last build was
     * made of, no more; in memory, those {@linkplain #recent filed lately} at once and the rest once
     * they are an eighth of it, see {@link #DROP_SHARE}), and a
     * store with a folder is written there when it changed.
     *
     * @return why the store could not be written, if it could not (a slower next build, no error)
     */
    public Optional<String> endBuild() {
        ready();
        int ending = build++;
        int unused = entries.size() - usedCount.getAndSet(0);
        boolean dropped = false;
        if (file.isPresent() ? unused > 0
                : unused * DROP_SHARE > entries.size() || recent.size() * DROP_SHARE > entries.size()) {
            dropped = entries.values().removeIf(entry -> entry.usedIn != ending);
            madeKeys.values().removeIf(known -> known.usedIn != ending);
            recent.clear();
        } else if (unused > 0) {
            recent.removeIf(key -> {
                Entry entry = entries.get(key);
                return entry == null || entry.usedIn != ending && entries.remove(key, entry);
            });
        }
        boolean changed = added.getAndSet(false) || dropped || loaded != entries.size();
        replaced.retainAll(entries.keySet());
        loaded = entries.size();
        if (file.isEmpty() || !changed) {
            return Optional.empty();
        }
        try {
            Path delta = file.get().resolveSibling(DELTA);
            Map<String, Serializable> added = new HashMap<>();
            entries.forEach((key, entry) -> {
                if (!base.keys().contains(key) || replaced.contains(key)) {
                    added.put(key, entry.value);
                }
            });
            Set<String> gone = new HashSet<>(base.keys());
            gone.removeAll(entries.keySet());
            if (!base.id().isEmpty() && (added.size() + gone.size()) * REWRITE_SHARE < base.keys().size()) {
                byte[] addedBytes = EntryFormat.write(added);
                AtomicFiles.write(delta, stream -> {
                    DataOutputStream out = new DataOutputStream(stream);
                    out.writeUTF(DELTA_MAGIC);
                    out.writeUTF(code);
                    out.writeUTF(base.id());
                    out.writeInt(addedBytes.length);
                    out.write(addedBytes);
                    out.writeInt(gone.size());
                    for (String key : gone) {
                        out.writeUTF(key);
                    }
                    out.flush();
                });
                return Optional.empty();
            }
            String id = HexFormat.of().formatHex(randomId());
            List<byte[]> chunks = chunks(entries);
            AtomicFiles.write(file.get(), stream -> {
                DataOutputStream out = new DataOutputStream(stream);
                out.writeUTF(MAGIC);
                out.writeUTF(code);
                out.writeUTF(id);
                out.writeInt(chunks.size());
                for (byte[] chunk : chunks) {
                    out.writeInt(chunk.length);
                    out.write(chunk);
                }
                out.flush();
            });
            base = new Base(id, Set.copyOf(entries.keySet()));
            replaced.clear();
            Files.deleteIfExists(delta); // it names the old id: ignored if this were not reached
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("could not keep the build cache in " + file.get() + ": " + e.getMessage());
        }
    }

    /** The entries in {@value #CHUNKS} encoded maps, by their keys' first character, made side by side. */
    private static List<byte[]> chunks(Map<String, Entry> entries) throws IOException {
        List<Map<String, Serializable>> parts = new ArrayList<>();
        for (int i = 0; i < CHUNKS; i++) {
            parts.add(new HashMap<>());
        }
        entries.forEach((key, entry) -> parts.get(key.isEmpty() ? 0 : key.charAt(0) % CHUNKS).put(key, entry.value));
        try {
            return parts.parallelStream().map(part -> {
                try {
                    return EntryFormat.write(part);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static byte[] randomId() {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        return id;
    }

    /** Reads the whole store into {@code entries}; its id and keys, or {@link Base#NONE} when it is absent or unusable. */
    private static Base read(Path file, String code, Map<String, Serializable> entries) {
        if (!Files.isRegularFile(file)) {
            return Base.NONE;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!in.readUTF().equals(MAGIC) || !in.readUTF().equals(code)) {
                return Base.NONE; // another build of the plugin: what it made of the same input may differ
            }
            String id = in.readUTF();
            long left = Files.size(file);
            int count = in.readInt();
            if (count < 0 || count > CHUNKS) {
                return Base.NONE;
            }
            List<byte[]> chunks = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int length = in.readInt();
                if (length < 0 || length > left) { // damaged: a length past the file's end
                    return Base.NONE;
                }
                chunks.add(in.readNBytes(length));
                left -= length;
            }
            List<Map<String, Serializable>> read = decode(chunks);
            Map<String, Serializable> all = new HashMap<>();
            read.forEach(all::putAll);
            entries.putAll(all);
            return new Base(id, Set.copyOf(all.keySet()));
        } catch (IOException | RuntimeException e) {
            // Damaged, cut short, or refused by the filter: build without it and write a new one.
            entries.clear();
            return Base.NONE;
        }
    }

    /**
     * The chunks' entries, decoded on the reader thread and, on a machine with cores to spare, on
     * threads of its own: not in the pool the build's parallel stages share, where on two cores
     * the decoding held up the loading of the question files it was meant to run beside.
     */
    private static List<Map<String, Serializable>> decode(List<byte[]> chunks) {
        int helpers = Math.min(chunks.size(), Runtime.getRuntime().availableProcessors() / 2) - 1;
        if (helpers <= 0) {
            return chunks.stream().map(Store::chunk).toList();
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(helpers, task -> {
            Thread thread = new Thread(task, "quizsite-store-read");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<CompletableFuture<Map<String, Serializable>>> helped = new ArrayList<>();
            for (int i = 1; i < chunks.size(); i++) { // the first on this thread, the rest by whoever is free
                byte[] chunk = chunks.get(i);
                helped.add(CompletableFuture.supplyAsync(() -> chunk(chunk), pool));
            }
            List<Map<String, Serializable>> read = new ArrayList<>(List.of(chunk(chunks.get(0))));
            for (CompletableFuture<Map<String, Serializable>> one : helped) {
                try {
                    read.add(one.join());
                } catch (CompletionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : e;
                }
            }
            return read;
        } finally {
            pool.shutdown();
        }
    }

    /** One chunk's entries; a chunk that does not read whole fails the store (as damaged). */
    private static Map<String, Serializable> chunk(byte[] bytes) {
        return EntryFormat.read(bytes);
    }

    /**
     * Applies the delta to the entries of the store {@code id}; a delta of another store, or a damaged one, is left out.
     *
     * @return the keys the delta filed entries under
     */
    private static Set<String> readDelta(Path file, String code, String id, Map<String, Serializable> entries) {
        if (!Files.isRegularFile(file)) {
            return Set.of();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!in.readUTF().equals(DELTA_MAGIC) || !in.readUTF().equals(code) || !in.readUTF().equals(id)) {
                return Set.of();
            }
            int length = in.readInt();
            if (length < 0 || length > Files.size(file)) { // damaged: a length past the file's end
                return Set.of();
            }
            Map<String, Serializable> added = EntryFormat.read(in.readNBytes(length));
            int count = in.readInt();
            if (count < 0 || count > Files.size(file)) {
                return Set.of();
            }
            List<String> dropped = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                dropped.add(in.readUTF());
            }
            entries.putAll(added);
            dropped.forEach(entries::remove);
            return added.keySet();
        } catch (IOException | RuntimeException e) {
            // the whole store alone: a slower build, never a wrong one (entries are content-addressed)
            return Set.of();
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
