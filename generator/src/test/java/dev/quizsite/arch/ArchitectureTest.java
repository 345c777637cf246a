package dev.quizsite.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core knows nothing of Maven: only dev.quizsite.maven may import org.apache.maven. */
class ArchitectureTest {

    static final Path SOURCES = Path.of("src/main/java/dev/quizsite");

    @Test
    void onlyTheMavenPackageImportsMaven() throws IOException {
        List<String> offenders = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        for (Path file : files) {
            boolean inMavenPackage = SOURCES.relativize(file).startsWith("maven");
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith("import org.apache.maven.") && !inMavenPackage) {
                    offenders.add(SOURCES.relativize(file) + ": " + line);
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void theMavenPackageHoldsOnlyMojosAndTheirAdapters() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES.resolve("maven"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .allMatch(name -> name.endsWith("Mojo.java") || name.equals("ProblemLog.java")
                            || name.startsWith("Maven") || name.startsWith("Link"));
        }
    }

    /**
     * The packages, top to bottom, as ARCHITECTURE.md lists them: a package may import only
     * packages below it, so each is usable (and testable) without those above it, as in Zola's
     * one-way packages. A new package must be placed in this list.
     */
    static final List<String> LAYERS = List.of("maven", "serve", "scaffold", "site", "export", "links", "chart", "render",
            "validate", "parse", "config", "markdown", "i18n", "load", "store", "model", "io", "text", "report");

    @Test
    void packagesImportOnlyThePackagesBelowThem() throws IOException {
        List<String> offenders = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path file : files) {
            String own = SOURCES.relativize(file).getName(0).toString();
            int level = LAYERS.indexOf(own);
            if (level < 0) {
                offenders.add(SOURCES.relativize(file) + ": package `" + own + "` is not in LAYERS");
                continue;
            }
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith("import dev.quizsite.")) {
                    String other = line.substring("import dev.quizsite.".length()).split("\\.")[0];
                    if (!other.equals(own) && LAYERS.indexOf(other) <= level) {
                        offenders.add(SOURCES.relativize(file) + ": " + line);
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    /** The layers are those ARCHITECTURE.md documents, in its order. */
    @Test
    void theDocumentedLayersAreTheTestedOnes() throws IOException {
        String doc = Files.readString(Path.of("../ARCHITECTURE.md"));
        List<String> documented = new ArrayList<>();
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("(?m)^\\| `([a-z0-9]+)` \\|").matcher(doc);
        while (row.find()) {
            documented.add(row.group(1));
        }
        assertThat(documented).isEqualTo(LAYERS);
    }
}
