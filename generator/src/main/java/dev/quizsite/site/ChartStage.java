package dev.quizsite.site;

import dev.quizsite.chart.ChartData;
import dev.quizsite.chart.ChartLoader;
import dev.quizsite.chart.Charts;
import dev.quizsite.load.SourceLoader;
import dev.quizsite.markdown.MarkdownEngine;
import dev.quizsite.model.ChartUse;
import dev.quizsite.model.Figure;
import dev.quizsite.model.Html;
import dev.quizsite.model.Question;
import dev.quizsite.report.Report;
import dev.quizsite.report.Suggestion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The chart stage: reads and checks every data file, checks the chart names questions use, and
 * draws them (after the Answer, or in place of a fenced {@code chart} block).
 */
final class ChartStage {

    /** The questions with their charts, and the data files to publish under {@code data/}. */
    record Result(List<Question> questions, Map<String, Path> csvFiles) {
    }

    private ChartStage() {
    }

    static Result run(List<Question> questions, BuildSettings settings, SourceLoader loader, Report report) {
        // Every data file is checked, used or not: a broken file should fail the build that added it.
        Map<String, ChartData> data = settings.data()
                .map(folder -> ChartLoader.loadFolder(folder, loader, report))
                .orElse(Map.of());
        String folder = settings.data().map(loader::display).orElse("(no data folder set)");
        Map<String, Figure> drawn = new TreeMap<>();
        Map<String, Path> csvFiles = new TreeMap<>();
        List<Question> out = new ArrayList<>();
        for (Question question : questions) {
            Html scenario = question.scenario();
            Html answer = question.answer();
            List<Figure> after = new ArrayList<>();
            for (ChartUse use : question.charts()) {
                ChartData chart = data.get(use.name());
                if (chart == null) {
                    report.error(use.location().file(), use.location().line(), use.location().column(),
                            "no data file `" + use.name() + ".csv` in " + folder + Suggestion.hint(use.name(), data.keySet()));
                    continue;
                }
                Figure figure = drawn.computeIfAbsent(use.name(), name -> Charts.figure(chart));
                csvFiles.put(chart.name(), chart.path());
                if (use.inline()) {
                    // Question pages sit one folder below the site root.
                    String placeholder = MarkdownEngine.chartPlaceholder(use.name());
                    String html = Charts.html(figure, "../");
                    scenario = new Html(scenario.value().replace(placeholder, html));
                    answer = new Html(answer.value().replace(placeholder, html));
                } else {
                    after.add(figure);
                }
            }
            // Unchanged questions stay the same objects, which the preview's BuildCache compares.
            out.add(question.charts().isEmpty() ? question : question.withCharts(scenario, answer, after));
        }
        return new Result(out, csvFiles);
    }
}
