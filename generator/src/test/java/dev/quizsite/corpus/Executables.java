package dev.quizsite.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds anything in a page that a browser could run: script-like elements, event handler and
 * style attributes, and URLs with an executable scheme. Written independently of the code under
 * test ({@code SafeUrls}), so that a mistake there is not repeated here. Values are read after
 * Jsoup decoded the HTML, as a browser would.
 */
final class Executables {

    /** Elements that run code or change how other URLs resolve, wherever they come from. */
    private static final Set<String> ELEMENTS = Set.of("script", "iframe", "frame", "frameset", "object", "embed",
            "applet", "base", "style", "svg", "math", "noscript", "template", "portal", "link", "meta", "form");

    /** Attributes whose value a browser loads or navigates to. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "data",
            "poster", "background", "lowsrc", "dynsrc", "xlink:href", "cite", "longdesc", "srcset", "ping");

    private Executables() {
    }

    /** A description of each executable thing found; empty when the page is inert. */
    static List<String> find(Document page) {
        List<String> found = new ArrayList<>();
        for (Element element : page.getAllElements()) {
            String tag = element.normalName();
            if (ELEMENTS.contains(tag) && !isTheSitesOwn(element)) {
                found.add("<" + tag + "> element: " + abbreviate(element.outerHtml()));
            }
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                if (key.startsWith("on") || key.equals("style") || key.equals("srcdoc")) {
                    found.add(key + " attribute on <" + tag + ">: " + abbreviate(attribute.getValue()));
                } else if (URL_ATTRIBUTES.contains(key) && isExecutableUrl(attribute.getValue(), tag)) {
                    found.add(key + " URL on <" + tag + ">: " + abbreviate(attribute.getValue()));
                }
            }
        }
        return found;
    }

    static boolean isExecutableUrl(String value, String tag) {
        StringBuilder squeezed = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c > 0x20 && !Character.isISOControl(c) && !Character.isWhitespace(c)) {
                squeezed.append(Character.toLowerCase(c));
            }
        }
        String url = squeezed.toString();
        if (url.startsWith("data:")) {
            return !(tag.equals("img") && url.matches("data:image/(png|gif|jpeg|webp|avif)[;,].*"));
        }
        return url.startsWith("javascript:") || url.startsWith("vbscript:") || url.startsWith("livescript:")
                || url.startsWith("mocha:");
    }

    /**
     * The layout's own head elements and quiz form, the index's search box (its scripts and
     * stylesheet, in the theme's {@code div.search} right under {@code main}) and the handout's
     * stylesheet, which no question text can produce.
     */
    private static boolean isTheSitesOwn(Element element) {
        boolean inHead = element.parents().stream().anyMatch(p -> p.normalName().equals("head"));
        Element parent = element.parent();
        boolean inSearch = parent != null && parent.normalName().equals("div") && parent.hasClass("search")
                && parent.parent() != null && parent.parent().normalName().equals("main");
        boolean inMain = parent != null && parent.normalName().equals("main");
        return switch (element.normalName()) {
            // messages.js: the course's UI strings for quiz.js, written by the build, never from question text.
            case "script" -> (inHead && element.attr("src").matches("(\\.\\./)?assets/(quiz|messages|progress)\\.js")
                    || inSearch && element.attr("src").matches("assets/(search|minisearch\\.min)\\.js"))
                    && element.data().isEmpty();
            case "link" -> inHead && element.attr("href").matches("(\\.\\./)?assets/(quiz\\.css|favicon\\.svg)")
                    || inSearch && element.attr("href").equals("assets/search.css")
                    || inMain && element.attr("href").equals("../assets/handout.css");
            case "meta" -> inHead;
            case "form" -> element.hasClass("quiz") && !element.hasAttr("action");
            default -> false;
        };
    }

    private static String abbreviate(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }
}
