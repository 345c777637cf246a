package dev.quizsite.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.config.CourseConfig;
import dev.quizsite.site.BuildResult;
import dev.quizsite.site.BuildSettings;
import dev.quizsite.site.SiteBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Builds a course with all three exports into a temporary folder, as {@code quizsite:export} does. */
final class ExportRun {

    static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    static final Path FIXTURE = Path.of("src/test/resources/export/both-types").toAbsolutePath();
    static final Path ALL_TYPES = Path.of("src/test/resources/export/all-types").toAbsolutePath();

    /** @param folder the export folder */
    record Exported(BuildResult result, Path site, Path folder) {
        Path file(ExportFormat format) {
            return folder.resolve(format.fileName());
        }

        SortedMap<String, byte[]> zip(ExportFormat format) throws IOException {
            return entries(file(format));
        }
    }

    private ExportRun() {
    }

    /** The repository's course: ../questions with site-src's data and settings. */
    static Exported course(Path tmp) {
        return run(PROJECT, PROJECT.resolve("questions"), PROJECT.resolve("site-src/data"),
                PROJECT.resolve("site-src/quizsite.yml"), tmp);
    }

    /** A single and a multiple choice question with feedback, references, a chart of each kind and an image. */
    static Exported fixture(Path tmp) {
        return run(FIXTURE, FIXTURE.resolve("questions"), FIXTURE.resolve("data"), FIXTURE.resolve("quizsite.yml"), tmp);
    }

    /**
     * A short answer (literal, pattern, foreseen mistakes, hints), a number (tolerance, range,
     * unit), an ordering and a matching question. Canvas cannot take all of them: the build warns,
     * and the warnings are in the result's report.
     */
    static Exported allTypes(Path tmp) {
        // Its own question card (templates/): the default theme's shows only choices so far.
        return run(new BuildSettings(ALL_TYPES, ALL_TYPES.resolve("questions"), tmp.resolve("site"),
                Optional.of(ALL_TYPES.resolve("templates")), Optional.empty(), Optional.empty(), Optional.of(ALL_TYPES.resolve("quizsite.yml")), CourseConfig.EMPTY, true),
                tmp, true);
    }

    static Exported run(Path root, Path questions, Path data, Path config, Path tmp) {
        return run(new BuildSettings(root, questions, tmp.resolve("site"), Optional.empty(), Optional.empty(),
                Optional.of(data), Optional.of(config), CourseConfig.EMPTY, true), tmp);
    }

    static Exported run(BuildSettings settings, Path tmp) {
        return run(settings, tmp, false);
    }

    /** @param warnings whether the export may warn (it never may have errors) */
    static Exported run(BuildSettings settings, Path tmp, boolean warnings) {
        Path folder = tmp.resolve("export");
        BuildResult result = new SiteBuilder().build(settings.withOutput(tmp.resolve("site"))
                .withExports(new ExportSettings(EnumSet.allOf(ExportFormat.class), folder)));
        if (warnings) {
            assertThat(result.report().errorCount()).as("errors: " + result.report().problems()).isZero();
        } else {
            assertThat(result.report().problems()).as("problems").isEmpty();
        }
        return new Exported(result, tmp.resolve("site"), folder);
    }

    static SortedMap<String, byte[]> entries(Path zip) throws IOException {
        SortedMap<String, byte[]> entries = new TreeMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream zin = new ZipInputStream(in)) {
            for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
                assertThat(entries.put(e.getName(), zin.readAllBytes())).as("entry twice: " + e.getName()).isNull();
            }
        }
        return entries;
    }

    /** Unzips into {@code into}, refusing any entry that would land outside it. */
    static Path unzip(SortedMap<String, byte[]> entries, Path into) throws IOException {
        Path root = into.toAbsolutePath().normalize();
        for (var e : entries.entrySet()) {
            Path target = root.resolve(e.getKey()).normalize();
            assertThat(target.startsWith(root)).as(e.getKey() + " inside the package").isTrue();
            Files.createDirectories(target.getParent());
            Files.write(target, e.getValue());
        }
        return root;
    }
}
