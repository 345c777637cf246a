package dev.quizsite.parse;

import static dev.quizsite.parse.ParserErrorsTest.FILE;
import static dev.quizsite.parse.ParserErrorsTest.TAIL;
import static dev.quizsite.parse.ParserErrorsTest.parse;
import static dev.quizsite.parse.ParserErrorsTest.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.model.Option;
import dev.quizsite.model.Question;
import dev.quizsite.report.Report;
import org.junit.jupiter.api.Test;

/** Option syntax that is almost right: each reported at its line, saying what was probably meant. */
class NearMissTest {

    static final String HEAD = "---\ntype: single\n---\n# T\n\n**Which method is idempotent?**\n\n";

    @Test
    void noSpaceAfterTheMarkerInASingleChoiceQuestion() {
        // regression: reported only as "no option is marked right" at the first option
        assertThat(problems(HEAD + "- [ ] POST\n-[x] PUT\n- [ ] PATCH\n" + TAIL)).containsExactly(
                FILE + ":9:1: error: `-[x]` is not an option: the space after `-` is missing, so this line is"
                        + " read as part of the text above; write `- [x] …`");
    }

    @Test
    void noSpaceAfterTheMarkerUnderFeedbackIsNotMergedSilently() {
        // regression: `-[x] ETag` became part of the first option's feedback, the right answers 1,3 became 1
        assertThat(problems("# T\n\n**Which headers?**\n\n- [x] Cache-Control\n  > Yes.\n-[x] ETag\n- [ ] Host\n" + TAIL))
                .containsExactly(FILE + ":7:1: error: `-[x]` is not an option: the space after `-` is missing, so"
                        + " this line is read as part of the text above; write `- [x] …`");
    }

    @Test
    void noSpaceInTheFirstOptionSwallowedByThePrompt() {
        assertThat(problems("# T\n\n**Which?**\n-[ ] a\n- [x] b\n" + TAIL)).contains(
                FILE + ":4:1: error: `-[ ]` is not an option: the space after `-` is missing, so this line is"
                        + " read as part of the text above; write `- [ ] …`");
    }

    @Test
    void aBoxWithASpaceInside() {
        assertThat(problems("# T\n\n**Which?**\n\n- [ ] a\n- [x ] b\n" + TAIL)).containsExactly(
                FILE + ":6:3: error: `[x ]` is not a box: a box is `[ ]` (wrong) or `[x]` (right) with nothing"
                        + " else inside; write `[x]`");
    }

    @Test
    void anEmptyBox() {
        assertThat(problems("# T\n\n**Which?**\n\n- [x] a\n- [] b\n" + TAIL)).containsExactly(
                FILE + ":6:3: error: `[]` is not a box: a box is `[ ]` (wrong) or `[x]` (right) with nothing"
                        + " else inside; write `[ ]`");
    }

    @Test
    void twoSpacesAfterTheMarkerIsAWarning() {
        Report report = new Report();
        Question q = parse("# T\n\n**Which?**\n\n- [ ] a\n-  [x] b\n" + TAIL, report).orElseThrow();
        assertThat(q.options()).extracting(Option::correct).containsExactly(false, true);
        assertThat(report.problems()).extracting(p -> p.format()).containsExactly(
                FILE + ":6:2: warning: 2 spaces after `-`; write one, `- [ ] …`, as the other options do"
                        + " (from five the text becomes a code block)");
    }

    @Test
    void anotherMarkerAfterDash() {
        assertThat(problems("# T\n\n**Which?**\n\n- [ ] a\n- [x] b\n* [ ] c\n" + TAIL)).containsExactly(
                FILE + ":7:1: error: this option starts with `*` but the ones above with `-`; another marker"
                        + " starts a second list, so write `-` for every option");
    }

    @Test
    void plusAfterDash() {
        assertThat(problems("# T\n\n**Which?**\n\n- [ ] a\n- [x] b\n+ [ ] c\n" + TAIL)).containsExactly(
                FILE + ":7:1: error: this option starts with `+` but the ones above with `-`; another marker"
                        + " starts a second list, so write `-` for every option");
    }

    @Test
    void plusForEveryOptionIsFine() {
        assertThat(problems("# T\n\n**Which?**\n\n+ [ ] a\n+ [x] b\n" + TAIL)).isEmpty();
    }

    @Test
    void anIndentedOptionBecomesANestedList() {
        assertThat(problems("# T\n\n**Which?**\n\n- [ ] a\n- [x] b\n  - [ ] c\n" + TAIL)).containsExactly(
                FILE + ":7:3: error: this option is indented, so it is read as a list inside the option above;"
                        + " start every option at the beginning of the line");
    }

    @Test
    void feedbackWithoutQuoteMarkerIsAWarning() {
        // regression: the line was appended to the option's label, shown before answering, without a word
        Report report = new Report();
        parse("# T\n\n**Which?**\n\n- [ ] a\nNo: a is wrong.\n- [x] b\n" + TAIL, report).orElseThrow();
        assertThat(report.problems()).extracting(p -> p.format()).containsExactly(
                FILE + ":6:1: warning: this line goes on with the option's text, which readers see before they"
                        + " answer; if it is feedback for the option, write it as an indented `> …` line");
    }

    @Test
    void anIndentedParagraphUnderAnOption() {
        assertThat(problems("# T\n\n**Which?**\n\n- [ ] a\n\n  No: a is wrong.\n- [x] b\n" + TAIL)).containsExactly(
                FILE + ":7:3: error: this paragraph under the option is not a `>` quote, so it would be shown as"
                        + " part of the option; write feedback as an indented `> …` line, or move the text under"
                        + " `## Answer`");
    }

    @Test
    void anUnindentedQuoteUnderAnOption() {
        assertThat(problems("# T\n\n**Which?**\n\n- [ ] a\n> No.\n- [x] b\n" + TAIL)).containsExactly(
                FILE + ":6:1: error: this `>` quote is not indented, so it is not the feedback of the option above"
                        + " (and it ends the options); indent it by two spaces: `  > …`");
    }

    @Test
    void optionSyntaxInCodeIsNotANearMiss() {
        assertThat(problems("# T\n\n```\n-[x] a\n```\n\n**Which?**\n\n- [ ] a\n- [x] b\n" + TAIL)).isEmpty();
    }

    @Test
    void missingAnswerBeforeReferencesPointsAtTheReferencesHeading() {
        // regression: reported at a line past the end of the file
        assertThat(problems("# T\n\n**Which?**\n\n- [ ] a\n- [x] b\n\n## References\n\n- [A](https://example.org/)\n"))
                .containsExactly(FILE + ":8:1: error: no `## Answer` section; add one with the explanation before"
                        + " `## References`");
    }
}
