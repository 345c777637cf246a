package dev.quizsite.markdown;

import com.vladsch.flexmark.ast.HardLineBreak;
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
import dev.quizsite.model.Html;
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

    public MarkdownEngine(RawHtml rawHtml) {
        this.rawHtml = rawHtml;
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TaskListExtension.create(), TablesExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, rawHtml == RawHtml.ESCAPED);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
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

    private Html clean(String html) {
        if (rawHtml == RawHtml.SANITIZED) {
            return new Html(Jsoup.clean(html, "", safelist, new org.jsoup.nodes.Document.OutputSettings().prettyPrint(false)));
        }
        return new Html(html);
    }
}
