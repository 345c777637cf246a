package dev.quizsite.scaffold;

import dev.quizsite.load.SourceLoader;
import dev.quizsite.model.QuestionType;
import dev.quizsite.report.Suggestion;
import dev.quizsite.parse.QuestionParser;
import dev.quizsite.report.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Creates a question file from a template: {@code NNN-title-slug.md}, where NNN is one more than
 * the highest numeric prefix in the folder, so new questions sort last and their id (the file
 * name's slug) is new. Never overwrites a file.
 */
public final class NewQuestion {

    public static final String DEFAULT_TITLE = "New question";

    private static final Pattern PREFIX = Pattern.compile("^(\\d+)");
    private static final int SLUG_LENGTH = 60;

    /** @param id the id the question gets (its file name's slug) */
    public record Created(Path file, String id) {
    }

    private NewQuestion() {
    }

    /** Writes a multiple-choice question; see {@link #create(Path, String, String, SourceLoader, Report)}. */
    public static Optional<Created> create(Path questions, String title, SourceLoader loader, Report report) {
        return create(questions, title, QuestionType.MULTIPLE.key(), loader, report);
    }

    /**
     * Writes the file, a question of {@code type} (a front matter {@code type:} value); empty when it
     * could not be written (the reason is in the report, as is a type that does not exist).
     */
    public static Optional<Created> create(Path questions, String title, String type, SourceLoader loader, Report report) {
        String heading = title == null || title.isBlank() ? DEFAULT_TITLE : title.strip().replaceAll("\\s+", " ");
        if (!QuestionType.keys().contains(type)) {
            report.error("pom.xml", 0, 0, "<type> (quizsite.type): there is no question type `" + type + "`"
                    + Suggestion.hint(type, QuestionType.keys()) + " (types: " + String.join(", ", QuestionType.keys()) + ")");
            return Optional.empty();
        }
        try {
            Files.createDirectories(questions);
            return write(questions.resolve(nextPrefix(questions) + "-" + slug(heading) + ".md"), heading, type, loader,
                    report);
        } catch (IOException e) {
            report.error(loader.display(questions), 0, 0, "cannot create the question file: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Creates {@code file}, which must not exist yet (another `new` may have taken the name meanwhile). */
    static Optional<Created> write(Path file, String heading, String type, SourceLoader loader, Report report) {
        try {
            Files.writeString(file, template(heading, type), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            String name = file.getFileName().toString();
            return Optional.of(new Created(file, QuestionParser.slug(name.substring(0, name.length() - 3))));
        } catch (FileAlreadyExistsException e) {
            report.error(loader.display(file), 0, 0, "the file exists already; it was left as it is");
        } catch (IOException e) {
            report.error(loader.display(file), 0, 0, "cannot create the question file: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** One more than the highest numeric prefix, as wide as the widest prefix (at least 3 digits). */
    static String nextPrefix(Path questions) throws IOException {
        List<String> prefixes;
        try (Stream<Path> files = Files.list(questions)) {
            prefixes = files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".md"))
                    .map(PREFIX::matcher)
                    .filter(Matcher::find)
                    .map(m -> m.group(1))
                    .toList();
        }
        long next = prefixes.stream().mapToLong(NewQuestion::value).max().orElse(0) + (prefixes.isEmpty() ? 0 : 1);
        int width = Math.max(3, prefixes.stream().mapToInt(String::length).max().orElse(3));
        return String.format("%0" + width + "d", next);
    }

    private static long value(String digits) {
        // A prefix too long for a long (a date-time stamp, a hash) still sorts; count it as the largest.
        return digits.length() > 18 ? Long.MAX_VALUE - 1 : Long.parseLong(digits);
    }

    private static String slug(String title) {
        String slug = QuestionParser.slug(title);
        return slug.length() > SLUG_LENGTH ? slug.substring(0, SLUG_LENGTH).replaceAll("-+$", "") : slug;
    }

    /** The example of {@code type}, from the plugin's resources, with the title put in (the only thing put in). */
    private static String template(String title, String type) throws IOException {
        String name = "/dev/quizsite/scaffold/question/" + type + ".md";
        try (java.io.InputStream in = NewQuestion.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("the plugin lacks its example " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("@TITLE@", title);
        }
    }
}
