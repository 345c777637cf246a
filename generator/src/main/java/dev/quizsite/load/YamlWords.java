package dev.quizsite.load;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SnakeYAML's parse errors in words an author knows: what was open (a `[…]` list, a quoted value)
 * and what to write, instead of the parser's token names (`<block end>`, `flow sequence`).
 * Unknown messages keep the parser's text, on one line.
 */
public final class YamlWords {

    private static final Pattern FLOW_END = Pattern.compile("expected ',' or '([\\]}])', but got (.*)");
    private static final Pattern BAD_CHARACTER = Pattern.compile("found character '(.+?)' that cannot start any token.*");

    /** SnakeYAML's names of what it was reading, as an author would call them. */
    private static final Map<String, String> CONTEXTS = Map.of(
            "while parsing a flow sequence", "the list `[…]`",
            "while parsing a flow mapping", "the `{…}` mapping",
            "while parsing a block mapping", "the `key: value` lines",
            "while parsing a block collection", "the `- item` list",
            "while scanning a quoted scalar", "the quoted value",
            "while scanning a simple key", "the key");

    private YamlWords() {
    }

    /**
     * @param problem what SnakeYAML found wrong
     * @param context what it was reading (may be null)
     * @param where   where that began, e.g. "line 2, column 7" (may be null)
     */
    public static String explain(String problem, String context, String where) {
        String text = BoundedYaml.oneLine(problem);
        String open = context == null ? null : CONTEXTS.get(BoundedYaml.oneLine(context));
        String at = where == null ? "" : " that starts at " + where;
        Matcher m;
        if ((m = FLOW_END.matcher(text)).matches()) {
            String close = m.group(1);
            String what = close.equals("]") ? "the list `[…]`" : "the `{…}` mapping";
            return what + at + " is not closed: write `" + close + "` after its last item (items are separated by"
                    + " commas; an item with `,` or `:` goes in quotes), found " + token(m.group(2)) + " instead";
        }
        if (text.equals("mapping values are not allowed here")) {
            return "a `:` inside a value, or a key indented under another; put a value containing `: ` in quotes"
                    + " (`title: \"Batch size: why it matters\"`), and start every key in the first column";
        }
        if (text.equals("could not find expected ':'")) {
            return "a line without `:`; front matter is `key: value` lines (a value that goes on to the next line"
                    + " must be indented, or in quotes)";
        }
        if (text.equals("found unexpected end of stream") && "the quoted value".equals(open)) {
            return "the quoted value" + at + " is not closed: add the closing quote";
        }
        if (text.startsWith("expected <block end>, but found")) {
            return "this line does not fit the lines above it: a value with a quote inside (`'it's'`) must be quoted"
                    + " the other way (`\"it's\"`), and keys of one level start in the same column";
        }
        if ((m = BAD_CHARACTER.matcher(text)).matches()) {
            return "a value cannot start with `" + m.group(1) + "`; put it in quotes (`\"" + m.group(1) + "…\"`)";
        }
        return text + (open != null ? " (in " + open + at + ")" : "");
    }

    private static String token(String token) {
        return switch (token.strip()) {
            case "<stream end>" -> "the end of the text";
            case ":" -> "a `key:` (the next line?)";
            case "<scalar>" -> "more text";
            case "<block end>", "<block mapping start>", "<block sequence start>" -> "a new line of a different indentation";
            default -> "`" + token.strip() + "`";
        };
    }
}
