package dev.quizsite.export;

import dev.quizsite.markdown.MarkdownEngine;
import dev.quizsite.markdown.SafeUrls;
import dev.quizsite.model.Figure;
import dev.quizsite.text.Markup;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns the site's sanitised HTML (the model's {@code Html} values) into the XHTML subset that
 * QTI 2.1 content allows, which every export uses: the subset is also plain, safe HTML for Moodle
 * and Canvas. The site's HTML is already free of script; this writer is a second allow-list on top
 * of that, element by element and attribute by attribute, so that nothing outside it (an element a
 * future theme or Markdown extension adds, an {@code on…} attribute) can reach an LMS.
 *
 * <p>Charts become an {@code img} of their SVG file (QTI content cannot hold inline SVG) with the
 * caption and the data table; images with a relative {@code src} are files of the site, taken into
 * the package (see {@link Resources}). Every resource is referenced as {@code resources/PATH}; each
 * format rewrites that prefix to its own.
 */
final class Xhtml {

    /** The prefix of a packaged file's {@code src}, rewritten by each format. */
    static final String RESOURCE_PREFIX = "resources/";

    /** Elements kept as they are: QTI 2.1's XHTML module (without object, which can embed anything). */
    private static final Set<String> KEPT = Set.of("a", "abbr", "acronym", "address", "b", "big", "blockquote", "br",
            "caption", "cite", "code", "col", "colgroup", "dd", "dfn", "div", "dl", "dt", "em", "h1", "h2", "h3", "h4",
            "h5", "h6", "hr", "i", "img", "kbd", "li", "ol", "p", "pre", "q", "samp", "small", "span", "strong", "sub",
            "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "tt", "ul", "var");
    /** HTML5 elements outside the subset, written as the nearest one inside it. */
    private static final Map<String, String> RENAMED = Map.ofEntries(Map.entry("figure", "div"),
            Map.entry("figcaption", "div"), Map.entry("details", "div"), Map.entry("summary", "div"),
            Map.entry("section", "div"), Map.entry("article", "div"), Map.entry("aside", "div"),
            Map.entry("header", "div"), Map.entry("footer", "div"), Map.entry("main", "div"), Map.entry("nav", "div"),
            Map.entry("s", "span"), Map.entry("del", "span"), Map.entry("ins", "span"), Map.entry("u", "span"),
            Map.entry("mark", "span"), Map.entry("strike", "span"));
    /** Elements dropped with their content: none can appear in sanitised HTML, and none may reach an LMS. */
    private static final Set<String> DROPPED = Set.of("script", "style", "iframe", "object", "embed", "svg", "math",
            "form", "input", "button", "select", "textarea", "template", "noscript", "link", "meta", "base", "frame",
            "frameset", "applet", "audio", "video", "source", "track", "canvas", "dialog", "head", "title");
    /** Empty elements: written as {@code <br/>}. */
    private static final Set<String> VOID = Set.of("br", "hr", "img", "col");

    private final Map<String, Figure> charts;
    private final Resources resources;
    private final Optional<String> baseUrl;
    private final String questionId;
    private final String source;
    private final Set<String> used = new LinkedHashSet<>();

    /**
     * @param questionId the question's page folder, against which a relative image or link resolves
     * @param baseUrl    where the site is published: relative links to other pages become absolute
     *                   links to it; without it they are written as their text
     */
    Xhtml(Map<String, Figure> charts, Resources resources, Optional<String> baseUrl, String questionId, String source) {
        this.charts = charts;
        this.resources = resources;
        this.baseUrl = baseUrl;
        this.questionId = questionId;
        this.source = source;
    }

    /** The packaged files referenced by what this writer has converted so far, by resource path. */
    List<String> used() {
        return List.copyOf(used);
    }

    /** HTML as QTI-safe XHTML. */
    String convert(String html) {
        StringBuilder out = new StringBuilder(html.length() + 64);
        for (Node node : Jsoup.parseBodyFragment(html).body().childNodes()) {
            write(node, out);
        }
        return out.toString().strip();
    }

    private void write(Node node, StringBuilder out) {
        if (node instanceof TextNode text) {
            out.append(Markup.escape(text.getWholeText()));
            return;
        }
        if (!(node instanceof Element element)) {
            return; // comments, doctype: nothing an LMS needs
        }
        String tag = element.normalName();
        if (DROPPED.contains(tag)) {
            return;
        }
        if (tag.equals("div") && element.hasAttr(MarkdownEngine.CHART_ATTRIBUTE)) {
            chart(element.attr(MarkdownEngine.CHART_ATTRIBUTE), out);
            return;
        }
        if (tag.equals("img")) {
            image(element, out);
            return;
        }
        if (tag.equals("a")) {
            Optional<String> href = link(element.attr("href"));
            if (href.isEmpty()) {
                children(element, out); // a link that would lead nowhere in an LMS: keep its text
                return;
            }
            out.append("<a href=\"").append(Markup.escape(href.get())).append("\">");
            children(element, out);
            out.append("</a>");
            return;
        }
        String name = KEPT.contains(tag) ? tag : RENAMED.get(tag);
        if (name == null) {
            children(element, out); // unknown elsewhere: its text stays, the element goes
            return;
        }
        out.append('<').append(name);
        attributes(element, name, out);
        if (VOID.contains(name)) {
            out.append("/>");
            return;
        }
        out.append('>');
        children(element, out);
        out.append("</").append(name).append('>');
    }

    private void children(Element element, StringBuilder out) {
        for (Node child : element.childNodes()) {
            write(child, out);
        }
    }

    /** The few attributes kept: table structure; never {@code style}, {@code id} (unique per item) or handlers. */
    private static void attributes(Element element, String name, StringBuilder out) {
        for (String attribute : List.of("colspan", "rowspan", "scope", "span")) {
            String value = element.attr(attribute);
            boolean allowed = switch (attribute) {
                case "colspan", "rowspan", "scope" -> name.equals("td") || name.equals("th");
                default -> name.equals("col") || name.equals("colgroup");
            };
            if (allowed && !value.isBlank() && value.matches("[a-z0-9]{1,8}")) {
                out.append(' ').append(attribute).append("=\"").append(value).append('"');
            }
        }
    }

    /** An absolute safe link as it is; a relative one against the published site, when it is known. */
    private Optional<String> link(String href) {
        if (href.isBlank() || !SafeUrls.isSafeLink(href)) {
            return Optional.empty();
        }
        if (!SafeUrls.scheme(href).isEmpty()) {
            return Optional.of(href);
        }
        if (href.startsWith("#")) {
            return Optional.empty(); // an anchor of the site's page, which the LMS does not have
        }
        return baseUrl.map(base -> java.net.URI.create(base + questionId + "/").resolve(href).toString());
    }

    private void image(Element img, StringBuilder out) {
        String src = img.attr("src");
        String alt = img.attr("alt");
        Optional<String> url;
        if (!SafeUrls.isSafeImage(src)) {
            url = Optional.empty();
        } else if (!SafeUrls.scheme(src).isEmpty()) {
            url = Optional.of(src);
        } else {
            url = resources.siteImage(questionId, source, src).map(this::use);
        }
        if (url.isEmpty()) {
            out.append(Markup.escape(alt)); // what the reader of the site would read when the image is missing
            return;
        }
        out.append("<img src=\"").append(Markup.escape(url.get())).append("\" alt=\"").append(Markup.escape(alt)).append("\"/>");
    }

    private void chart(String name, StringBuilder out) {
        Figure figure = charts.get(name);
        if (figure == null) {
            return; // a build with an unknown chart has failed before any export
        }
        String src = use(resources.chart(figure));
        out.append("<div class=\"chart\"><img src=\"").append(Markup.escape(src)).append("\" alt=\"")
                .append(Markup.escape(figure.title())).append("\"/><p class=\"chart-caption\">")
                .append(Markup.escape(figure.title())).append(". Source: <a href=\"").append(Markup.escape(figure.url()))
                .append("\">").append(Markup.escape(figure.source())).append("</a>.</p>")
                .append(convertNested(figure.table().value())).append("</div>");
    }

    /** The chart's data table, from the chart code (trusted, but it passes the same allow-list). */
    private String convertNested(String html) {
        StringBuilder out = new StringBuilder();
        for (Node node : Jsoup.parseBodyFragment(html).body().childNodes()) {
            write(node, out);
        }
        return out.toString();
    }

    private String use(String resourcePath) {
        used.add(resourcePath);
        return RESOURCE_PREFIX + resourcePath;
    }
}
