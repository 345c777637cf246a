package dev.quizsite.chart;

import dev.quizsite.i18n.Messages;
import dev.quizsite.model.Figure;
import dev.quizsite.model.Html;

/** Turns a data file into a {@link Figure}: the chart, its data table and its provenance (partials/figure.peb shows it). */
public final class Charts {

    private Charts() {
    }

    public static Figure figure(ChartData data, Messages messages) {
        return new Figure(data.name(), data.spec().title(), new Html(SvgChart.render(data, messages)),
                new Html(DataTable.html(data)), data.spec().source(), data.spec().url(), "data/" + data.name() + ".csv");
    }
}
