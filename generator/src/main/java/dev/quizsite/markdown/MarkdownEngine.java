package dev.quizsite.markdown;

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

    /** The element Flexmark wraps a paragraph, heading or strong emphasis in, at the start of its HTML. */
    private static final Pattern WRAPPER = Pattern.compile("^<(p|h[1-6]|strong)(?: [^>]*)?>");

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

    /** A block node as HTML. */
    public Html render(Node node) {
        return clean(renderer.render(node));
    }

    /**
     * Several blocks as one fragment. They are moved into a document of their own and rendered in
     * one call: each call of Flexmark's renderer sets up every node renderer again, which costs more
     * than rendering a block, so one call per section instead of one per block.
     * The blocks leave their original document; call this only once the document has been read.
     */
    public Html renderBlocks(List<Node> blocks) {
        if (blocks.isEmpty()) {
            return Html.EMPTY;
        }
        Document source = blocks.get(0).getDocument();
        Document fragment = new Document(source, source.getChars());
        for (Node block : blocks) {
            fragment.appendChild(block); // unlinks it from the source document
        }
        return clean(renderer.render(fragment));
    }

    /**
     * The inline content of a paragraph, heading or strong emphasis, without its wrapper element.
     * Rendered in one call; the wrapper is cut off afterwards. (A paragraph in a tight list has no
     * wrapper, and its escaped content can never start with a tag, so a leading tag is the wrapper.)
     */
    public Html renderInline(Node parent) {
        String html = renderer.render(parent).strip();
        Matcher wrapper = WRAPPER.matcher(html);
        if (wrapper.find()) {
            String close = "</" + wrapper.group(1) + ">";
            if (html.endsWith(close)) {
                html = html.substring(wrapper.end(), html.length() - close.length());
            }
        }
        return clean(html);
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
