package dev.quizsite.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Finds the test corpora under {@code src/test/resources/corpus/}. */
final class Corpus {

    /**
     * Link checks for the payload courses: offline, and ignoring the percent-encoded schemes. Those
     * are inert relative links to files that do not exist, which the link checker rightly calls
     * broken; these tests are about what could run, not about broken links.
     */
    static final dev.quizsite.links.LinkSettings INERT_LINKS = dev.quizsite.links.LinkSettings.builder()
            .offline(true).ignore(java.util.List.of("(?i).*(javascript%3a|%6aavascript).*")).build();


    private Corpus() {
    }

    static Path folder(String name) {
        try {
            return Path.of(Corpus.class.getResource("/corpus/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cases of a corpus: each {@code *.md} file, and each sub-folder (a course of several files). */
    static Stream<Path> cases(String name) {
        try (Stream<Path> entries = Files.list(folder(name))) {
            return entries
                    .filter(p -> Files.isDirectory(p) || p.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code a.md} or {@code a/} → {@code a}. */
    static String caseName(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    /** Copies a case (one file, or the files of a folder) into {@code questions}. */
    static void copyInto(Path caseFile, Path questions) throws IOException {
        Files.createDirectories(questions);
        if (Files.isDirectory(caseFile)) {
            try (Stream<Path> files = Files.list(caseFile)) {
                for (Path file : files.sorted().toList()) {
                    Files.copy(file, questions.resolve(file.getFileName().toString()));
                }
            }
        } else {
            Files.copy(caseFile, questions.resolve(caseFile.getFileName().toString()));
        }
    }
}
