package dev.quizsite.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Plural forms for 0, 1, 2, 3, 11 and 100 in each shipped language: the CLDR category ICU picks,
 * and the bundle's text for it ("question-count", formatted by ICU's MessageFormat at build time).
 */
class PluralFormsTest {

    private static final List<Integer> NUMBERS = List.of(0, 1, 2, 3, 11, 100);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | other, one, other, other, other, other",
        "de | other, one, other, other, other, other",
        "fr | one, one, other, other, other, other",
        "ar | zero, one, two, few, many, other",
    })
    void categories(String tag, String expected) {
        PluralRules rules = PluralRules.forLocale(ULocale.forLanguageTag(tag));
        assertThat(NUMBERS.stream().map(rules::select).toList()).isEqualTo(List.of(expected.split(", ")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | 0 questions; 1 question; 2 questions; 3 questions; 11 questions; 100 questions",
        "de | 0 Fragen; 1 Frage; 2 Fragen; 3 Fragen; 11 Fragen; 100 Fragen",
        "fr | 0 question; 1 question; 2 questions; 3 questions; 11 questions; 100 questions",
        "ar | لا توجد أسئلة; سؤال واحد; سؤالان; 3 أسئلة; 11 سؤالًا; 100 سؤال",
    })
    void theBundlesQuestionCountInEachForm(String tag, String expected) {
        Messages messages = Bundles.resolve(tag, Map.of()).messages();
        List<String> formatted = NUMBERS.stream()
                .map(n -> messages.format("question-count", Map.of("count", n)).orElseThrow()).toList();
        assertThat(formatted).isEqualTo(List.of(expected.split("; ")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | one, other",
        "de | one, other",
        "fr | one, many, other",
        "ar | zero, one, two, few, many, other",
    })
    void theScriptGetsOneVariantPerCategory(String tag, String categories) {
        Object form = MessageSyntax.scriptForm(Bundles.resolve(tag, Map.of()).messages().pattern("result-wrong-chosen")
                .orElseThrow(), ULocale.forLanguageTag(tag));
        assertThat(((Map<?, ?>) form).keySet().stream().map(Object::toString).toList()).containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(java.util.stream.Stream.of("arg"),
                        java.util.Arrays.stream(categories.split(", "))).toList());
    }
}
