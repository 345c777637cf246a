package dev.quizsite.export;

import dev.quizsite.markdown.MarkdownEngine;
import dev.quizsite.model.Course;
import dev.quizsite.model.Figure;
import dev.quizsite.model.Html;
import dev.quizsite.model.Location;
import dev.quizsite.model.Option;
import dev.quizsite.model.Question;
import dev.quizsite.model.QuestionType;
import dev.quizsite.model.Reference;
import dev.quizsite.model.Response;
import dev.quizsite.text.Markup;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One question as every format writes it: its parts converted once to safe XHTML ({@link Xhtml}),
 * with the files they show. Formats differ in markup, never in content.
 *
 * @param id          the question's id, the base of every identifier an LMS keeps
 * @param source      the question file, for messages
 * @param title       plain text
 * @param scenario    blocks, possibly empty
 * @param prompt      inline
 * @param body        what the reader answers with and what is right, by kind of question
 * @param hints       blocks each, in the author's order; empty when none
 * @param explanation the Answer, the charts drawn after it, and the references as a list: the
 *                    general feedback
 * @param resources   the packaged files the item shows, by resource path
 */
record ExportItem(String id, String source, String title, QuestionType type, boolean shuffle, List<String> tags,
        String scenario, String prompt, Body body, List<String> hints, String explanation, List<String> resources) {

    /**
     * The answer part of a question, converted: every HTML part is safe XHTML ({@link Xhtml}),
     * every plain text (an answer to type, a pair's text) is as the author wrote it, to be escaped
     * by the format. Each {@code feedback} is blocks, empty when the author gave none.
     */
    sealed interface Body {
    }

    /** Single or multiple choice. */
    record Choices(List<Choice> choices) implements Body {
        public Choices {
            choices = List.copyOf(choices);
        }
    }

    /** A short answer: the author's answers in order, accepted ones and foreseen mistakes. */
    record ShortText(boolean matchCase, List<TextAnswer> answers) implements Body {
        public ShortText {
            answers = List.copyOf(answers);
        }

        List<TextAnswer> accepted() {
            return answers.stream().filter(TextAnswer::right).toList();
        }
    }

    /** A number: ranges, inclusive, in the author's order; {@code unit} plain text, empty when none. */
    record Numeric(String unit, List<NumberAnswer> answers) implements Body {
        public Numeric {
            answers = List.copyOf(answers);
        }

        List<NumberAnswer> accepted() {
            return answers.stream().filter(NumberAnswer::right).toList();
        }
    }

    /** Items in the right order. */
    record Ordering(List<Item> items) implements Body {
        public Ordering {
            items = List.copyOf(items);
        }
    }

    /** Pairs, left to right, as the author wrote them. */
    record Matching(List<Pair> pairs) implements Body {
        public Matching {
            pairs = List.copyOf(pairs);
        }
    }

    /** An option; {@code feedback} is blocks, empty when the author gave none. */
    record Choice(String text, boolean correct, String feedback) {
    }

    /** A short answer: {@code text} a literal or (when {@code pattern}) a regular expression, as written. */
    record TextAnswer(String text, boolean pattern, boolean right, String feedback, Location location) {
    }

    /** A numeric answer: {@code shown} as the author wrote it, without the unit. */
    record NumberAnswer(BigDecimal low, BigDecimal high, String shown, boolean right, String feedback, Location location) {
        /** The middle of the range, exactly. */
        BigDecimal middle() {
            return low.add(high).divide(BigDecimal.valueOf(2));
        }

        /** Half the range's width, exactly: Moodle's tolerance. */
        BigDecimal halfWidth() {
            return high.subtract(low).divide(BigDecimal.valueOf(2));
        }
    }

    /** An item to order: {@code text} XHTML (inline), {@code plain} its plain text. */
    record Item(String text, String plain, String feedback, Location location) {
    }

    /** A pair: each side as XHTML (inline) and as plain text. */
    record Pair(String left, String leftText, String right, String rightText, String feedback, Location location) {
    }

    ExportItem {
        tags = List.copyOf(tags);
        hints = List.copyOf(hints);
        resources = List.copyOf(resources);
    }

    /** The options of a choice question; none for the other kinds. */
    List<Choice> choices() {
        return body instanceof Choices c ? c.choices() : List.of();
    }

    /** Where a message about the question's answers points: its first answer, option, item or pair. */
    Location answersAt() {
        if (body instanceof ShortText s) {
            return s.answers().get(0).location();
        } else if (body instanceof Numeric n) {
            return n.answers().get(0).location();
        } else if (body instanceof Ordering o) {
            return o.items().get(0).location();
        } else if (body instanceof Matching m) {
            return m.pairs().get(0).location();
        }
        return new Location(source, 1, 1);
    }

    static List<ExportItem> of(Course course, Map<String, Figure> charts, Resources resources) {
        List<ExportItem> items = new ArrayList<>(course.questions().size());
        for (Question q : course.questions()) {
            Xhtml xhtml = new Xhtml(charts, resources, course.baseUrl(), q.id(), q.source());
            String scenario = xhtml.convert(q.scenario().value());
            String prompt = xhtml.convert(q.prompt().value());
            Body body = body(q.response(), xhtml);
            List<String> hints = q.hints().stream().map(hint -> xhtml.convert(hint.value())).toList();
            items.add(new ExportItem(q.id(), q.source(), q.plainTitle(), q.type(), q.shuffle().shuffled(course.shuffle()),
                    q.tags(), scenario, prompt, body, hints, xhtml.convert(explanation(q)), xhtml.used()));
        }
        return items;
    }

    private static Body body(Response response, Xhtml xhtml) {
        // Java 17: no pattern matching in switch; the model's Response is sealed, so this list is complete.
        if (response instanceof Response.ShortText s) {
            return new ShortText(s.matchCase(), s.answers().stream().map(a -> new TextAnswer(
                    a.text(), a.pattern(), a.right(), html(a.feedback(), xhtml), a.location())).toList());
        } else if (response instanceof Response.Numeric n) {
            return new Numeric(n.unit(), n.answers().stream().map(a -> new NumberAnswer(a.low(),
                    a.high(), a.shown(), a.right(), html(a.feedback(), xhtml), a.location())).toList());
        } else if (response instanceof Response.Ordering o) {
            return new Ordering(o.items().stream().map(i -> new Item(xhtml.convert(i.html().value()),
                    i.text(), html(i.feedback(), xhtml), i.location())).toList());
        } else if (response instanceof Response.Matching m) {
            return new Matching(m.pairs().stream().map(p -> new Pair(xhtml.convert(p.left().value()),
                    p.leftText(), xhtml.convert(p.right().value()), p.rightText(), html(p.feedback(), xhtml),
                    p.location())).toList());
        }
        Response.Choice c = (Response.Choice) response;
        List<Choice> choices = new ArrayList<>();
        for (Option option : c.options()) {
            choices.add(new Choice(xhtml.convert(option.html().value()), option.correct(), html(option.feedback(), xhtml)));
        }
        return new Choices(choices);
    }

    private static String html(Html html, Xhtml xhtml) {
        return xhtml.convert(html.value());
    }

    /** The site's solution: the Answer, then its charts, then the references. */
    private static String explanation(Question q) {
        StringBuilder html = new StringBuilder(q.answer().value());
        for (Figure figure : q.figures()) {
            html.append('\n').append(MarkdownEngine.chartPlaceholder(figure.name()));
        }
        if (!q.references().isEmpty()) {
            html.append("\n<p><strong>References</strong></p>\n<ul>");
            for (Reference reference : q.references()) {
                html.append("<li><a href=\"").append(Markup.escape(reference.url())).append("\">")
                        .append(reference.title().value()).append("</a></li>");
            }
            html.append("</ul>");
        }
        return html.toString();
    }

    int rightCount() {
        return (int) choices().stream().filter(Choice::correct).count();
    }

    /** A stable choice identifier, by the option's place in the file: {@code A}, {@code B}, … then {@code A1}. */
    static String choiceId(int index) {
        char letter = (char) ('A' + index % 26);
        return index < 26 ? String.valueOf(letter) : letter + Integer.toString(index / 26);
    }
}
