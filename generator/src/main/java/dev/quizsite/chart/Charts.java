package dev.quizsite.chart;

import dev.quizsite.text.Markup;
import dev.quizsite.model.Figure;
import dev.quizsite.model.Html;

/** Turns a data file into a {@link Figure}, and a figure into the markup of an inline chart. */
public final class Charts {

    private Charts() {
    }

    public static Figure figure(ChartData data) {
        return new Figure(data.name(), data.spec().title(), new Html(SvgChart.render(data)),
                new Html(DataTable.html(data)), data.spec().source(), data.spec().url(), "data/" + data.name() + ".csv");
    }

    /**
     * The element a fenced {@code chart} block becomes. The same markup as the theme's
     * partials/chart.peb (which draws the charts after the Answer); keep the two alike.
     *
     * @param root relative path from the page to the site root
     */
    public static String html(Figure figure, String root) {
        // The table sits beside the figure: a figure may hold only its content and one caption.
        return "<div class=\"chart-block\">\n<figure class=\"chart\">\n<div class=\"chart-scroll\" role=\"group\" tabindex=\"0\""
                + " aria-label=\"" + Markup.escape(figure.title()) + "\">\n" + figure.svg().value() + "\n</div>\n<figcaption>"
                + Markup.escape(figure.title()) + ". Source: <a href=\"" + Markup.escape(figure.url()) + "\">"
                + Markup.escape(figure.source()) + "</a>. <a href=\"" + Markup.escape(root + figure.csv())
                + "\" download>Download the data (CSV)</a></figcaption>\n</figure>\n"
                + "<details class=\"chart-data\">\n<summary>The data as a table</summary>\n"
                + figure.table().value() + "\n</details>\n</div>";
    }
}
