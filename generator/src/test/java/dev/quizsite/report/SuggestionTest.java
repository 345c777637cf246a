package dev.quizsite.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionTest {

    static final List<String> KEYS = List.of("id", "title", "order", "tags", "charts", "type", "shuffle");

    @Test
    void swappedNeighbouringLettersAreOneEdit() {
        assertThat(Suggestion.distance("tgas", "tags")).isEqualTo(1);
        assertThat(Suggestion.distance("tpye", "type")).isEqualTo(1);
        assertThat(Suggestion.distance("titel", "title")).isEqualTo(1);
    }

    @Test
    void transpositionsGetASuggestion() {
        assertThat(Suggestion.hint("tgas", KEYS)).isEqualTo("; did you mean `tags`?");
        assertThat(Suggestion.hint("tpye", KEYS)).isEqualTo("; did you mean `type`?");
        assertThat(Suggestion.hint("shufel", KEYS)).isEqualTo("; did you mean `shuffle`?");
    }

    @Test
    void otherEditsCountAsBefore() {
        assertThat(Suggestion.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestion.distance("", "abc")).isEqualTo(3);
        assertThat(Suggestion.distance("ca", "abc")).isEqualTo(3); // optimal string alignment, not unrestricted
    }

    @Test
    void unrelatedWordsGetNone() {
        assertThat(Suggestion.closest("colour", KEYS)).isEmpty();
        assertThat(Suggestion.hint("xyz", KEYS)).isEmpty();
    }
}
