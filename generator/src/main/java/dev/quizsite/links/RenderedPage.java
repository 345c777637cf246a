package dev.quizsite.links;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * What link checking needs of one HTML page of the site: its anchors and its links, each with its
 * line and column in the page. The DOM is dropped once these are taken.
 *
 * @param path    relative to the site root, forward slashes ({@code foo/index.html})
 */
record RenderedPage(String path, Set<String> anchors, List<Href> links) {

    /** A URL in an attribute of the page. */
    record Href(String url, int line, int column) {
    }

    /** Attributes holding a URL the browser (or the theme's script, for {@code data-*}) will load. */
    private static final List<String> SELECTORS = List.of(
            "a[href]", "area[href]", "link[href]", "img[src]", "script[src]", "iframe[src]", "source[src]",
            "video[src]", "audio[src]", "track[src]", "object[data]", "[data-src]", "[data-csv]");

    RenderedPage {
        anchors = Set.copyOf(anchors);
        links = List.copyOf(links);
    }

    static RenderedPage read(Path site, Path file) throws IOException {
        String html = Files.readString(file, StandardCharsets.UTF_8);
        Document document = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        String path = site.relativize(file).toString().replace('\\', '/');
        List<Href> links = new ArrayList<>();
        for (String selector : SELECTORS) {
            String attribute = selector.substring(selector.indexOf('[') + 1, selector.length() - 1);
            for (Element element : document.select(selector)) {
                if (isHint(element)) {
                    continue;
                }
                Attribute attr = element.attribute(attribute);
                Range.Position at = attr != null && attr.sourceRange().valueRange().start().lineNumber() > 0
                        ? attr.sourceRange().valueRange().start()
                        : element.sourceRange().start();
                links.add(new Href(element.attr(attribute).trim(), at.lineNumber(), at.columnNumber()));
            }
        }
        return new RenderedPage(path, Anchors.of(document), links);
    }

    /** {@code <link rel=preconnect>} and friends name origins, not documents. */
    private static boolean isHint(Element element) {
        String rel = element.tagName().equals("link") ? element.attr("rel").toLowerCase(java.util.Locale.ROOT) : "";
        return rel.contains("preconnect") || rel.contains("dns-prefetch");
    }
}
