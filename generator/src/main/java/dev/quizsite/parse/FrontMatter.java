package dev.quizsite.parse;

import dev.quizsite.model.ChartUse;
import dev.quizsite.model.QuestionType;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The settings a question file may give between {@code ---} lines before its text.
 *
 * @param idLine line of the {@code id:} key, or 1 when absent (for duplicate-id messages)
 * @param matchCase whether a short answer's case matters (it does not by default)
 */
public record FrontMatter(
        Optional<String> id,
        int idLine,
        Optional<String> title,
        OptionalInt order,
        List<String> tags,
        List<ChartUse> charts,
        Optional<QuestionType> type,
        Optional<Boolean> shuffle,
        Optional<Boolean> matchCase) {

    public static final List<String> KEYS = List.of("id", "title", "order", "tags", "charts", "type", "shuffle", "matchCase");

    public static final FrontMatter NONE = new FrontMatter(Optional.empty(), 1, Optional.empty(),
            OptionalInt.empty(), List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());

    public FrontMatter {
        tags = List.copyOf(tags);
        charts = List.copyOf(charts);
    }
}
