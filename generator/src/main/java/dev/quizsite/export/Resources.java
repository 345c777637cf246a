package dev.quizsite.export;

import dev.quizsite.model.Figure;
import dev.quizsite.report.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files an export packages beside its questions, by path ({@code charts/NAME.svg},
 * {@code images/…}): the charts as standalone SVG files, and the site's own files that
 * questions show as images. Sorted by path, so that every export lists them in one order.
 */
final class Resources {

    private static final Pattern SVG_OPEN = Pattern.compile("<svg ([^>]*)viewBox=\"0 0 (\\d+) (\\d+)\"([^>]*)>");
    /** The theme's chart rules, read once: a standalone SVG has no page stylesheet to draw it. */
    private static final String CHART_CSS = chartCss();

    private final SortedMap<String, byte[]> files = new TreeMap<>();
    private final Path site;
    private final Report report;

    /** @param site the site folder just written, where relative image sources point */
    Resources(Path site, Report report) {
        this.site = site;
        this.report = report;
    }

    SortedMap<String, byte[]> files() {
        return Collections.unmodifiableSortedMap(files);
    }

    byte[] bytes(String path) {
        return files.get(path);
    }

    /** The chart's SVG file: the page's inline SVG with a size, and the theme's chart styles inside it. */
    String chart(Figure figure) {
        String path = "charts/" + figure.name() + ".svg";
        files.computeIfAbsent(path, p -> standalone(figure.svg().value()).getBytes(StandardCharsets.UTF_8));
        return path;
    }

    static String standalone(String svg) {
        Matcher open = SVG_OPEN.matcher(svg);
        if (!open.find()) {
            return svg; // SvgChart always writes a viewBox; an SVG without one is left as it is
        }
        String tag = "<svg " + open.group(1) + "viewBox=\"0 0 " + open.group(2) + " " + open.group(3) + "\" width=\""
                + open.group(2) + "\" height=\"" + open.group(3) + "\"" + open.group(4) + ">\n<style>\n" + CHART_CSS + "</style>";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg.substring(0, open.start()) + tag
                + svg.substring(open.end()) + (svg.endsWith("\n") ? "" : "\n");
    }

    /**
     * A site file shown as an image by the question at {@code questionId}: its path in the package,
     * or empty, with a warning at the question's file, when the site has no such file (the LMS
     * then shows the image's alt text, as the site itself would).
     */
    Optional<String> siteImage(String questionId, String source, String src) {
        Optional<Path> file = Optional.empty();
        try {
            String path = URI.create(src).getPath();
            if (path != null && !path.isEmpty()) {
                Path root = site.toAbsolutePath().normalize();
                Path resolved = root.resolve(questionId).resolve(path).normalize();
                if (resolved.startsWith(root) && Files.isRegularFile(resolved)) {
                    file = Optional.of(resolved);
                }
            }
        } catch (IllegalArgumentException e) {
            // not a URI: reported below like a missing file
        }
        if (file.isEmpty()) {
            report.warning(source, 0, 0, "the image `" + src + "` is no file of the site, so the exports show its alt text instead");
            return Optional.empty();
        }
        String path = "images/" + site.toAbsolutePath().normalize().relativize(file.get()).toString().replace('\\', '/');
        try {
            byte[] bytes = Files.readAllBytes(file.get());
            files.putIfAbsent(path, bytes);
            return Optional.of(path);
        } catch (IOException e) {
            report.warning(source, 0, 0, "cannot read the image `" + src + "` for the exports: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** A file's media type, by its extension, as manifests and Moodle need it. */
    static String mediaType(String path) {
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        return Map.of("svg", "image/svg+xml", "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg",
                "gif", "image/gif", "webp", "image/webp", "avif", "image/avif")
                .getOrDefault(lower.substring(lower.lastIndexOf('.') + 1), "application/octet-stream");
    }

    /** The default theme's colours (light) and chart rules, from its quiz.css. */
    private static String chartCss() {
        try (InputStream in = Resources.class.getResourceAsStream("/dev/quizsite/theme/assets/quiz.css")) {
            if (in == null) {
                return "";
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            List<String> kept = new ArrayList<>();
            boolean root = false;
            for (String line : lines) {
                if (line.equals(":root {") && kept.isEmpty()) {
                    root = true; // the first :root block: the light colours
                }
                if (root || line.startsWith(":root { --chart") || line.matches("^\\.(chart-(svg|ticks|axis|grid|line|err|halo)|s\\d) .*")
                        || line.startsWith(".chart-axis-title")) {
                    kept.add(line.replace(":root", "svg"));
                }
                if (root && line.equals("}")) {
                    root = false;
                }
            }
            return String.join("\n", kept) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("the plugin's own quiz.css cannot be read", e);
        }
    }
}
