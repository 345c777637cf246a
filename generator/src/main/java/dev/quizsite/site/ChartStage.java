package dev.quizsite.site;

import dev.quizsite.chart.ChartData;
import dev.quizsite.chart.ChartLoader;
import dev.quizsite.chart.Charts;
import dev.quizsite.i18n.Messages;
import dev.quizsite.load.SourceLoader;
import dev.quizsite.model.ChartUse;
import dev.quizsite.model.Figure;
import dev.quizsite.model.ParsedFile;
import dev.quizsite.model.Question;
import dev.quizsite.report.Report;
import dev.quizsite.report.Suggestion;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The chart stage: reads and checks every data file, checks the chart names of every question
 * file (those with other errors too, so that all their mistakes show in one build), and draws the
 * charts used. Charts after the Answer become the question's figures; those of fenced chart
 * blocks are placed by the render stage through the theme's {@code partials/figure.peb}.
 */
final class ChartStage {

    /**
     * @param questions the questions with their figures after the Answer
     * @param drawn     every chart used, by name
     * @param csvFiles  the data files of the charts drawn, by name, to publish under {@code data/}
     * @param dataKey   a hash of every data file read: pages change when one does
     */
    record Result(List<Question> questions, Map<String, Figure> drawn, Map<String, byte[]> csvFiles, String dataKey) {
    }

    private ChartStage() {
    }

    static Result run(List<ParsedFile> files, List<Question> questions, BuildSettings settings, SourceLoader loader,
            Messages messages, Report report) {
        // Every data file is checked, used or not: a broken file should fail the build that added it.
        Map<String, ChartData> data = settings.data()
                .map(folder -> ChartLoader.loadFolder(folder, loader, report))
                .orElse(Map.of());
        String folder = settings.data().map(loader::display).orElse("(no data folder set)");
        // a missing folder is the likelier mistake then, and the one to fix first
        String missingFolder = settings.data().filter(f -> !Files.isDirectory(f))
                .map(f -> " (the folder does not exist: create it, or name another with -Dquizsite.data=…)").orElse("");
        for (ParsedFile file : files) {
            for (ChartUse use : file.charts()) {
                if (!data.containsKey(use.name())) {
                    report.error(use.location().file(), use.location().line(), use.location().column(),
                            "no data file `" + use.name() + ".csv` in " + folder + missingFolder
                                    + Suggestion.hint(use.name(), data.keySet()));
                }
            }
        }
        Map<String, Figure> drawn = new TreeMap<>();
        Map<String, byte[]> csvFiles = new TreeMap<>();
        List<Question> out = new ArrayList<>(questions.size());
        for (Question question : questions) {
            List<Figure> after = new ArrayList<>();
            for (ChartUse use : question.charts()) {
                ChartData chart = data.get(use.name());
                if (chart == null) {
                    continue; // reported above
                }
                Figure figure = drawn.computeIfAbsent(use.name(), name -> Charts.figure(chart, messages));
                csvFiles.computeIfAbsent(chart.name(), name -> read(chart, loader, report));
                if (!use.inline()) {
                    after.add(figure);
                }
            }
            out.add(after.isEmpty() ? question : question.withCharts(question.scenario(), question.answer(), after));
        }
        StringBuilder key = new StringBuilder();
        data.values().forEach(d -> key.append(d.name()).append(' ').append(d.spec()).append(d.header()).append(d.rows()).append('\n'));
        return new Result(out, drawn, csvFiles, dev.quizsite.store.Store.hash(key.toString()));
    }

    private static byte[] read(ChartData chart, SourceLoader loader, Report report) {
        try {
            return Files.readAllBytes(chart.path());
        } catch (IOException e) {
            report.error(loader.display(chart.path()), 0, 0, "cannot read the data file to publish it: " + e.getMessage());
            return new byte[0];
        }
    }
}
