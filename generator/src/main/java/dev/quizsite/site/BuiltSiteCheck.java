package dev.quizsite.site;

import dev.quizsite.config.CourseSettings;
import dev.quizsite.links.LinkCheckResult;
import dev.quizsite.links.LinkChecker;
import dev.quizsite.links.SiteLinks;
import dev.quizsite.load.SourceFile;
import dev.quizsite.load.SourceLoader;
import dev.quizsite.load.SourceTracker;
import dev.quizsite.model.ParsedFile;
import dev.quizsite.model.Question;
import dev.quizsite.report.Report;
import dev.quizsite.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

/**
 * {@code check-links}: the link stage alone, on a site built earlier. The question files are
 * loaded and parsed as a build does (through the same store, under the course's own raw-HTML
 * setting), so that each problem is reported where the author wrote the link.
 */
public final class BuiltSiteCheck {

    /** The problems found (the parameters', the question files' and the links') and the verdicts. */
    public record Result(Report report, LinkCheckResult links, BuildSettings settings) {
    }

    private BuiltSiteCheck() {
    }

    public static Result run(BuildOptions options) {
        Report report = new Report();
        BuildSettings settings = options.read(report);
        SourceLoader loader = new SourceLoader(settings.projectRoot());
        String shown = loader.display(settings.output());
        if (!Files.isDirectory(settings.output())) {
            report.error(shown, 0, 0, "no site to check here; build it first (quizsite:build) or point"
                    + " quizsite.outputDirectory at it");
            return new Result(report, LinkCheckResult.NONE, settings);
        }
        CourseSettings course = CourseSettingsReader.read(settings, loader, report);
        List<Question> questions = List.of();
        if (Files.isDirectory(settings.questions())) {
            Store store = settings.cache().map(Store::open).orElseGet(Store::inMemory);
            List<SourceFile> sources = new SourceTracker().load(settings.questions(), loader, report);
            questions = ParseStage.run(sources, source -> ParseStage.key(store, course.rawHtml(), source),
                    course.rawHtml(), store, report).files().stream()
                    .flatMap(f -> f instanceof ParsedFile.Valid v ? java.util.stream.Stream.of(v.question())
                            : java.util.stream.Stream.empty())
                    .toList();
            // Not saved: the store holds what the last build was made of, which this check must not prune.
        }
        try {
            SiteLinks site = SiteLinks.read(settings.output(), shown);
            return new Result(report, new LinkChecker(settings.links()).check(site, questions, report), settings);
        } catch (IOException e) {
            report.error(shown, 0, 0, "cannot read the site to check its links: " + e.getMessage());
            return new Result(report, LinkCheckResult.NONE, settings);
        }
    }
}
