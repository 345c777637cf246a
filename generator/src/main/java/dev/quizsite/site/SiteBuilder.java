package dev.quizsite.site;

import dev.quizsite.links.LinkCheckResult;
import dev.quizsite.links.LinkChecker;
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
import java.util.Optional;

/**
 * The pipeline: load → parse → validate → render → write. Problems of every stage are collected in
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
        if (report.hasErrors()) {
            return new BuildResult(report, questions.size(), 0, since(start));
        }
        Course course = new Course(settings.title(), settings.language(), settings.description(), questions);
        Written written = write(course, settings, loader, report);
        return new BuildResult(report, questions.size(), written.pages(), since(start), written.links());
    }

    /** Pages swapped in (0 when the old site was kept), and the verdicts on the links. */
    private record Written(int pages, LinkCheckResult links) {
        static final Written NOTHING = new Written(0, LinkCheckResult.NONE);
    }

    private static Written write(Course course, BuildSettings settings, SourceLoader loader, Report report) {
        String shownOutput = loader.display(settings.output());
        SiteOutput output;
        try {
            output = SiteOutput.open(settings.output());
        } catch (SiteOutput.ForeignFolderException e) {
            report.error(shownOutput, 0, 0, "refusing to write the site here: " + e.getMessage());
            return Written.NOTHING;
        } catch (IOException e) {
            report.error(shownOutput, 0, 0, "cannot prepare the output folder: " + e.getMessage());
            return Written.NOTHING;
        }
        LinkCheckResult links = LinkCheckResult.NONE;
        try {
            PageRenderer renderer = new PageRenderer(settings.templates());
            int pages = new PageWriter(renderer, course, output.staging()).writeAll();
            ThemeAssets.copy(settings.assets(), output.staging());
            // Links are checked on the staged site, so that a site with broken links never replaces the old one.
            links = new LinkChecker(settings.links()).check(output.staging(), shownOutput, course.questions(), report);
            if (!report.hasErrors()) {
                output.commit();
                return new Written(pages, links);
            }
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
        return new Written(0, links);
    }

    private static String templatePath(String template, BuildSettings settings, SourceLoader loader) {
        Optional<Path> override = settings.templates().map(dir -> dir.resolve(template)).filter(Files::exists);
        return override.map(loader::display).orElse("(default theme) " + template);
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
