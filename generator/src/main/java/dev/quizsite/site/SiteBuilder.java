package dev.quizsite.site;

import dev.quizsite.cache.ParseCache;
import dev.quizsite.config.CourseConfigFile;
import dev.quizsite.config.CourseSettings;
import dev.quizsite.i18n.CourseMessages;
import dev.quizsite.i18n.Messages;
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
import java.nio.charset.StandardCharsets;
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

    /** Reuse from the previous build (the preview's rebuilds); empty for one-shot builds. */
    private final Optional<BuildCache> cache;

    public SiteBuilder() {
        this.cache = Optional.empty();
    }

    public SiteBuilder(BuildCache cache) {
        this.cache = Optional.of(cache);
    }

    public BuildResult build(BuildSettings settings) {
        long start = System.nanoTime();
        Report report = new Report();
        SourceLoader loader = new SourceLoader(settings.projectRoot());
        CourseSettings courseSettings = CourseSettingsReader.read(settings, loader, report);
        Messages messages = CourseMessages.resolve(courseSettings.language(), courseSettings.messages(),
                settings.courseConfig().map(loader::display).orElse(CourseConfigFile.NAME), report);
        if (!Files.isDirectory(settings.questions())) {
            report.error(loader.display(settings.questions()), 0, 0, "the questions folder does not exist");
            return new BuildResult(report, 0, 0, since(start));
        }
        List<SourceFile> sources = cache.isPresent()
                ? cache.get().load(settings.questions(), loader, report)
                : loader.loadFolder(settings.questions(), report);
        QuestionParser parser = new QuestionParser(new MarkdownEngine(courseSettings.rawHtml()));
        // The preview keeps its parse results in memory; a one-shot build may keep them on disk.
        ParseCache stored = cache.isEmpty() && settings.parseCache().isPresent()
                ? ParseCache.open(settings.parseCache().get(), courseSettings.rawHtml())
                : ParseCache.none();
        List<Question> parsed = sources.parallelStream()
                .map(source -> cache.isPresent()
                        ? cache.get().parse(source, parser, courseSettings.rawHtml(), report)
                        : stored.parse(source, parser, report))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingInt(Question::order).thenComparing(Question::source))
                .toList();
        stored.save().ifPresent(why -> report.warning(loader.display(settings.parseCache().get()), 0, 0, why));
        List<Question> questions = QuestionOrder.apply(parsed, courseSettings.order(), report);
        CourseValidator.validate(questions, report);
        ChartStage.Result charts = ChartStage.run(questions, settings, loader, report);
        if (report.hasErrors()) {
            return new BuildResult(report, questions.size(), 0, since(start));
        }
        Course course = new Course(courseSettings.title(), courseSettings.language(), courseSettings.description(),
                courseSettings.baseUrl(), courseSettings.shuffle(), charts.questions());
        Written written = write(course, messages, charts.csvFiles(), settings, loader, report);
        int unchanged = stored.reused();
        int pages = written.pages();
        List<String> notices = pages > 0 && course.baseUrl().isEmpty()
                ? List.of("No baseUrl set, so the site has no sitemap.xml, canonical links or Open Graph tags;"
                        + " set `baseUrl` in " + CourseConfigFile.NAME + " or -Dquizsite.baseUrl to the address"
                        + " the site is published at")
                : List.of();
        return new BuildResult(report, questions.size(), pages, since(start), notices, written.links(), unchanged);
    }

    /** Pages put in place (0 when the old site was kept), and the verdicts on the links. */
    private record Written(int pages, LinkCheckResult links) {
        static final Written NOTHING = new Written(0, LinkCheckResult.NONE);
    }

    private Written write(Course course, Messages messages, Map<String, Path> csvFiles, BuildSettings settings, SourceLoader loader,
            Report report) {
        String shownOutput = loader.display(settings.output());
        if (cache.isPresent() && cache.get().hasSiteIn(settings.output())) {
            return new Written(updateInPlace(course, messages, csvFiles, settings, cache.get(), shownOutput, report),
                    LinkCheckResult.NONE);
        }
        SiteOutput output;
        try {
            output = SiteOutput.open(settings.output(), inputs(settings));
        } catch (SiteOutput.ForeignFolderException e) {
            report.error(shownOutput, 0, 0, "refusing to write the site here: " + e.getMessage());
            return Written.NOTHING;
        } catch (IOException e) {
            report.error(shownOutput, 0, 0, "cannot prepare the output folder: " + e.getMessage());
            return Written.NOTHING;
        }
        LinkCheckResult links = LinkCheckResult.NONE;
        try {
            PageRenderer renderer = new PageRenderer(settings.templates(), messages);
            PageWriter pages = new PageWriter(renderer, course, output.staging(), cache, settings.output());
            int written = pages.writeAll();
            ThemeAssets.copy(settings.assets(), output.staging());
            Files.writeString(output.staging().resolve("assets/messages.js"), messages.script(), StandardCharsets.UTF_8);
            if (course.baseUrl().isPresent()) {
                Sitemap.write(course, course.baseUrl().get(), output.staging());
            }
            copyData(csvFiles, output.staging().resolve("data"));
            // Links are checked on the staged site, so that a site with broken links never replaces the old one.
            links = new LinkChecker(settings.links()).check(output.staging(), shownOutput, course.questions(),
                    pages.rendered(), report);
            if (!report.hasErrors()) {
                output.commit();
                cache.ifPresent(c -> c.committed(pages.inputs(), pages.indexInputs()));
                return new Written(written, links);
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

    /**
     * The preview's rebuild after question files changed: the site in place was made by this
     * cache's last build with the same templates, assets and settings, so only the pages whose
     * inputs changed are written (each atomically), and pages of removed questions deleted.
     */
    private static int updateInPlace(Course course, Messages messages, Map<String, Path> csvFiles, BuildSettings settings,
            BuildCache cache, String shownOutput, Report report) {
        try {
            copyData(csvFiles, settings.output().resolve("data")); // a question may have asked for a new chart
            PageWriter pages = new PageWriter(new PageRenderer(settings.templates(), messages), course, settings.output(),
                    Optional.of(cache), settings.output());
            int written = pages.writeAll();
            pages.removePagesOtherThan(cache.pagesInOutput());
            if (course.baseUrl().isPresent()) {
                Sitemap.write(course, course.baseUrl().get(), settings.output());
            }
            cache.committed(pages.inputs(), pages.indexInputs());
            return written;
        } catch (IOException | RuntimeException e) {
            cache.clear(); // the next build writes a whole new site
            report.error(shownOutput, 0, 0, "cannot update the site: " + e);
            return 0;
        }
    }

    /** Folders the build reads: the output may not be one of them, nor hold one. */
    private static List<Path> inputs(BuildSettings settings) {
        List<Path> inputs = new java.util.ArrayList<>(List.of(settings.projectRoot(), settings.questions()));
        settings.templates().ifPresent(inputs::add);
        settings.assets().ifPresent(inputs::add);
        settings.data().ifPresent(inputs::add);
        return inputs;
    }

    /** The data files of the charts drawn, downloadable from their pages. */
    private static void copyData(Map<String, Path> csvFiles, Path folder) throws IOException {
        if (!csvFiles.isEmpty()) {
            Files.createDirectories(folder);
        }
        for (Map.Entry<String, Path> file : csvFiles.entrySet()) {
            Files.copy(file.getValue(), folder.resolve(file.getKey() + ".csv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
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
