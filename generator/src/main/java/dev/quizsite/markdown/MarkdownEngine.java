package dev.quizsite.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.quizsite.model.Html;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * The one Markdown parser and HTML renderer of a build, shared by all threads (Flexmark's
 * parser and renderer are immutable once built).
 *
 * <p>By default raw HTML in a question is escaped, so it shows as text. With
 * {@link RawHtml#SANITIZED} an author may use HTML, cleaned by Jsoup to a safe subset.
 * Either way, links and images only keep URLs that {@link SafeUrls} accepts.
 */
public final class MarkdownEngine {

    /** What happens to HTML written inside a question file. */
    public enum RawHtml {
        /** Shown as text (default). */
        ESCAPED,
        /** Kept after Jsoup's relaxed safelist removed scripts, handlers and unsafe URLs. */
        SANITIZED
    }

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final RawHtml rawHtml;
    private final Safelist safelist;

    /** Whether HTML in questions is escaped or sanitised. */
    public RawHtml rawHtml() {
        return rawHtml;
    }

    public MarkdownEngine(RawHtml rawHtml) {
        this.rawHtml = rawHtml;
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TaskListExtension.create(), TablesExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, rawHtml == RawHtml.ESCAPED);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        // Flexmark's output buffer otherwise examines every character it is given, to indent and
        // trim lines: HTML output here has no indent, and pass-through writes the same bytes faster.
        options.set(HtmlRenderer.FORMAT_FLAGS, HtmlRenderer.PASS_THROUGH);
        // Heading ids are never rendered, and generating them walks the whole document on every
        // render call: with one call per option and reference, 10,000 references took minutes.
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        // Flexmark's own filter drops a javascript: image entirely, alt text included; SafeUrls
        // decides instead (for every scheme and disguise), and the reader keeps the alt text.
        options.set(HtmlRenderer.SUPPRESSED_LINKS, "(?!)"); // a pattern that matches nothing
        // Flexmark renders links only inside a whole Document unless this is set: it starts a
        // render of any other node with links off (doNotRenderLinksNesting = !DO_NOT_RENDER_LINKS).
        // Quizsite renders parts (scenario, options, answer), so without it every link and image
        // of a question vanished from the page. It must stay so: no Document is rendered whole.
        options.set(HtmlRenderer.DO_NOT_RENDER_LINKS, true);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options)
                .attributeProviderFactory(new SafeUrlAttributes.Factory())
                .nodeRendererFactory(opts -> new ChartBlockRenderer())
                .nodeRendererFactory(opts -> new PartsRenderer())
                .build();
        this.safelist = Safelist.relaxed()
                .addProtocols("a", "href", "http", "https", "mailto", "tel")
                .preserveRelativeLinks(true)
                .addAttributes("div", CHART_ATTRIBUTE); // the chart placeholder must survive cleaning
    }

    /** The attribute of the placeholder a fenced {@code chart} block becomes; the chart stage replaces it. */
    public static final String CHART_ATTRIBUTE = "data-chart";

    public static boolean isChartBlock(FencedCodeBlock block) {
        return block.getInfo().toString().strip().equals("chart");
    }

    /** The block's content: the data file's name. */
    public static String chartName(FencedCodeBlock block) {
        return block.getContentChars().toString().strip();
    }

    /** The placeholder markup for a chart name, exactly as the renderer writes it. */
    public static String chartPlaceholder(String name) {
        return "<div " + CHART_ATTRIBUTE + "=\"" + Escaping.escapeHtml(name, true) + "\"></div>";
    }

    /** Renders fenced {@code chart} blocks as placeholders, every other code block as usual. */
    private static final class ChartBlockRenderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, (block, context, html) -> {
                if (isChartBlock(block)) {
                    html.line().raw(chartPlaceholder(chartName(block))).line();
                } else {
                    context.delegateRender();
                }
            }));
        }
    }

    public Document parse(String markdown) {
        return parser.parse(markdown);
    }

    /**
     * Renders in one pass every part of a question's document that the question parser reads:
     * top-level blocks, the blocks of quotes in list items (feedback), and the inline content of
     * the title, the prompt, options and the links of lists. Each render call sets up Flexmark's
     * whole renderer, which cost more than the rendering itself for a question's 20-odd parts.
     */
    public RenderedParts renderParts(Document document) {
        return renderParts(document, block -> true);
    }

    /**
     * Like {@link #renderParts(Document)}, rendering whole only the top-level blocks {@code whole}
     * accepts: the question parser reads the options and references lists item by item, and
     * rendering each of them whole as well was a third of a question's rendering.
     */
    public RenderedParts renderParts(Document document, java.util.function.Predicate<Node> whole) {
        PartsNode parts = new PartsNode();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (whole.test(block)) {
                parts.blocks.add(block);
            }
            if (block instanceof Heading heading && heading.getLevel() == 1) {
                parts.inlines.add(heading);
            } else if (block instanceof Paragraph) {
                for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof StrongEmphasis) {
                        parts.inlines.add(child);
                    }
                }
            } else if (block instanceof ListBlock list) {
                addItemParts(list, parts);
            }
        }
        // The parts node renders the parts it names wherever they are; it is attached to the
        // document only so that Flexmark finds the document's options, and only for this call.
        document.appendChild(parts);
        String html;
        try {
            html = renderer.render(parts);
        } finally {
            parts.unlink();
        }
        IdentityHashMap<Node, String> blocks = new IdentityHashMap<>();
        IdentityHashMap<Node, String> inlines = new IdentityHashMap<>();
        String[] pieces = PART_MARKS.split(html, -1);
        if (pieces.length == parts.blocks.size() + parts.inlines.size() + 1) {
            for (int i = 0; i < parts.blocks.size(); i++) {
                blocks.put(parts.blocks.get(i), pieces[i + 1].substring(1)); // after the marker's line end
            }
            for (int i = 0; i < parts.inlines.size(); i++) {
                inlines.put(parts.inlines.get(i), pieces[parts.blocks.size() + i + 1]);
            }
        } // else a part held the marker after all: every part is rendered on its own, when asked for
        return new RenderedParts(this, blocks, inlines);
    }

    private static void addItemParts(ListBlock list, PartsNode parts) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            Node first = item.getFirstChild();
            if (first instanceof Paragraph) {
                parts.inlines.add(first);
            } else if (first instanceof HtmlBlockBase) {
                parts.blocks.add(first);
            }
            for (Node child = first == null ? null : first.getNext(); child != null; child = child.getNext()) {
                if (child instanceof BlockQuote quote) {
                    for (Node inner = quote.getFirstChild(); inner != null; inner = inner.getNext()) {
                        parts.blocks.add(inner);
                    }
                }
            }
            for (Node node : item.getDescendants()) {
                if (node instanceof Link) {
                    parts.inlines.add(node);
                    break;
                }
            }
        }
    }

    /**
     * Separates the parts in the batch's output. Flexmark turns a NUL in the text into U+FFFD, so
     * no rendered part holds one; {@link #renderParts} still checks the count of pieces.
     */
    private static final String PART_MARK = "\u0000quizsite-part\u0000";
    /** Compiled once: {@code String.split} compiles a pattern of more than one character on every call. */
    private static final java.util.regex.Pattern PART_MARKS = java.util.regex.Pattern.compile(PART_MARK, java.util.regex.Pattern.LITERAL);

    /** A node outside the question's tree whose rendering is that of the parts it names. */
    private static final class PartsNode extends Node {
        final List<Node> blocks = new ArrayList<>();
        final List<Node> inlines = new ArrayList<>();

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    private static final class PartsRenderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(PartsNode.class, (parts, context, html) -> {
                for (Node block : parts.blocks) {
                    html.raw(PART_MARK).line();
                    context.render(block);
                    html.line();
                }
                for (Node inline : parts.inlines) {
                    html.raw(PART_MARK);
                    context.renderChildren(inline);
                }
            }));
        }
    }

    /** A block node (or several, via {@link #renderBlocks}) as HTML. */
    public Html render(Node node) {
        if (node instanceof Document document) { // a whole Document renders without links, see above
            List<Node> blocks = new java.util.ArrayList<>();
            for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
                blocks.add(child);
            }
            return renderBlocks(blocks);
        }
        return clean(renderer.render(node));
    }

    public Html renderBlocks(List<Node> blocks) {
        StringBuilder html = new StringBuilder();
        for (Node block : blocks) {
            html.append(renderer.render(block));
        }
        return clean(html.toString());
    }

    /** The inline content of a block (a paragraph, a heading, an emphasis) without its wrapper tag. */
    public Html renderInline(Node parent) {
        StringBuilder html = new StringBuilder();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof SoftLineBreak) {
                html.append('\n');
            } else if (child instanceof HardLineBreak) {
                html.append("<br />\n");
            } else {
                // Each render call ends its output with a line end; between inline nodes that
                // line end would show as a space ("**a**b" as "a b", "<b>" escaped as "&lt; b &gt;").
                html.append(withoutFinalLineEnd(renderer.render(child)));
            }
        }
        return clean(html.toString().strip());
    }

    private static String withoutFinalLineEnd(String html) {
        return html.endsWith("\n") ? html.substring(0, html.length() - 1) : html;
    }

    /** The text of a node without markup, for page titles and comparisons. */
    public static String plainText(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node).strip();
    }

    Html clean(String html) {
        if (rawHtml == RawHtml.SANITIZED) {
            return new Html(Jsoup.clean(html, "", safelist, new org.jsoup.nodes.Document.OutputSettings().prettyPrint(false)));
        }
        return new Html(html);
    }
}
