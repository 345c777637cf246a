package dev.quizsite.links;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The targets a {@code #fragment} can name in an HTML page: ids and {@code <a name>}. */
final class Anchors {

    private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([\\w.:-]+)");
    /** GitHub renders README headings as {@code id="user-content-x"} and scrolls to them for {@code #x}. */
    private static final String GITHUB_PREFIX = "user-content-";

    private Anchors() {
    }

    static Set<String> of(Document page) {
        Set<String> anchors = new HashSet<>();
        for (Element element : page.select("[id]")) {
            add(anchors, element.id());
        }
        for (Element element : page.select("a[name]")) {
            add(anchors, element.attr("name"));
        }
        return anchors;
    }

    /** Parses a (possibly cut off) page body; Jsoup copes with truncated HTML. */
    static Set<String> of(byte[] body, String contentType) {
        return of(Jsoup.parse(new String(body, charset(contentType))));
    }

    /** Whether {@code fragment} (already percent-decoded) needs no element: empty, #top, text fragments. */
    static boolean needsNoElement(String fragment) {
        return fragment.isEmpty() || fragment.equalsIgnoreCase("top") || fragment.startsWith(":~:");
    }

    static boolean isHtml(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.isEmpty() || type.contains("html");
    }

    static void add(Set<String> anchors, String id) {
        anchors.add(id);
        if (id.startsWith(GITHUB_PREFIX)) {
            anchors.add(id.substring(GITHUB_PREFIX.length()));
        }
    }

    private static Charset charset(String contentType) {
        Matcher m = CHARSET.matcher(contentType);
        if (m.find()) {
            try {
                return Charset.forName(m.group(1));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }
}
