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

    @Test
    void inlineHtmlFollowedBySpacedTextKeepsTheSpace() {
        Document document = engine.parse("# <i>x</i> -->\n");
        // Rendered child by child, the text after the tag lost its leading space; in one pass it keeps it.
        assertThat(engine.renderParts(document).inline(document.getFirstChild()).value())
                .isEqualTo("&lt;i&gt;x&lt;/i&gt; --&gt;");
    }

    /**
     * Every part {@link MarkdownEngine#renderParts} renders in one pass equals the part rendered
     * alone, but for white space: alone, a text node after inline HTML lost its leading space.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(MarkdownEngine.RawHtml.class)
    void partsRenderedInOnePassEqualPartsRenderedAlone(MarkdownEngine.RawHtml mode) throws java.io.IOException {
        MarkdownEngine engine = new MarkdownEngine(mode);
        List<java.nio.file.Path> files = new java.util.ArrayList<>();
        for (String folder : List.of("src/test/resources/corpus/valid", "src/test/resources/corpus/injection-course/questions",
                "../questions")) {
            try (var listing = java.nio.file.Files.list(java.nio.file.Path.of(folder))) {
                listing.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
            }
        }
        int compared = 0;
        for (java.nio.file.Path file : files) {
            Document document = engine.parse(java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8));
            RenderedParts parts = engine.renderParts(document);
            for (com.vladsch.flexmark.util.ast.Node node : document.getDescendants()) {
                if (node instanceof com.vladsch.flexmark.util.ast.Block && !(node instanceof Document)) {
                    assertThat(parts.block(node).value()).as(file + ": " + node).isEqualTo(engine.render(node).value());
                    compared++;
                }
                if (node instanceof com.vladsch.flexmark.ast.Paragraph || node instanceof com.vladsch.flexmark.ast.Heading
                        || node instanceof com.vladsch.flexmark.ast.StrongEmphasis || node instanceof com.vladsch.flexmark.ast.Link) {
                    assertThat(parts.inline(node).value().replaceAll("\\s+", "")).as(file + ": " + node)
                            .isEqualTo(engine.renderInline(node).value().replaceAll("\\s+", ""));
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(500);
    }
}
