package dev.quizsite.config;

import dev.quizsite.markdown.MarkdownEngine.RawHtml;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Course settings as one source gives them (the POM and command line, or {@code quizsite.yml}):
 * every value is optional, so that sources can be layered with {@link #or(CourseConfig)} and
 * the built-in defaults applied last (see {@link CourseSettings}).
 *
 * @param baseUrl absolute {@code http(s)} URL of the published site, ending with {@code /}
 * @param order   question ids to show first, in this order; the others follow in their own order
 * @param messages the author's own UI strings by message key (ICU patterns), over the bundle's
 * @param id       the course's lasting name, under which readers' browsers keep their progress
 */
public record CourseConfig(
        Optional<String> title,
        Optional<String> baseUrl,
        Optional<String> language,
        Optional<String> description,
        List<OrderEntry> order,
        Optional<Boolean> shuffle,
        Optional<RawHtml> rawHtml,
        Map<String, String> messages,
        Optional<String> id) {

    /** The keys of {@code quizsite.yml}, in the order the README lists them. */
    public static final List<String> KEYS = List.of(
            "title", "baseUrl", "language", "description", "order", "shuffle", "allowRawHtml", "messages", "id");

    public static final CourseConfig EMPTY = new CourseConfig(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Map.of(), Optional.empty());

    /** One id of {@code order:}, with its place in the file for "unknown id" messages. */
    public record OrderEntry(String id, String file, int line, int column) {
    }

    public CourseConfig {
        order = List.copyOf(order);
        messages = Map.copyOf(messages);
    }

    /** Settings without messages of the author's (the POM and command line have none). */
    public CourseConfig(Optional<String> title, Optional<String> baseUrl, Optional<String> language,
            Optional<String> description, List<OrderEntry> order, Optional<Boolean> shuffle,
            Optional<RawHtml> rawHtml) {
        this(title, baseUrl, language, description, order, shuffle, rawHtml, Map.of(), Optional.empty());
    }

    /** These values, each missing one taken from {@code fallback}. */
    public CourseConfig or(CourseConfig fallback) {
        return new CourseConfig(
                title.or(fallback::title),
                baseUrl.or(fallback::baseUrl),
                language.or(fallback::language),
                description.or(fallback::description),
                order.isEmpty() ? fallback.order : order,
                shuffle.or(fallback::shuffle),
                rawHtml.or(fallback::rawHtml),
                messages.isEmpty() ? fallback.messages : messages,
                id.or(fallback::id));
    }
}
