package dev.quizsite.config;

import dev.quizsite.markdown.MarkdownEngine.RawHtml;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The course settings a build uses: every source layered, then the built-in defaults. */
public record CourseSettings(
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

    public static CourseSettings resolve(CourseConfig config) {
        return new CourseSettings(
                config.title().orElse(DEFAULT_TITLE),
                config.baseUrl(),
                config.language().orElse(DEFAULT_LANGUAGE),
                config.description().orElse(""),
                config.order(),
                config.shuffle().orElse(false),
                config.rawHtml().orElse(RawHtml.ESCAPED),
                config.messages());
    }
}
