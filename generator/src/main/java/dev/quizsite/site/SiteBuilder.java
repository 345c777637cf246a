package dev.quizsite.site;

import dev.quizsite.load.SourceFile;
import dev.quizsite.load.SourceLoader;
import dev.quizsite.markdown.MarkdownEngine;
import dev.quizsite.model.Course;
import dev.quizsite.model.Question;
import dev.quizsite.parse.QuestionParser;
import dev.quizsite.render.PageRenderer;
import dev.quizsite.report.Report;
import dev.quizsite.validate.CourseValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pipeline: load → parse → validate → charts → render → write. Problems of every stage are collected in
 * one report; the site is written only when there are no errors, and then all at once.
 */
public final class SiteBuilder {

    public BuildResult build(BuildSettings settings) {
        long start = System.nanoTime();
        Report report = new Report();
        SourceLoader loader = new SourceLoader(settings.projectRoot());
        if (!Files.isDirectory(settings.questions())) {
            report.error(loader.display(settings.questions()), 0, 0, "the questions folder does not exist");
            return new BuildResult(report, 0, 0, since(start));
        }
        List<SourceFile> sources = loader.loadFolder(settings.questions(), report);
        QuestionParser parser = new QuestionParser(new MarkdownEngine(settings.rawHtml()));
        List<Question> questions = sources.parallelStream()
                .map(source -> parser.parse(source, report))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingInt(Question::order).thenComparing(Question::source))
                .toList();
        CourseValidator.validate(questions, report);
        ChartStage.Result charts = ChartStage.run(questions, settings, loader, report);
        if (report.hasErrors()) {
            return new BuildResult(report, questions.size(), 0, since(start));
        }
        Course course = new Course(settings.title(), settings.language(), settings.description(), charts.questions());
        int pages = write(course, charts.csvFiles(), settings, loader, report);
        return new BuildResult(report, questions.size(), pages, since(start));
    }

    private static int write(Course course, Map<String, Path> csvFiles, BuildSettings settings, SourceLoader loader,
            Report report) {
        String shownOutput = loader.display(settings.output());
        SiteOutput output;
        try {
            output = SiteOutput.open(settings.output());
        } catch (SiteOutput.ForeignFolderException e) {
            report.error(shownOutput, 0, 0, "refusing to write the site here: " + e.getMessage());
            return 0;
        } catch (IOException e) {
            report.error(shownOutput, 0, 0, "cannot prepare the output folder: " + e.getMessage());
            return 0;
        }
        try {
            PageRenderer renderer = new PageRenderer(settings.templates());
            int pages = new PageWriter(renderer, course, output.staging()).writeAll();
            ThemeAssets.copy(settings.assets(), output.staging());
            copyData(csvFiles, output.staging().resolve("data"));
            output.commit();
            return pages;
        } catch (PageRenderer.TemplateException e) {
            report.error(templatePath(e.template(), settings, loader), e.line(), 0,
                    "template error: " + e.getMessage());
        } catch (IOException e) {
            report.error(shownOutput, 0, 0, "cannot write the site: " + e);
        }
        try {
            output.abandon();
        } catch (IOException e) {
            report.warning(shownOutput, 0, 0, "could not remove the unfinished site: " + e.getMessage());
        }
        return 0;
    }

    /** The data files of the charts drawn, downloadable from their pages. */
    private static void copyData(Map<String, Path> csvFiles, Path folder) throws IOException {
        if (!csvFiles.isEmpty()) {
            Files.createDirectories(folder);
        }
        for (Map.Entry<String, Path> file : csvFiles.entrySet()) {
            Files.copy(file.getValue(), folder.resolve(file.getKey() + ".csv"));
        }
    }

    private static String templatePath(String template, BuildSettings settings, SourceLoader loader) {
        Optional<Path> override = settings.templates().map(dir -> dir.resolve(template)).filter(Files::exists);
        return override.map(loader::display).orElse("(default theme) " + template);
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
