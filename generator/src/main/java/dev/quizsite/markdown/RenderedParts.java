package dev.quizsite.markdown;

import com.vladsch.flexmark.util.ast.Node;
import dev.quizsite.model.Html;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of one document rendered ahead in a single pass ({@link MarkdownEngine#renderParts}):
 * blocks as HTML, and the inline content of titles, options and links. A part that was not
 * rendered ahead is rendered when asked for, so the result never depends on what was foreseen.
 */
public final class RenderedParts {

    private final MarkdownEngine engine;
    private final Map<Node, String> blocks;
    private final Map<Node, String> inlines;

    RenderedParts(MarkdownEngine engine, IdentityHashMap<Node, String> blocks, IdentityHashMap<Node, String> inlines) {
        this.engine = engine;
        this.blocks = blocks;
        this.inlines = inlines;
    }

    /** Like {@link MarkdownEngine#renderInline}. */
    public Html inline(Node parent) {
        String html = inlines.get(parent);
        return html == null ? engine.renderInline(parent) : engine.clean(html.strip());
    }

    /** Like {@link MarkdownEngine#renderBlocks}. */
    public Html blocks(List<Node> nodes) {
        StringBuilder html = new StringBuilder();
        for (Node node : nodes) {
            String block = blocks.get(node);
            if (block == null) {
                return engine.renderBlocks(nodes);
            }
            html.append(block);
        }
        return engine.clean(html.toString());
    }

    /** Like {@link MarkdownEngine#render} of one block. */
    public Html block(Node node) {
        return blocks(List.of(node));
    }
}
