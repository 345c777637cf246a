package dev.quizsite.chart;

import dev.quizsite.text.Markup;
import java.util.List;
import java.util.Map;

/** The chart's data as an HTML table, cells exactly as written in the file, and its provenance. */
public final class DataTable {

    private DataTable() {
    }

    public static String html(ChartData data) {
        // Scrolls sideways on a narrow screen instead of breaking figures and headings apart; a
        // region with a name and a tab stop, so that keyboard users can scroll it too.
        StringBuilder out = new StringBuilder("<div class=\"chart-table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"")
                .append(Markup.escape(data.spec().title())).append("\">\n<table class=\"chart-table\">\n<thead><tr>");
        for (String column : data.header()) {
            out.append("<th scope=\"col\">").append(Markup.escape(data.spec().heading(column))).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : data.rows()) {
            out.append("<tr>");
            for (String cell : row) {
                out.append("<td>").append(Markup.escape(cell)).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n</div>\n<dl class=\"chart-provenance\">\n");
        for (Map.Entry<String, String> line : data.spec().provenance().entrySet()) {
            out.append("<dt>").append(Markup.escape(line.getKey())).append("</dt><dd>");
            if (line.getKey().equals("url")) { // checked to be https:// when the file was read
                out.append("<a href=\"").append(Markup.escape(line.getValue())).append("\">")
                        .append(Markup.escape(line.getValue())).append("</a>");
            } else {
                out.append(Markup.escape(line.getValue()));
            }
            out.append("</dd>\n");
        }
        return out.append("</dl>").toString();
    }
}
