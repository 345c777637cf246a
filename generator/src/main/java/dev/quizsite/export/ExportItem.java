package dev.quizsite.export;

import dev.quizsite.markdown.MarkdownEngine;
import dev.quizsite.model.Course;
import dev.quizsite.model.Figure;
import dev.quizsite.model.Option;
import dev.quizsite.model.Question;
import dev.quizsite.model.QuestionType;
import dev.quizsite.model.Reference;
import dev.quizsite.text.Markup;
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
 * @param explanation the Answer, the charts drawn after it, and the references as a list: the
 *                    general feedback
 * @param resources   the packaged files the item shows, by resource path
 */
record ExportItem(String id, String source, String title, QuestionType type, boolean shuffle, List<String> tags,
        String scenario, String prompt, List<Choice> choices, String explanation, List<String> resources) {

    /** An option; {@code feedback} is blocks, empty when the author gave none. */
    record Choice(String text, boolean correct, String feedback) {
    }

    ExportItem {
        tags = List.copyOf(tags);
        choices = List.copyOf(choices);
        resources = List.copyOf(resources);
    }

    static List<ExportItem> of(Course course, Map<String, Figure> charts, Resources resources) {
        List<ExportItem> items = new ArrayList<>(course.questions().size());
        for (Question q : course.questions()) {
            Xhtml xhtml = new Xhtml(charts, resources, course.baseUrl(), q.id(), q.source());
            List<Choice> choices = new ArrayList<>();
            for (Option option : q.options()) {
                choices.add(new Choice(xhtml.convert(option.html().value()), option.correct(),
                        xhtml.convert(option.feedback().value())));
            }
            items.add(new ExportItem(q.id(), q.source(), q.plainTitle(), q.type(), q.shuffle().shuffled(course.shuffle()),
                    q.tags(), xhtml.convert(q.scenario().value()), xhtml.convert(q.prompt().value()), choices,
                    xhtml.convert(explanation(q)), xhtml.used()));
        }
        return items;
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
        return (int) choices.stream().filter(Choice::correct).count();
    }

    /** A stable choice identifier, by the option's place in the file: {@code A}, {@code B}, … then {@code A1}. */
    static String choiceId(int index) {
        char letter = (char) ('A' + index % 26);
        return index < 26 ? String.valueOf(letter) : letter + Integer.toString(index / 26);
    }
}
