package dev.quizsite.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.site.BuildResult;
import dev.quizsite.site.BuildSettings;
import dev.quizsite.site.SiteBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Builds the browser tests' course (src/test/resources/browser/course) into a folder. */
final class FixtureSite {

    static final Path COURSE = Path.of("src/test/resources/browser/course");
    static final String SEED = "sometimes-small-is-better"; // the course's seed question and its copy here

    private FixtureSite() {
    }

    static Path build(Path root) {
        return build(root, COURSE);
    }

    static Path build(Path root, Path questions) {
        return build(root, questions, null);
    }

    /** @param data the chart data folder, or null */
    static Path build(Path root, Path questions, Path data) {
        Path site = root.resolve("site");
        BuildSettings settings = new BuildSettings(root, questions.toAbsolutePath(), site,
                java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.ofNullable(data).map(Path::toAbsolutePath),
                java.util.Optional.empty(), dev.quizsite.config.CourseConfig.EMPTY, true);
        BuildResult result = new SiteBuilder().build(settings);
        assertThat(result.report().problems()).as("the fixture course builds cleanly").isEmpty();
        return site;
    }

    /** Every HTML page of a built site, relative to it. */
    static List<String> pages(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> site.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }
}
