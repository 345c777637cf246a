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
     * The settings, with defaults; {@code folder} names the course when {@code quizsite.yml} gives no
     * {@code id}: a name that stays when the title changes, so readers keep their progress.
     */
    public static CourseSettings resolve(CourseConfig config, String folder) {
        return new CourseSettings(
                config.id().orElse(folderId(folder)),
                config.title().orElse(DEFAULT_TITLE),
                config.baseUrl(),
                config.language().orElse(DEFAULT_LANGUAGE),
                config.description().orElse(""),
                config.order(),
                config.shuffle().orElse(false),
                config.rawHtml().orElse(RawHtml.ESCAPED),
                config.messages());
    }

    static String folderId(String folder) {
        String slug = folder.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        slug = slug.length() > 100 ? slug.substring(0, 100) : slug;
        return slug.isEmpty() ? "course" : slug;
    }
}
