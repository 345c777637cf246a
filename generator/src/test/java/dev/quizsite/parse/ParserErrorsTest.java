package dev.quizsite.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.load.SourceFile;
import dev.quizsite.markdown.MarkdownEngine;
import dev.quizsite.model.Question;
import dev.quizsite.report.Problem;
import dev.quizsite.report.Report;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One test per mistake the parser must explain, each asserting the exact file:line:col message. */
class ParserErrorsTest {

    static final String FILE = "questions/x.md";

    static final String OPTIONS = "- [ ] wrong\n- [x] right\n";
    static final String TAIL = "\n## Answer\n\nBecause.\n";

    static List<String> problems(String text) {
        Report report = new Report();
        Optional<Question> q = parse(text, report);
        assertThat(q.isPresent()).as("a question is returned only without errors").isEqualTo(!report.hasErrors());
        return report.problems().stream().map(Problem::format).toList();
    }

    static Optional<Question> parse(String text, Report report) {
        SourceFile source = new SourceFile(Path.of("x.md"), FILE, text);
        return new QuestionParser(new MarkdownEngine(MarkdownEngine.RawHtml.ESCAPED)).parse(source, report);
    }

    @Test
    void aValidQuestionHasNoProblems() {
        assertThat(problems("# T\n\n**Which?**\n\n" + OPTIONS + TAIL)).isEmpty();
    }

    @Test
    void emptyFile() {
        assertThat(problems(" \n\n")).containsExactly(FILE + ":1:1: error: the file is empty; a question needs "
                + "`# Title`, a bold prompt, options (- [ ] / - [x]) and `## Answer`");
    }

    @Test
    void noTitle() {
        assertThat(problems("**Which?**\n\n" + OPTIONS + TAIL)).containsExactly(
                FILE + ":1:1: error: no title; a question starts with a `# Title` line");
    }

    @Test
    void secondTitle() {
        assertThat(problems("# T\n\n# Again\n\n**Which?**\n\n" + OPTIONS + TAIL)).containsExactly(
                FILE + ":3:1: error: a second title (`# …`); a question has exactly one, the first line `# Title`");
    }

    @Test
    void textBeforeTheTitle() {
        assertThat(problems("Hello\n\n# T\n\n**Which?**\n\n" + OPTIONS + TAIL)).containsExactly(
                FILE + ":1:1: error: text before the title; a question starts with `# Title`");
    }

    @Test
    void noPrompt() {
        assertThat(problems("# T\n\nJust a scenario.\n\n" + OPTIONS + TAIL)).containsExactly(
                FILE + ":5:1: error: no prompt; write the question to answer as a paragraph in bold (**…**) before the options");
    }

    @Test
    void optionsThatArePlainBullets() {
        assertThat(problems("# T\n\n**Which?**\n\n- wrong\n- right\n" + TAIL)).containsExactly(
                FILE + ":5:1: error: the options must be a task list: write `- [ ] …` for a wrong option and `- [x] …` for a right one (other kinds of question take `- = answer` lines for a short answer or a number, a numbered list (`1. first`) to put in order, or `- left -> right` pairs to match)");
    }

    @Test
    void anOptionWithoutABox() {
        assertThat(problems("# T\n\n**Which?**\n\n- [ ] wrong\n- right\n- [x] yes\n" + TAIL)).containsExactly(
                FILE + ":6:1: error: this option has no box; write `- [ ] …` for a wrong option or `- [x] …` for a right one");
    }

    @Test
    void fewerThanTwoOptions() {
        assertThat(problems("# T\n\n**Which?**\n\n- [x] only\n" + TAIL)).containsExactly(
                FILE + ":5:1: error: a question needs at least two options, found 1");
    }

    @Test
    void noCorrectOption() {
        assertThat(problems("# T\n\n**Which?**\n\n- [ ] a\n- [ ] b\n" + TAIL)).containsExactly(
                FILE + ":5:1: error: no option is marked right; mark the right ones with `- [x]`");
    }

    @Test
    void duplicateOption() {
        assertThat(problems("# T\n\n**Which?**\n\n- [ ] same\n- [x] right\n- [ ] same\n" + TAIL)).containsExactly(
                FILE + ":7:1: error: the same option text twice (also on line 5); each option must say something different");
    }

    @Test
    void noAnswer() {
        assertThat(problems("# T\n\n**Which?**\n\n" + OPTIONS)).containsExactly(
                FILE + ":7:1: error: no `## Answer` section; add one with the explanation after the options");
    }

    @Test
    void emptyAnswer() {
        assertThat(problems("# T\n\n**Which?**\n\n" + OPTIONS + "\n## Answer\n\n## References\n\n- [a](https://a.example/)\n"))
                .containsExactly(FILE + ":8:1: error: the `## Answer` section is empty; explain the right answer there");
    }

    @Test
    void referenceThatIsNotALink() {
        assertThat(problems("# T\n\n**Which?**\n\n" + OPTIONS + TAIL + "\n## References\n\n- just text\n"))
                .containsExactly(FILE + ":14:1: error: a reference must be a link: `- [Title](https://…)`");
    }

    @Test
    void malformedReferenceUrl() {
        assertThat(problems("# T\n\n**Which?**\n\n" + OPTIONS + TAIL + "\n## References\n\n- [a](https://)\n"))
                .containsExactly(FILE + ":14:3: error: malformed URL `https://`: Expected authority at character 9");
    }

    @Test
    void unknownFrontMatterKeySuggestsTheNearOne() {
        assertThat(problems("---\ntitel: X\n---\n# T\n\n**Which?**\n\n" + OPTIONS + TAIL)).containsExactly(
                FILE + ":2:1: error: unknown front matter key `titel`; did you mean `title`? "
                        + "(known keys: id, title, order, tags, charts, type, shuffle, matchCase)");
    }

    @Test
    void frontMatterWithWrongType() {
        assertThat(problems("---\norder: first\ntags: x\n---\n# T\n\n**Which?**\n\n" + OPTIONS + TAIL)).containsExactly(
                FILE + ":2:8: error: `order` must be a whole number, not `first`",
                FILE + ":3:7: error: `tags` must be a list such as [a, b], not `x`");
    }

    @Test
    void frontMatterYamlError() {
        assertThat(problems("---\ntags: [a, b\n---\n# T\n\n**Which?**\n\n" + OPTIONS + TAIL)).containsExactly(
                FILE + ":3:1: error: front matter is not valid YAML: the list `[…]` that starts at line 2, column 7"
                        + " is not closed: write `]` after its last item (items are separated by commas; an item with"
                        + " `,` or `:` goes in quotes), found the end of the text instead");
    }

    @Test
    void frontMatterListNotClosedBeforeTheNextKey() {
        // regression: "expected ',' or ']', but got : (while parsing a flow sequence…)"
        assertThat(problems("---\ntags: [a, b\nid: c\n---\n# T\n\n**Which?**\n\n" + OPTIONS + TAIL))
                .containsExactly(FILE + ":3:3: error: front matter is not valid YAML: the list `[…]` that starts at"
                        + " line 2, column 7 is not closed: write `]` after its last item (items are separated by"
                        + " commas; an item with `,` or `:` goes in quotes), found a `key:` (the next line?) instead");
    }

    @Test
    void frontMatterColonInAValue() {
        assertThat(problems("---\ntitle: Batch size: why\n---\n# T\n\n**Which?**\n\n" + OPTIONS + TAIL))
                .containsExactly(FILE + ":2:18: error: front matter is not valid YAML: a `:` inside a value, or a key"
                        + " indented under another; put a value containing `: ` in quotes (`title: \"Batch size: why it"
                        + " matters\"`), and start every key in the first column");
    }

    @Test
    void frontMatterQuoteNotClosed() {
        assertThat(problems("---\ntitle: \"Batch\n---\n# T\n\n**Which?**\n\n" + OPTIONS + TAIL))
                .containsExactly(FILE + ":3:1: error: front matter is not valid YAML: the quoted value that starts at"
                        + " line 2, column 8 is not closed: add the closing quote");
    }

    @Test
    void unterminatedFrontMatter() {
        assertThat(problems("---\nid: a\n# T\n\n**Which?**\n\n" + OPTIONS + TAIL)).containsExactly(
                FILE + ":1:1: error: front matter is not closed: add a `---` line after the settings");
    }

    @Test
    void singleChoiceWithTwoRightOptions() {
        assertThat(problems("---\ntype: single\n---\n# T\n\n**Which?**\n\n- [x] a\n- [x] b\n" + TAIL)).containsExactly(
                FILE + ":8:1: error: `type: single` needs exactly one right option, found 2");
    }

    @Test
    void allProblemsOfAFileAreReportedTogether() {
        assertThat(problems("# T\n\nNo prompt.\n\n- [ ] a\n")).containsExactly(
                FILE + ":5:1: error: a question needs at least two options, found 1",
                FILE + ":5:1: error: no prompt; write the question to answer as a paragraph in bold (**…**) before the options",
                FILE + ":6:1: error: no `## Answer` section; add one with the explanation after the options");
    }

    @Test
    void frontMatterSetsIdTitleOrderTagsAndType() {
        Report report = new Report();
        Question q = parse("---\nid: my-q\ntitle: Shown\norder: 3\ntags: [a, b]\ntype: single\n---\n# T\n\n**Which?**\n\n"
                + OPTIONS + TAIL, report).orElseThrow();
        assertThat(q.id()).isEqualTo("my-q");
        assertThat(q.plainTitle()).isEqualTo("Shown");
        assertThat(q.order()).isEqualTo(3);
        assertThat(q.tags()).containsExactly("a", "b");
        assertThat(q.type()).isEqualTo(dev.quizsite.model.QuestionType.SINGLE);
        assertThat(q.options().get(0).location().line()).isEqualTo(12);
    }

    @Test
    void uppercaseXMarksARightOption() {
        Question q = parse("# T\n\n**Which?**\n\n- [ ] a\n- [X] b\n" + TAIL, new Report()).orElseThrow();
        assertThat(q.options()).extracting(o -> o.correct()).containsExactly(false, true);
    }

    @Test
    void rawHtmlIsEscapedByDefault() {
        Question q = parse("# T <b>x</b>\n\n<script>alert(1)</script>\n\n**Which?**\n\n" + OPTIONS + TAIL, new Report()).orElseThrow();
        assertThat(q.scenario().value()).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(q.title().value()).doesNotContain("<b>").contains("&lt;b&gt;");
    }
}
