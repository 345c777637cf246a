package dev.quizsite.site;

import dev.quizsite.config.CourseConfig;
import dev.quizsite.export.ExportSettings;
import dev.quizsite.links.LinkOptions;
import dev.quizsite.links.LinkOptionsReader;
import dev.quizsite.report.Report;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The parameters of a build as a build tool received them, unchecked: what a Mojo maps its
 * parameters to, and all it does with them. {@link #read} checks them into {@link BuildSettings},
 * reporting each mistake as a problem of the build, so that a bad parameter is reported together
 * with the course's own mistakes (as maven-enforcer collects all rules before failing).
 *
 * @param parametersAt where the parameters were written, shown with their mistakes ({@code pom.xml})
 * @param exports      the {@code <exports>} parameter's entries: format names, checked by {@link ExportSettings#read}
 */
public record BuildOptions(
        Path projectRoot,
        String parametersAt,
        Path questions,
        Path output,
        Path templates,
        Path assets,
        Path data,
        Path courseConfig,
        CourseConfig given,
        Path cache,
        LinkOptions links,
        List<String> exports,
        Path exportFolder) {

    public BuildOptions {
        exports = exports == null ? List.of() : List.copyOf(exports);
    }

    /** The settings; a parameter with a mistake is reported and keeps its default. */
    public BuildSettings read(Report report) {
        return new BuildSettings(projectRoot, questions, output, Optional.of(templates), Optional.of(assets),
                Optional.of(data), Optional.of(courseConfig), given, LinkOptionsReader.read(links, parametersAt, report),
                Optional.of(cache), parametersAt, ExportSettings.read(exports, exportFolder, parametersAt, report));
    }
}
