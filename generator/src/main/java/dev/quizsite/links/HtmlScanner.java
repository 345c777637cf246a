package dev.quizsite.links;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * The start tags of an HTML page with their attributes and where each value starts: all that link
 * checking needs, without building a DOM. Building one per page (Jsoup) was a third of the time of
 * a 10,000-question build; this reads a page in one pass.
 *
 * <p>It follows the HTML tokenizer where that decides which attributes a browser sees: quoted and
 * unquoted values, character references, comments, doctypes, the first of duplicate attributes, and
 * elements whose content is text ({@code script}, {@code style}, {@code textarea}, …) so that markup
 * quoted inside them is not taken for tags. Tests compare it with Jsoup on every page they build.
 *
 * <p>Only the attributes the caller names are taken (a quiz page has a dozen {@code class} and
 * {@code aria-*} attributes for each link): the others are stepped over without copying their
 * names or values, which halved the scan of a 10,000-question site.
 */
final class HtmlScanner {

    /** One attribute of a start tag, its value decoded; line and column (1-based) of the value. */
    record Attribute(String name, String value, int line, int column) {
    }

    /** Receives each start tag, in document order. */
    interface TagVisitor {
        void tag(String name, List<Attribute> attributes);
    }

    /** Elements whose content is text up to their end tag, as the HTML tokenizer reads them. */
    private static final Set<String> TEXT_ELEMENTS = Set.of(
            "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext");

    private final String html;
    private final int[] lineStarts;
    /** The attribute names to take, in lower case. */
    private final String[] wanted;
    private int at;

    private HtmlScanner(String html, Set<String> wanted) {
        this.html = html;
        this.lineStarts = lineStarts(html);
        this.wanted = wanted.toArray(String[]::new);
    }

    /** @param wanted the attributes to report (lower case); the others are skipped */
    static void scan(String html, Set<String> wanted, TagVisitor visitor) {
        new HtmlScanner(html, wanted).run(visitor);
    }

    private void run(TagVisitor visitor) {
        int n = html.length();
        while ((at = html.indexOf('<', at)) >= 0 && at + 1 < n) {
            char next = html.charAt(at + 1);
            if (html.startsWith("<!--", at)) {
                skipPast("-->", at + 4);
            } else if (html.startsWith("<![CDATA[", at)) {
                skipPast("]]>", at + 9);
            } else if (next == '!' || next == '?' || next == '/') {
                skipPast(">", at + 2); // doctype, processing instruction, end tag: no attributes that count
            } else if (isAsciiLetter(next)) {
                at++;
                String name = readTagName();
                List<Attribute> attributes = readAttributes();
                if (attributes == null) {
                    return; // the page ends inside the tag, which a browser then drops
                }
                visitor.tag(name, attributes);
                if (TEXT_ELEMENTS.contains(name)) {
                    skipText(name);
                }
            } else {
                at++; // a '<' in text
            }
        }
    }

    private String readTagName() {
        int start = at;
        while (at < html.length() && !isSpace(html.charAt(at)) && html.charAt(at) != '/' && html.charAt(at) != '>') {
            at++;
        }
        return html.substring(start, at).toLowerCase(Locale.ROOT);
    }

    /** @return the tag's attributes, or null when the page ends before the tag does */
    private List<Attribute> readAttributes() {
        List<Attribute> attributes = new ArrayList<>(4);
        int n = html.length();
        while (true) {
            while (at < n && (isSpace(html.charAt(at)) || html.charAt(at) == '/')) {
                at++;
            }
            if (at >= n) {
                return null;
            }
            if (html.charAt(at) == '>') {
                at++;
                return attributes;
            }
            int start = at++; // the first character is part of the name even when it is '='
            while (at < n && !isSpace(html.charAt(at)) && "/>=".indexOf(html.charAt(at)) < 0) {
                at++;
            }
            String name = wantedName(start, at);
            int afterName = at;
            skipSpace();
            String value = "";
            int valueAt = afterName;
            if (at < n && html.charAt(at) == '=') {
                at++;
                skipSpace();
                boolean quoted = at < n && (html.charAt(at) == '"' || html.charAt(at) == '\'');
                valueAt = quoted ? at + 1 : at;
                value = readValue(name != null);
                if (value == null) {
                    return null;
                }
                valueAt = value.isEmpty() ? afterName : valueAt; // where Jsoup puts an empty value, too
            } else {
                at = afterName;
            }
            if (name != null && isFirst(attributes, name)) { // the first of duplicates wins
                String decoded = value.indexOf('&') >= 0 ? Parser.unescapeEntities(value, true) : value;
                int line = lineOf(valueAt);
                attributes.add(new Attribute(name, decoded, line, valueAt - lineStarts[line - 1] + 1));
            }
        }
    }

    /** The wanted attribute name written at {@code [start, end)} in any case, or null when it is not one. */
    private String wantedName(int start, int end) {
        for (String name : wanted) {
            if (name.length() == end - start && html.regionMatches(true, start, name, 0, name.length())) {
                return name;
            }
        }
        return null;
    }

    private static boolean isFirst(List<Attribute> attributes, String name) {
        for (Attribute attribute : attributes) {
            if (attribute.name().equals(name)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param keep whether the value is wanted: an unwanted one is stepped over, and reads as ""
     * @return the value, or null when the page ends inside its quotes
     */
    private String readValue(boolean keep) {
        int n = html.length();
        if (at < n && (html.charAt(at) == '"' || html.charAt(at) == '\'')) {
            char quote = html.charAt(at);
            int end = html.indexOf(quote, at + 1);
            if (end < 0) {
                return null;
            }
            String value = keep ? html.substring(at + 1, end) : "";
            at = end + 1;
            return value;
        }
        int start = at;
        while (at < n && !isSpace(html.charAt(at)) && html.charAt(at) != '>') {
            at++;
        }
        return keep ? html.substring(start, at) : "";
    }

    /** Past the end tag of a text element ({@code </script}, any case), or to the end of the page. */
    private void skipText(String name) {
        String closing = "</" + name;
        int n = html.length();
        for (int i = html.indexOf("</", at); i >= 0; i = html.indexOf("</", i + 2)) {
            if (html.regionMatches(true, i, closing, 0, closing.length())
                    && (i + closing.length() >= n || isEndOfName(html.charAt(i + closing.length())))) {
                at = i;
                return;
            }
        }
        at = n;
    }

    private void skipPast(String end, int from) {
        int i = html.indexOf(end, from);
        at = i < 0 ? html.length() : i + end.length();
    }

    private void skipSpace() {
        while (at < html.length() && isSpace(html.charAt(at))) {
            at++;
        }
    }

    private int lineOf(int offset) {
        int i = java.util.Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    private static int[] lineStarts(String text) {
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            count++;
        }
        int[] starts = new int[count];
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts[line++] = i + 1;
        }
        return starts;
    }

    private static boolean isEndOfName(char c) {
        return isSpace(c) || c == '/' || c == '>';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
