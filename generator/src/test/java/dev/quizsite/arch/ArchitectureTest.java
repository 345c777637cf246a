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
}
