package dev.quizsite.config;

import dev.quizsite.markdown.MarkdownEngine.RawHtml;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The course settings a build uses: every source layered, then the built-in defaults. */
public record CourseSettings(
        String id,
        String title,
        Optional<String> baseUrl,
        String language,
        String description,
        List<CourseConfig.OrderEntry> order,
        boolean shuffle,
        RawHtml rawHtml,
        Map<String, String> messages) {

    public static final String DEFAULT_TITLE = "Quiz";
    public static final String DEFAULT_LANGUAGE = "en";

    public CourseSettings {
        order = List.copyOf(order);
        messages = Map.copyOf(messages);
    }

    /** What a course id may be: what a question id may be. */
    public static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    /**
     * The settings, with defaults. Without an {@code id} (quizsite.yml's, or the Maven project's
     * artifactId) the course is named after its title, as progress was kept before ids existed.
     */
    public static CourseSettings resolve(CourseConfig config) {
        return new CourseSettings(
                config.id().orElse(slug(config.title().orElse(DEFAULT_TITLE))),
                config.title().orElse(DEFAULT_TITLE),
                config.baseUrl(),
                config.language().orElse(DEFAULT_LANGUAGE),
                config.description().orElse(""),
                config.order(),
                config.shuffle().orElse(false),
                config.rawHtml().orElse(RawHtml.ESCAPED),
                config.messages());
    }

    /** A name as an id: lower case, dashes for everything else, at most 100 characters. */
    public static String slug(String folder) {
        return dev.quizsite.text.Slug.of(folder, "course");
    }
}
