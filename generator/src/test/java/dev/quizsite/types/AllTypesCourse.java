package dev.quizsite.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.config.CourseConfig;
import dev.quizsite.site.BuildResult;
import dev.quizsite.site.BuildSettings;
import dev.quizsite.site.SiteBuilder;
import java.nio.file.Path;
import java.util.Optional;

/** The invoker IT's course with one question of each kind (src/it/all-types), built into a folder. */
public final class AllTypesCourse {

    public static final Path COURSE = Path.of("src/it/all-types");

    private AllTypesCourse() {
    }

    public static Path build(Path root) {
        Path site = root.resolve("site");
        BuildSettings settings = new BuildSettings(COURSE.toAbsolutePath(), COURSE.resolve("questions").toAbsolutePath(),
                site, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(COURSE.resolve("quizsite.yml").toAbsolutePath()), CourseConfig.EMPTY, true);
        BuildResult result = new SiteBuilder().build(settings);
        assertThat(result.report().problems()).as("the all-types course builds cleanly").isEmpty();
        return site;
    }
}
