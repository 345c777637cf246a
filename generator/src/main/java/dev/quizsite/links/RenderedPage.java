package dev.quizsite.links;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What link checking needs of one HTML page of the site: its anchors and its links, each with its
 * line and column in the page. The DOM is dropped once these are taken.
 *
 * @param path    relative to the site root, forward slashes ({@code foo/index.html})
 */
public record RenderedPage(String path, Set<String> anchors, List<Href> links) implements java.io.Serializable {

    /** A URL in an attribute of the page. */
    public record Href(String url, int line, int column) implements java.io.Serializable {
    }

    /** Attributes holding a URL the browser (or the theme's script, for {@code data-*}) will load, by tag. */
    private static final Map<String, String> URL_ATTRIBUTES = Map.ofEntries(
            Map.entry("a", "href"), Map.entry("area", "href"), Map.entry("link", "href"), Map.entry("img", "src"),
            Map.entry("script", "src"), Map.entry("iframe", "src"), Map.entry("source", "src"),
            Map.entry("video", "src"), Map.entry("audio", "src"), Map.entry("track", "src"),
            Map.entry("object", "data"));
    /** Attributes that hold a URL on any element. */
    private static final List<String> DATA_URL_ATTRIBUTES = List.of("data-src", "data-csv");
    /** Every attribute {@link #scan} reads: the URL attributes, the anchors' and {@code rel}. */
    private static final Set<String> READ = Set.of("href", "src", "data", "data-src", "data-csv", "id", "name", "rel");

    public RenderedPage {
        anchors = Set.copyOf(anchors);
        links = List.copyOf(links);
    }

    static RenderedPage read(Path site, Path file) throws IOException {
        return scan(site.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
    }

    /** @param path relative to the site root, forward slashes */
    public static RenderedPage scan(String path, String html) {
        Set<String> anchors = new HashSet<>();
        List<Href> links = new ArrayList<>();
        HtmlScanner.scan(html, READ, (tag, attributes) -> {
            String urlAttribute = URL_ATTRIBUTES.get(tag);
            boolean hint = tag.equals("link") && isHint(attributes);
            for (HtmlScanner.Attribute attribute : attributes) {
                String name = attribute.name();
                if (name.equals("id") || name.equals("name") && tag.equals("a")) {
                    Anchors.add(anchors, attribute.value());
                }
                if (!hint && (name.equals(urlAttribute) || DATA_URL_ATTRIBUTES.contains(name))) {
                    links.add(new Href(attribute.value().trim(), attribute.line(), attribute.column()));
                }
            }
        });
        return new RenderedPage(path, anchors, links);
    }

    /** {@code <link rel=preconnect>} and friends name origins, not documents. */
    private static boolean isHint(List<HtmlScanner.Attribute> attributes) {
        String rel = attributes.stream().filter(a -> a.name().equals("rel")).map(HtmlScanner.Attribute::value)
                .findFirst().orElse("").toLowerCase(Locale.ROOT);
        return rel.contains("preconnect") || rel.contains("dns-prefetch");
    }
}
