package dev.quizsite.cache;

import dev.quizsite.load.SourceFile;
import dev.quizsite.markdown.MarkdownEngine.RawHtml;
import dev.quizsite.model.Question;
import dev.quizsite.parse.QuestionParser;
import dev.quizsite.report.Problem;
import dev.quizsite.report.Report;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Parse results kept between builds, so that {@code mvn package} of a big course parses (and
 * renders the Markdown of) only the question files whose text changed; Flexmark is most of a
 * full build's time. One file in the cache folder holds, per question file, the SHA-256 of its
 * text, the parsed question and the warnings it gave. A file with errors is never stored: its
 * errors are found again. The whole cache is ignored when it was written by other plugin code or
 * under the other raw-HTML policy, and when it cannot be read: it only ever saves time.
 */
public final class ParseCache {

    static final String FILE = "parsed-questions.bin";
    private static final int MAGIC = 0x51505143; // "QPQC"
    private static final int FORMAT = 1;
    private static final int HASH_BYTES = 32;

    /** What a question file's text parsed to: the question and the problems it gave, as bytes. */
    private record Stored(byte[] textHash, byte[] entry) {
    }

    private final Optional<Path> file;
    private final String header;
    private final Map<String, Stored> previous;
    private final Map<String, Stored> current = new ConcurrentHashMap<>();
    private final AtomicInteger reused = new AtomicInteger();

    private ParseCache(Optional<Path> file, String header, Map<String, Stored> previous) {
        this.file = file;
        this.header = header;
        this.previous = previous;
    }

    /** A cache that remembers nothing: every file is parsed. */
    public static ParseCache none() {
        return new ParseCache(Optional.empty(), "", Map.of());
    }

    /** The cache in {@code folder}; empty when there is none yet, or none this build can trust. */
    public static ParseCache open(Path folder, RawHtml mode) {
        Path file = folder.resolve(FILE);
        String header = codeFingerprint() + "\n" + mode.name();
        return new ParseCache(Optional.of(file), header, read(file, header));
    }

    /** Parses {@code source}, or replays what the same text parsed to in an earlier build. */
    public Optional<Question> parse(SourceFile source, QuestionParser parser, Report report) {
        if (file.isEmpty()) {
            return parser.parse(source, report);
        }
        byte[] hash = sha256(source.text());
        Stored old = previous.get(source.displayPath());
        if (old != null && Arrays.equals(old.textHash(), hash)) {
            try {
                DataInputStream in = new DataInputStream(new ByteArrayInputStream(old.entry()));
                Question question = QuestionCodec.readQuestion(in);
                List<Problem> problems = QuestionCodec.readProblems(in);
                report.addAll(problems);
                current.put(source.displayPath(), old);
                reused.incrementAndGet();
                return Optional.of(question);
            } catch (IOException e) {
                // A damaged entry: parse the file as if it had none.
            }
        }
        Report own = new Report();
        Optional<Question> question = parser.parse(source, own);
        report.addAll(own.problems());
        if (question.isPresent() && !own.hasErrors()) {
            current.put(source.displayPath(), new Stored(hash, entry(question.get(), own.problems())));
        }
        return question;
    }

    /** How many questions this build took from the cache instead of parsing them. */
    public int reused() {
        return reused.get();
    }

    /**
     * Keeps this build's parse results for the next one, when they differ from the stored ones.
     * @return why the cache could not be written, if it could not (a slower next build, no error)
     */
    public Optional<String> save() {
        if (file.isEmpty() || current.size() == previous.size() && reused.get() == current.size()) {
            return Optional.empty();
        }
        Path target = file.get();
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), FILE, ".tmp");
            try {
                try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
                    out.writeInt(MAGIC);
                    out.writeInt(FORMAT);
                    QuestionCodec.string(out, header);
                    out.writeInt(current.size());
                    for (Map.Entry<String, Stored> e : current.entrySet()) {
                        QuestionCodec.string(out, e.getKey());
                        out.write(e.getValue().textHash());
                        out.writeInt(e.getValue().entry().length);
                        out.write(e.getValue().entry());
                    }
                }
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("could not keep parse results in " + target + ": " + e.getMessage());
        }
    }

    private static Map<String, Stored> read(Path file, String header) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || !QuestionCodec.string(in).equals(header)) {
                return Map.of();
            }
            int count = in.readInt();
            Map<String, Stored> stored = new HashMap<>();
            for (int i = 0; i < count; i++) {
                String path = QuestionCodec.string(in);
                byte[] hash = in.readNBytes(HASH_BYTES);
                int length = in.readInt();
                byte[] entry = in.readNBytes(length);
                if (hash.length != HASH_BYTES || length < 0 || entry.length != length) {
                    return Map.of();
                }
                stored.put(path, new Stored(hash, entry));
            }
            return stored;
        } catch (IOException | RuntimeException e) {
            return Map.of(); // unreadable or damaged: this build parses everything and writes a new one
        }
    }

    private static byte[] entry(Question question, List<Problem> problems) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
            DataOutputStream out = new DataOutputStream(bytes);
            QuestionCodec.write(out, question);
            QuestionCodec.write(out, problems);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * Which plugin code parsed: a cache written by another build of the plugin (a new version, or
     * a snapshot installed again) may hold what that code made of the same text, so it is not used.
     * The plugin's jar by name, size and time; from a folder of classes (tests, an IDE), the
     * newest class file in it.
     */
    static String codeFingerprint() {
        try {
            Path code = Path.of(QuestionParser.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return code + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis();
            }
            long newest = 0;
            try (Stream<Path> files = Files.walk(code)) {
                for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                    newest = Math.max(newest, Files.getLastModifiedTime(f).toMillis());
                }
            }
            return code + " " + newest;
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown code " + System.nanoTime(); // never matches: nothing is reused
        }
    }
}
