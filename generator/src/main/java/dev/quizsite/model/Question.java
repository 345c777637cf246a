package dev.quizsite.model;

import java.util.List;

/**
 * A parsed, valid question, ready to render. Immutable.
 *
 * @param id         unique in the course; also the page's folder name
 * @param source     the file's path as shown in messages
 * @param idLocation where the id is set (the {@code id:} line, or the top of the file)
 * @param order      sort key given in front matter ({@link Integer#MAX_VALUE} when absent)
 * @param title      the title as HTML (inline)
 * @param plainTitle the title as plain text, for {@code <title>} and link texts
 * @param scenario   the text between title and prompt
 * @param prompt     the bold prompt, inline
 * @param answer     the explanation under {@code ## Answer}
 * @param shuffle    the front matter's {@code shuffle}, or the course's setting when it gives none
 * @param links      every link in the file, references included, for the link checker
 * @param charts     the charts it asks for: in front matter, and as fenced {@code chart} blocks
 * @param response   how the reader answers and what is right: options, accepted answers, items, pairs
 * @param hints      shown one at a time before checking, on the reader's request (the {@code ## Hints} list)
 * @param figures    the charts drawn after the Answer (empty until the chart stage ran)
 */
public record Question(
        String id,
        String source,
        Location idLocation,
        int order,
        List<String> tags,
        List<ChartUse> charts,
        Shuffle shuffle,
        Html title,
        String plainTitle,
        Html scenario,
        Html prompt,
        Response response,
        List<Html> hints,
        Html answer,
        List<Reference> references,
        List<Link> links,
        List<Figure> figures) implements java.io.Serializable {

    public Question {
        tags = List.copyOf(tags);
        charts = List.copyOf(charts);
        hints = List.copyOf(hints);
        references = List.copyOf(references);
        links = List.copyOf(links);
        figures = List.copyOf(figures);
    }

    /** The question with its charts drawn: figures after the Answer, inline ones placed in the text. */
    public Question withCharts(Html scenario, Html answer, List<Figure> figures) {
        return new Question(id, source, idLocation, order, tags, charts, shuffle, title, plainTitle, scenario, prompt,
                response, hints, answer, references, links, figures);
    }

    public QuestionType type() {
        return response.type();
    }

    /** The options of a choice question; none for the other kinds. */
    public List<Option> options() {
        return response instanceof Response.Choice choice ? choice.options() : List.of();
    }

}
