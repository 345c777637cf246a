package dev.quizsite.config;

import dev.quizsite.load.SourceLoader;
import dev.quizsite.report.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads {@code quizsite.yml}; a course without one simply has no settings from it. */
public final class CourseConfigFile {

    /** The file name looked for in the site module's folder. */
    public static final String NAME = "quizsite.yml";

    private CourseConfigFile() {
    }

    /** The file's settings; empty settings when it does not exist, empty result when it has errors. */
    public static Optional<CourseConfig> read(Path file, SourceLoader loader, Report report) {
        if (!Files.exists(file)) {
            return Optional.of(CourseConfig.EMPTY);
        }
        return loader.load(file, report)
                .flatMap(source -> CourseConfigParser.parse(source.text(), source.displayPath(), report));
    }
}
