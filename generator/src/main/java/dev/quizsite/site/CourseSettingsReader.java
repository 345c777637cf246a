package dev.quizsite.site;

import dev.quizsite.config.BaseUrl;
import dev.quizsite.config.CourseConfig;
import dev.quizsite.config.CourseConfigFile;
import dev.quizsite.config.CourseSettings;
import dev.quizsite.load.SourceLoader;
import dev.quizsite.report.Report;
import java.util.Optional;

/**
 * Layers the course settings: the POM and command line first, then {@code quizsite.yml}, then the
 * built-in defaults. The POM wins because a {@code -Dquizsite.title=…} on the command line is the
 * most specific thing an author can say, and Maven maps it onto the same parameters as the POM.
 */
final class CourseSettingsReader {

    private CourseSettingsReader() {
    }

    static CourseSettings read(BuildSettings settings, SourceLoader loader, Report report) {
        CourseConfig fromFile = settings.courseConfig()
                .flatMap(file -> CourseConfigFile.read(file, loader, report))
                .orElse(CourseConfig.EMPTY);
        // The id is the one setting where the file wins: the POM gives only a default, its artifactId.
        CourseConfig given = settings.given();
        CourseConfig layered = checked(given, settings.parametersAt(), report).or(fromFile);
        return CourseSettings.resolve(new CourseConfig(layered.title(), layered.baseUrl(), layered.language(),
                layered.description(), layered.order(), layered.shuffle(), layered.rawHtml(), layered.messages(),
                fromFile.id().or(given::id)));
    }

    /** The POM's base URL gets the same check as the file's; its mistakes are named by property. */
    private static CourseConfig checked(CourseConfig given, String where, Report report) {
        Optional<String> baseUrl = given.baseUrl().flatMap(text -> {
            BaseUrl.Result checked = BaseUrl.check(text);
            checked.problem().ifPresent(problem -> report.error(where, 0, 0, "<baseUrl> (quizsite.baseUrl): " + problem));
            return checked.url();
        });
        return new CourseConfig(given.title(), baseUrl, given.language(), given.description(), given.order(),
                given.shuffle(), given.rawHtml());
    }
}
