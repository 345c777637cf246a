package dev.quizsite.parse;

import static dev.quizsite.parse.ParserErrorsTest.FILE;
import static dev.quizsite.parse.ParserErrorsTest.TAIL;
import static dev.quizsite.parse.ParserErrorsTest.parse;
import static dev.quizsite.parse.ParserErrorsTest.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.model.Question;
import dev.quizsite.model.QuestionType;
import dev.quizsite.model.Response;
import dev.quizsite.report.Report;
import org.junit.jupiter.api.Test;

/** The kinds of question beyond choices: what each reads as, and each mistake at its exact line and column. */
class QuestionTypesParserTest {

    /** Title on line 1, prompt on line 3, the answer list from line 5. */
    private static String question(String list) {
        return "# T\n\n**Which?**\n\n" + list + TAIL;
    }

    private static Question valid(String text) {
        Report report = new Report();
        Question question = parse(text, report).orElseThrow(() -> new AssertionError(report.problems()));
        assertThat(report.problems()).isEmpty();
        return question;
    }

    @Test
    void shortAnswerWithPatternsForeseenMistakesAndFeedback() {
        Question q = valid(question("- = PUT\n- ~ (http )?put\n- != POST\n  > POST is not idempotent.\n"));
        assertThat(q.type()).isEqualTo(QuestionType.SHORT);
        Response.ShortText text = (Response.ShortText) q.response();
        assertThat(text.answers()).extracting(Response.TextAnswer::text, Response.TextAnswer::pattern, Response.TextAnswer::right)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PUT", false, true),
                        org.assertj.core.groups.Tuple.tuple("(http )?put", true, true),
                        org.assertj.core.groups.Tuple.tuple("POST", false, false));
        assertThat(text.answers().get(2).feedback().value()).isEqualTo("<p>POST is not idempotent.</p>\n");
        assertThat(q.options()).isEmpty();
    }

    @Test
    void aPatternIsTheRawTextNotMarkdown() {
        Question q = valid(question("- ~ \\d+\\.\\d*\n"));
        assertThat(((Response.ShortText) q.response()).answers().get(0).text()).isEqualTo("\\d+\\.\\d*");
        assertThat(AnswerPatterns.matches("\\d+\\.\\d*", " 3.14 ", false)).isTrue();
        assertThat(AnswerPatterns.matches("\\d+\\.\\d*", "3x14", false)).isFalse();
    }

    @Test
    void numbersWithToleranceRangePercentageAndUnit() {
        Question q = valid(question("- = 0.5 ± 0.05 GB\n- = 1 .. 2\n- = 200 +- 5%\n- != 5\n"));
        Response.Numeric numeric = (Response.Numeric) q.response();
        assertThat(numeric.unit()).isEqualTo("GB");
        assertThat(numeric.answers()).extracting(a -> a.low().stripTrailingZeros().toPlainString() + ".."
                        + a.high().stripTrailingZeros().toPlainString())
                .containsExactly("0.45..0.55", "1..2", "190..210", "5..5");
        assertThat(numeric.answers().get(0).shown()).isEqualTo("0.5 ± 0.05");
    }

    @Test
    void typeShortKeepsANumberAsText() {
        Question q = valid("---\ntype: short\n---\n" + question("- = 42\n"));
        assertThat(q.type()).isEqualTo(QuestionType.SHORT);
    }

    @Test
    void orderingAndMatching() {
        Question ordering = valid(question("1. first\n2. second\n   > after the first\n3. third\n"));
        assertThat(((Response.Ordering) ordering.response()).items()).extracting(Response.Item::text)
                .containsExactly("first", "second", "third");
        Question matching = valid(question("- `a -> b` code -> arrow in code\n- HTTP → 80\n"));
        assertThat(((Response.Matching) matching.response()).pairs())
                .extracting(Response.Pair::leftText, Response.Pair::rightText)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a -> b code", "arrow in code"),
                        org.assertj.core.groups.Tuple.tuple("HTTP", "80"));
        assertThat(((Response.Matching) matching.response()).pairs().get(0).left().value())
                .isEqualTo("<code>a -&gt; b</code> code");
    }

    @Test
    void hintsAreAList() {
        Question q = valid(question("- [x] a\n- [ ] b\n") + "\n## Hints\n\n- One.\n- Two, *with* emphasis.\n");
        assertThat(q.hints()).extracting(h -> h.value()).containsExactly("One.\n", "Two, <em>with</em> emphasis.\n");
        assertThat(problems(question("- [x] a\n- [ ] b\n") + "\n## Hints\n\nJust text.\n")).containsExactly(
                FILE + ":14:1: error: `## Hints` must be a list, one `- …` item per hint, shown one at a time");
    }

    @Test
    void noAcceptedAnswer() {
        assertThat(problems(question("- != POST\n"))).containsExactly(FILE + ":5:1: error: no accepted answer; write at"
                + " least one `= answer` line (`!= …` lines are foreseen wrong answers)");
    }

    @Test
    void anInvalidPatternIsReportedAtItsCharacter() {
        assertThat(problems(question("- = PUT\n- ~ (put\n"))).containsExactly(FILE + ":6:9: error: this pattern is not"
                + " a valid regular expression: Unclosed group");
    }

    @Test
    void aPatternTheBrowserCannotRead() {
        assertThat(problems(question("- ~ (?i)put\n"))).containsExactly(FILE + ":5:5: error: inline flags such as `(?i)`"
                + " do not work in readers' browsers (JavaScript); case is ignored already, unless `matchCase: true`");
        assertThat(problems(question("- ~ pu*+t\n"))).containsExactly(FILE + ":5:7: error: a possessive quantifier (`*+`,"
                + " `++`, `?+`) does not exist in readers' browsers (JavaScript); use a plain one");
    }

    @Test
    void aToleranceThatIsNotANumber() {
        assertThat(problems(question("- = 0.5 ± abc\n"))).containsExactly(FILE + ":5:11: error: the tolerance after `±`"
                + " must be a number (`0.5 ± 0.05`) or a percentage (`± 5%`), not `abc`");
    }

    @Test
    void numberMistakesAllAtOnce() {
        assertThat(problems(question("- = 0,5\n- = 3 .. x\n- = 9 .. 2\n- = 4 kg\n- = 5 g\n"))).containsExactly(
                FILE + ":5:5: error: write the number with a decimal point (`0.5`); readers may still type a comma",
                FILE + ":6:10: error: a range is two numbers, `0.45 .. 0.55`; after `..` comes a number, not `x`",
                FILE + ":7:5: error: the range goes down, from 9 to 2; write the smaller number first",
                FILE + ":9:7: error: the unit `g` differs from `kg` on line 8; a numeric question has one unit, shown"
                        + " beside the field");
    }

    @Test
    void anOrderingWithOneItem() {
        assertThat(problems(question("1. alone\n"))).containsExactly(
                FILE + ":5:1: error: an ordering needs at least two items, found 1");
    }

    @Test
    void anOrderingWithTheSameItemTwice() {
        assertThat(problems(question("1. a\n2. b\n3. a\n"))).containsExactly(FILE + ":7:1: error: the same item twice"
                + " (also on line 5); each item of an ordering must be different, or its place is ambiguous");
    }

    @Test
    void aMatchingWithUnequalSidesOrDuplicates() {
        assertThat(problems(question("- A -> 1\n- B\n- C -> \n- D -> 1\n- A -> 2\n"))).containsExactly(
                FILE + ":6:1: error: this item has no right side; write each item of a matching question as a pair,"
                        + " `left -> right`, so that both sides have the same number of items");
        assertThat(problems(question("- A -> 1\n-  -> 2\n- C ->\n- D -> 1\n- A -> 3\n"))).containsExactly(
                FILE + ":6:4: error: nothing on the left of `->`; each pair is `left -> right`, so that both sides have"
                        + " the same number of items",
                FILE + ":7:5: error: nothing on the right of `->`; each pair is `left -> right`, so that both sides have"
                        + " the same number of items",
                FILE + ":8:8: error: the same right item `1` twice (also on line 5); each item is paired once, on each side",
                FILE + ":9:3: error: the same left item `A` twice (also on line 5); each item is paired once, on each side");
    }

    @Test
    void mixingKindsInOneListSaysHowToWriteEach() {
        assertThat(problems(question("- = PUT\n- HTTP -> 80\n"))).containsExactly(FILE + ":6:1: error: this item is a"
                + " pair (`left -> right`), but the list's first item (line 5) is an answer (`= …`); the answer list"
                + " holds one kind: " + AnswerListReader.KINDS);
    }

    @Test
    void aTypeThatDisagreesWithTheList() {
        assertThat(problems("---\ntype: numeric\n---\n" + question("- [x] a\n- [ ] b\n"))).containsExactly(
                FILE + ":8:1: error: `type: numeric` in front matter, but this list is a task list of options; a numeric"
                        + " question lists its answer as `- = 0.5 ± 0.05` (or a range, `- = 0.45 .. 0.55`), or leave"
                        + " `type:` out");
        assertThat(problems("---\ntype: matching\n---\n" + question("1. a\n2. b\n"))).containsExactly(
                FILE + ":8:1: error: `type: matching` in front matter, but this list is written as a numbered list (an"
                        + " ordering question); a matching question lists its pairs as `- left -> right`, or leave"
                        + " `type:` out");
        assertThat(problems("---\ntype: numeric\n---\n" + question("- = PUT\n"))).containsExactly(
                FILE + ":8:5: error: a numeric answer starts with a number (`= 0.5 ± 0.05`), not `PUT`; for a text"
                        + " answer set `type: short`");
    }

    @Test
    void matchCaseOnAnotherKindIsAWarning() {
        assertThat(problems("---\nmatchCase: true\n---\n" + question("1. a\n2. b\n"))).containsExactly(
                FILE + ":1:1: warning: `matchCase` applies to short answers only; this question is ordering, so it has"
                        + " no effect here");
    }
}
