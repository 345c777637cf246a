package dev.quizsite.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.parse.AnswerPatterns;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The translated patterns accept what the site accepts: for each pattern and answer, Java's reading
 * of the translation (as JQTI+ runs {@code patternMatch}) agrees with {@link AnswerPatterns#matches};
 * and what cannot be translated says why.
 */
class AnswerRegexTest {

    private static final List<String> ANSWERS = List.of("put", "PUT", "Put", "http put request", "HTTP PUT REQUEST",
            "put request", "http put", "a.b", "axb", "42", "4 2", "x42", "colour", "color", "COLOR", "12.5", "12,5",
            "a-b", "a_b", "[x]", "$5", "café", "CAFÉ", "grün", "abc123", "ab");

    private static final List<String> PATTERNS = List.of("^(http )?put( request)?$", "put|post", "colou?r", "a\\.b",
            "a.b", "\\d+", "\\d+(\\.\\d+)?", "[a-c]+\\d*", "[^0-9]+", "\\w+", "a[-_]b", "\\[x\\]", "\\$\\d",
            "caf[eé]", "gr(?:ü|ue)n", "x?\\d{2}", "colo.*?r", "[A-Z]{2,}", "\\p{L}+");

    @Test
    void translatedPatternsAcceptWhatTheSiteAccepts() {
        for (boolean matchCase : List.of(false, true)) {
            for (String pattern : PATTERNS) {
                String regex = AnswerRegex.pattern(pattern, matchCase).regex().orElseThrow(() -> new AssertionError(pattern));
                for (String answer : ANSWERS) {
                    assertThat(answer.matches(regex)).as(pattern + " (" + regex + ") on `" + answer + "`, matchCase " + matchCase)
                            .isEqualTo(AnswerPatterns.matches(pattern, answer, matchCase));
                    assertThat(("  " + answer + " ").matches(regex)).as("spaces around `" + answer + "`")
                            .isEqualTo(AnswerPatterns.matches(pattern, answer, matchCase));
                }
            }
        }
    }

    @Test
    void literalsIgnoreCaseAndSpacingUnlessCaseMatters() {
        String put = AnswerRegex.literal("Put it", false);
        assertThat(List.of("put it", "PUT   IT", " Put it ")).allMatch(a -> a.matches(put));
        assertThat("putit".matches(put)).isFalse();
        String exact = AnswerRegex.literal("Put $1 (a+b)", true);
        assertThat("Put $1 (a+b)".matches(exact)).isTrue();
        assertThat("put $1 (a+b)".matches(exact)).isFalse();
        assertThat(exact).doesNotContain("\\$"); // not XML Schema's
    }

    @Test
    void whatXmlSchemaCannotSayIsNamed() {
        assertThat(AnswerRegex.pattern("\\bput\\b", false).problem()).contains("word boundary");
        assertThat(AnswerRegex.pattern("(a)\\1", false).problem()).contains("back-reference");
        assertThat(AnswerRegex.pattern("put(?=s)", false).problem()).contains("look-around");
        assertThat(AnswerRegex.pattern("a|^b", false).problem()).contains("anchor");
    }

    @Test
    void moodleTakesLiteralTextWithStarsOnly() {
        assertThat(AnswerRegex.moodleWildcard("^put.*$")).hasValue("put*");
        assertThat(AnswerRegex.moodleWildcard(".*gradient.*")).hasValue("*gradient*");
        assertThat(AnswerRegex.moodleWildcard("a\\*b")).hasValue("a\\*b");
        assertThat(AnswerRegex.moodleWildcard("a\\.b")).hasValue("a.b");
        assertThat(AnswerRegex.moodleWildcard("colou?r")).isEmpty();
        assertThat(AnswerRegex.moodleWildcard(".*")).isEmpty();
    }
}
