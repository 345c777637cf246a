package dev.quizsite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.util.ast.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Regressions found by the injection corpus: parts of a question render like the whole would. */
class MarkdownEngineTest {

    private final MarkdownEngine engine = new MarkdownEngine(MarkdownEngine.RawHtml.ESCAPED);

    private String blocks(String markdown) {
        Document document = engine.parse(markdown);
        return engine.renderBlocks(List.of(document.getFirstChild())).value();
    }

    @Test
    void linksAndImagesInAPartOfTheQuestionAreRendered() {
        assertThat(blocks("[a source](https://example.org/) and ![chart](../assets/c.png)\n"))
                .contains("<a href=\"https://example.org/\">a source</a>", "<img src=\"../assets/c.png\" alt=\"chart\" />");
    }

    @Test
    void anUnsafeImageKeepsItsAlternativeText() {
        assertThat(blocks("![the chart](javascript:alert(1))\n")).contains("<img alt=\"the chart\" />")
                .doesNotContain("javascript");
    }

    @Test
    void inlineMarkupGetsNoSpacesBetweenItsParts() {
        Document document = engine.parse("# **bold**text `code`x <b>\n");
        assertThat(engine.renderInline(document.getFirstChild()).value())
                .isEqualTo("<strong>bold</strong>text <code>code</code>x &lt;b&gt;");
    }

    @Test
    void aWholeDocumentRendersWithItsLinks() {
        assertThat(engine.render(engine.parse("[a](https://example.org/)\n")).value())
                .contains("<a href=\"https://example.org/\">a</a>");
    }
}
