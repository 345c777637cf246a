package dev.quizsite.parse;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.util.ast.Node;
import dev.quizsite.markdown.MarkdownEngine;
import dev.quizsite.model.Html;
import dev.quizsite.model.Location;
import dev.quizsite.model.QuestionType;
import dev.quizsite.model.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the list after the prompt when it is not a task list of options: accepted answers
 * ({@code = …}, {@code ~ …}) for a short answer or a number, a numbered list to put in order, or
 * {@code left -> right} pairs to match. The kind follows from the list's syntax; {@code type:} in
 * front matter may say it too, and must then agree. Every mistake is reported at its line and column.
 */
final class AnswerListReader {

    /** What {@link QuestionParser}'s reader lends: where a node is, how to report, how to render. */
    interface Context {
        Location at(Node node);

        void error(Node node, String message);

        void error(int line, int column, String message);

        Html inline(Node node);

        Html blocks(List<Node> nodes);

        MarkdownEngine markdown();
    }

    /** What one list item looks like, before the list's kind is known. */
    private enum Kind {
        TASK("an option (`- [ ] …`)"),
        ANSWER("an answer (`= …`)"),
        PAIR("a pair (`left -> right`)"),
        PLAIN("a plain item");

        final String described;

        Kind(String described) {
            this.described = described;
        }
    }

    /** The ways to write the list of each kind, for messages that say how to fix a list. */
    static final String OTHER_KINDS = "`- = answer` lines for a short answer or a number, a numbered list"
            + " (`1. first`) to put in order, or `- left -> right` pairs to match";

    static final String KINDS = "a task list (`- [ ] wrong`, `- [x] right`) for choices, `- = answer` lines for"
            + " a short answer or a number, a numbered list (`1. first`) to put in order, or `- left -> right`"
            + " pairs to match";

    private final Context context;

    AnswerListReader(Context context) {
        this.context = context;
    }

    /** Whether {@code list}, right after the prompt, holds answers of a kind other than options. */
    static boolean isAnswerList(ListBlock list) {
        Node first = list.getFirstChild();
        return first != null && (list instanceof OrderedList || kind(first) == Kind.ANSWER || kind(first) == Kind.PAIR);
    }

    /** The response of {@code list}, when it has no mistakes; its mistakes go to the context. */
    Optional<Response> read(ListBlock list, Optional<QuestionType> declared, boolean matchCase) {
        Node first = list.getFirstChild();
        Kind kind = kind(first);
        boolean ok = true;
        for (Node item = first.getNext(); item != null; item = item.getNext()) {
            Kind other = kind(item);
            if (other != kind) {
                ok = false;
                context.error(item, other == Kind.PLAIN && kind == Kind.PAIR
                        ? "this item has no right side; write each item of a matching question as a pair,"
                                + " `left -> right`, so that both sides have the same number of items"
                        : "this item is " + other.described + ", but the list's first item (line "
                                + context.at(first).line() + ") is " + kind.described
                                + "; the answer list holds one kind: " + KINDS);
            }
        }
        QuestionType syntax = switch (kind) {
            case ANSWER -> declared.filter(t -> t == QuestionType.SHORT || t == QuestionType.NUMERIC)
                    .orElse(looksNumeric(list) ? QuestionType.NUMERIC : QuestionType.SHORT);
            case PAIR -> QuestionType.MATCHING;
            default -> list instanceof OrderedList ? QuestionType.ORDERING : QuestionType.MULTIPLE;
        };
        if (declared.isPresent() && declared.get() != syntax) {
            Location at = context.at(list);
            context.error(at.line(), at.column(), "`type: " + declared.get().key() + "` in front matter, but this"
                    + " list is written as " + described(syntax) + "; " + howToWrite(declared.get())
                    + ", or leave `type:` out");
            return Optional.empty();
        }
        if (!ok) {
            return Optional.empty();
        }
        return switch (syntax) {
            case SHORT -> shortText(list, matchCase);
            case NUMERIC -> numeric(list);
            case ORDERING -> ordering(list);
            case MATCHING -> matching(list);
            default -> Optional.empty(); // a plain bullet list: QuestionParser reports it as options without boxes
        };
    }

    private static String described(QuestionType type) {
        return switch (type) {
            case SHORT, NUMERIC -> "accepted answers (`= …`)";
            case ORDERING -> "a numbered list (an ordering question)";
            case MATCHING -> "pairs (`left -> right`, a matching question)";
            default -> "a task list of options";
        };
    }

    /** How to write a question of {@code type}, for a list that says another. */
    static String howToWrite(QuestionType type) {
        return switch (type) {
            case SHORT -> "a short answer lists what it accepts as `- = answer` lines";
            case NUMERIC -> "a numeric question lists its answer as `- = 0.5 ± 0.05` (or a range, `- = 0.45 .. 0.55`)";
            case ORDERING -> "an ordering question lists its items in the right order as a numbered list, `1. first`";
            case MATCHING -> "a matching question lists its pairs as `- left -> right`";
            default -> "a choice question lists its options as a task list, `- [ ] wrong` and `- [x] right`";
        };
    }

    // ---- short answer and numeric: `= …` lines ----

    /** One `= …` line: its marker and value, and where the value starts. */
    private record Entry(Node item, Paragraph text, boolean right, boolean pattern, String value, int line, int column) {
    }

    private static final java.util.regex.Pattern MARKER = java.util.regex.Pattern.compile("^(!=|!~|=|~(?!~))[ \\t]*");

    private Optional<Entry> entry(Node item) {
        Paragraph text = (Paragraph) item.getFirstChild();
        String raw = text.getChars().toString();
        java.util.regex.Matcher marker = MARKER.matcher(raw);
        marker.find();
        String sign = marker.group(1);
        // the answer is the raw text, not rendered Markdown: `\.` in a pattern or `*` in an answer stay as written
        String value = raw.substring(marker.end()).replaceAll("\\s+", " ").strip();
        Location at = context.at(text);
        if (value.isEmpty()) {
            context.error(at.line(), at.column(), "an empty answer; write it after `" + sign + "`: `" + sign + " answer`");
            return Optional.empty();
        }
        return Optional.of(new Entry(item, text, !sign.startsWith("!"), sign.endsWith("~"), value, at.line(),
                at.column() + marker.end()));
    }

    private boolean looksNumeric(ListBlock list) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (kind(item) != Kind.ANSWER) {
                return false;
            }
            String raw = ((Paragraph) item.getFirstChild()).getChars().toString();
            java.util.regex.Matcher marker = MARKER.matcher(raw);
            if (!marker.find() || !NumberSyntax.startsWithNumber(raw.substring(marker.end()))) {
                return false;
            }
        }
        return true;
    }

    private Optional<Response> shortText(ListBlock list, boolean matchCase) {
        List<Response.TextAnswer> answers = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean ok = true;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            Optional<Entry> read = entry(item);
            if (read.isEmpty()) {
                ok = false;
                continue;
            }
            Entry entry = read.get();
            if (entry.pattern()) {
                Optional<AnswerPatterns.Mistake> mistake = AnswerPatterns.check(entry.value(), matchCase);
                if (mistake.isPresent()) {
                    context.error(entry.line(), entry.column() + mistake.get().index(), mistake.get().message());
                    ok = false;
                    continue;
                }
            } else {
                String key = AnswerPatterns.normalise(entry.value(), matchCase);
                Integer twin = seen.putIfAbsent(key, entry.line());
                if (twin != null) {
                    context.error(entry.line(), entry.column(), "the same answer twice (also on line " + twin + ")"
                            + (matchCase ? "" : ", since case and spacing do not count"));
                    ok = false;
                    continue;
                }
            }
            Optional<Html> feedback = feedback(entry.item(), entry.text(), "an answer");
            if (feedback.isEmpty()) {
                ok = false;
                continue;
            }
            answers.add(new Response.TextAnswer(entry.value(), entry.pattern(), entry.right(), feedback.get(),
                    context.at(entry.item())));
        }
        if (ok && answers.stream().noneMatch(Response.TextAnswer::right)) {
            Location at = context.at(list);
            context.error(at.line(), at.column(), "no accepted answer; write at least one `= answer` line"
                    + " (`!= …` lines are foreseen wrong answers)");
            ok = false;
        }
        return ok ? Optional.of(new Response.ShortText(matchCase, answers)) : Optional.empty();
    }

    private Optional<Response> numeric(ListBlock list) {
        List<Response.NumberAnswer> answers = new ArrayList<>();
        String unit = "";
        int unitLine = 0;
        boolean ok = true;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            Optional<Entry> read = entry(item);
            if (read.isEmpty()) {
                ok = false;
                continue;
            }
            Entry entry = read.get();
            if (entry.pattern()) {
                context.error(entry.line(), entry.column() - 2, "a numeric answer is a number or a range, not a"
                        + " pattern (`~`); write `= 0.5 ± 0.05`, or set `type: short` to compare text");
                ok = false;
                continue;
            }
            NumberSyntax.Parsed parsed = NumberSyntax.parse(entry.value());
            if (parsed instanceof NumberSyntax.Parsed.Mistake mistake) {
                context.error(entry.line(), entry.column() + mistake.index(), mistake.message());
                ok = false;
                continue;
            }
            NumberSyntax.Parsed.Range range = (NumberSyntax.Parsed.Range) parsed;
            if (!range.unit().isEmpty() && entry.right()) {
                if (unit.isEmpty()) {
                    unit = range.unit();
                    unitLine = entry.line();
                } else if (!unit.equals(range.unit())) {
                    context.error(entry.line(), entry.column() + entry.value().lastIndexOf(range.unit()),
                            "the unit `" + range.unit() + "` differs from `" + unit + "` on line " + unitLine
                            + "; a numeric question has one unit, shown beside the field");
                    ok = false;
                    continue;
                }
            }
            Optional<Html> feedback = feedback(entry.item(), entry.text(), "an answer");
            if (feedback.isEmpty()) {
                ok = false;
                continue;
            }
            answers.add(new Response.NumberAnswer(range.low(), range.high(), range.shown(), entry.right(),
                    feedback.get(), context.at(entry.item())));
        }
        if (ok && answers.stream().noneMatch(Response.NumberAnswer::right)) {
            Location at = context.at(list);
            context.error(at.line(), at.column(), "no accepted answer; write at least one `= number` line"
                    + " (`!= …` lines are foreseen wrong answers)");
            ok = false;
        }
        return ok ? Optional.of(new Response.Numeric(unit, answers)) : Optional.empty();
    }

    // ---- ordering: a numbered list in the right order ----

    private Optional<Response> ordering(ListBlock list) {
        List<Response.Item> items = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean ok = true;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            Optional<Paragraph> text = paragraphOf(item, "item", "`1. text`");
            if (text.isEmpty()) {
                ok = false;
                continue;
            }
            String plain = MarkdownEngine.plainText(text.get());
            Integer twin = seen.putIfAbsent(plain, context.at(item).line());
            if (twin != null) {
                context.error(item, "the same item twice (also on line " + twin + "); each item of an ordering"
                        + " must be different, or its place is ambiguous");
                ok = false;
                continue;
            }
            Optional<Html> feedback = feedback(item, text.get(), "an item");
            if (feedback.isEmpty()) {
                ok = false;
                continue;
            }
            items.add(new Response.Item(context.inline(text.get()), plain, feedback.get(), context.at(item)));
        }
        if (ok && items.size() < 2) {
            Location at = context.at(list);
            context.error(at.line(), at.column(), "an ordering needs at least two items, found " + items.size());
            ok = false;
        }
        return ok ? Optional.of(new Response.Ordering(items)) : Optional.empty();
    }

    // ---- matching: `left -> right` pairs ----

    private Optional<Response> matching(ListBlock list) {
        List<Response.Pair> pairs = new ArrayList<>();
        Map<String, Integer> lefts = new HashMap<>();
        Map<String, Integer> rights = new HashMap<>();
        boolean ok = true;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            Paragraph text = (Paragraph) item.getFirstChild();
            Arrow arrow = arrow(text).orElseThrow(); // kind() saw it
            String raw = text.getChars().toString();
            int at = arrow.offset() - text.getStartOffset();
            String left = raw.substring(0, at).strip();
            String right = raw.substring(at + arrow.width()).strip();
            Location where = context.at(text);
            if (left.isEmpty() || right.isEmpty()) {
                context.error(where.line(), where.column() + (left.isEmpty() ? 0 : at),
                        "nothing on the " + (left.isEmpty() ? "left" : "right") + " of `" + arrow.text()
                        + "`; each pair is `left -> right`, so that both sides have the same number of items");
                ok = false;
                continue;
            }
            Html leftHtml = inlineOf(left);
            Html rightHtml = inlineOf(right);
            String leftText = plainOf(left);
            String rightText = plainOf(right);
            Integer leftTwin = lefts.putIfAbsent(leftText, where.line());
            Integer rightTwin = rights.putIfAbsent(rightText, where.line());
            if (leftTwin != null || rightTwin != null) {
                context.error(where.line(), where.column() + (leftTwin != null ? 0 : at + arrow.width() + 1),
                        "the same " + (leftTwin != null ? "left item `" + leftText : "right item `" + rightText)
                        + "` twice (also on line " + (leftTwin != null ? leftTwin : rightTwin) + "); each item"
                        + " is paired once, on each side");
                ok = false;
                continue;
            }
            Optional<Html> feedback = feedback(item, text, "a pair");
            if (feedback.isEmpty()) {
                ok = false;
                continue;
            }
            pairs.add(new Response.Pair(leftHtml, leftText, rightHtml, rightText, feedback.get(), context.at(item)));
        }
        if (ok && pairs.size() < 2) {
            Location at = context.at(list);
            context.error(at.line(), at.column(), "a matching question needs at least two pairs, found " + pairs.size());
            ok = false;
        }
        return ok ? Optional.of(new Response.Matching(pairs)) : Optional.empty();
    }

    /** The first `->` or `→` of a paragraph outside code spans. */
    private record Arrow(int offset, int width, String text) {
    }

    private static Optional<Arrow> arrow(Paragraph text) {
        for (Node child = text.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text plain) {
                String chars = plain.getChars().toString();
                int ascii = chars.indexOf("->");
                int unicode = chars.indexOf('→');
                if (ascii >= 0 && (unicode < 0 || ascii < unicode)) {
                    return Optional.of(new Arrow(plain.getStartOffset() + ascii, 2, "->"));
                }
                if (unicode >= 0) {
                    return Optional.of(new Arrow(plain.getStartOffset() + unicode, 1, "→"));
                }
            } else if (child instanceof Code) {
                continue; // `a -> b` in code is an example, not a pair
            }
        }
        return Optional.empty();
    }

    /** One side of a pair: Markdown of its own, rendered inline (links in it were found in the whole file). */
    private Html inlineOf(String markdown) {
        Node first = context.markdown().parse(markdown).getFirstChild();
        return first instanceof Paragraph paragraph ? context.markdown().renderInline(paragraph) : Html.EMPTY;
    }

    private String plainOf(String markdown) {
        Node first = context.markdown().parse(markdown).getFirstChild();
        return first == null ? markdown : MarkdownEngine.plainText(first);
    }

    // ---- shared by every kind ----

    private static Kind kind(Node item) {
        if (item instanceof TaskListItem) {
            return Kind.TASK;
        }
        if (!(item.getFirstChild() instanceof Paragraph text)) {
            return Kind.PLAIN;
        }
        if (MARKER.matcher(text.getChars()).find()) {
            return Kind.ANSWER;
        }
        return arrow(text).isPresent() ? Kind.PAIR : Kind.PLAIN;
    }

    private Optional<Paragraph> paragraphOf(Node item, String what, String example) {
        Node text = item.getFirstChild();
        if (text instanceof Paragraph paragraph) {
            return Optional.of(paragraph);
        }
        context.error(item, text == null ? "this " + what + " is empty; write its text: " + example
                : "an " + what + " is one line of text (" + example + ")");
        return Optional.empty();
    }

    /** The `> …` quote under an item's text, shown after checking; anything else there is a mistake. */
    private Optional<Html> feedback(Node item, Paragraph text, String what) {
        Html feedback = Html.EMPTY;
        boolean ok = true;
        for (Node child = text.getNext(); child != null; child = child.getNext()) {
            if (child instanceof BlockQuote quote && feedback.isEmpty()) {
                List<Node> blocks = new ArrayList<>();
                for (Node block = quote.getFirstChild(); block != null; block = block.getNext()) {
                    blocks.add(block);
                }
                feedback = context.blocks(blocks);
            } else {
                context.error(child, child instanceof ListBlock
                        ? "a list inside " + what + "; the answer list is one level, without nested lists"
                        : what.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + what.substring(1)
                                + " is one line; write feedback for it as an indented `> …` line under it");
                ok = false;
            }
        }
        return ok ? Optional.of(feedback) : Optional.empty();
    }
}
