package dev.quizsite.site;

import dev.quizsite.config.CourseConfig;
import dev.quizsite.config.CourseConfigFile;
import dev.quizsite.export.ExportSettings;
import dev.quizsite.links.LinkSettings;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a build needs, as plain values: the core never sees Maven. Made from the author's
 * parameters by {@link BuildOptions#read}, which reports their mistakes with the build's others.
 *
 * @param projectRoot  paths in messages are shown relative to this folder
 * @param questions    folder of question files ({@code *.md})
 * @param output       the site folder, replaced as a whole when a build succeeds
 * @param templates    folder whose templates override the default theme's, if any
 * @param assets       folder whose files are copied over the default theme's assets, if any
 * @param data         folder of chart data files ({@code *.csv}), if any
 * @param courseConfig the course's {@code quizsite.yml}, if any (a missing file is no error)
 * @param given        course settings given in the POM or on the command line; each wins over
 *                     the same setting in {@code courseConfig}
 * @param links        how links are checked (external checks are skipped when offline)
 * @param cache        folder where the build cache is kept between builds, if any (see {@code Store})
 * @param parametersAt where the parameters were written, for messages about them ({@code pom.xml})
 * @param exports      the LMS exports written after a successful build (none unless asked for)
 */
public record BuildSettings(
        Path projectRoot,
        Path questions,
        Path output,
        Optional<Path> templates,
        Optional<Path> assets,
        Optional<Path> data,
        Optional<Path> courseConfig,
        CourseConfig given,
        LinkSettings links,
        Optional<Path> cache,
        String parametersAt,
        ExportSettings exports) {

    public BuildSettings {
        Objects.requireNonNull(projectRoot, "projectRoot");
        Objects.requireNonNull(questions, "questions");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(given, "given");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(parametersAt, "parametersAt");
        Objects.requireNonNull(exports, "exports");
    }

    /** Settings without a cache folder, whose parameter mistakes are shown at {@code pom.xml}. */
    public BuildSettings(Path projectRoot, Path questions, Path output, Optional<Path> templates, Optional<Path> assets,
            Optional<Path> data, Optional<Path> courseConfig, CourseConfig given, boolean offline, LinkSettings links) {
        this(projectRoot, questions, output, templates, assets, data, courseConfig, given,
                offline ? links.toBuilder().offline(true).build() : links, Optional.empty(), "pom.xml",
                ExportSettings.none(projectRoot.resolve("target/quizsite-export")));
    }

    /** Settings with the default link checks (successes cached in {@code target/quizsite-links/cache}). */
    public BuildSettings(Path projectRoot, Path questions, Path output, Optional<Path> templates, Optional<Path> assets,
            Optional<Path> data, Optional<Path> courseConfig, CourseConfig given, boolean offline) {
        this(projectRoot, questions, output, templates, assets, data, courseConfig, given, offline,
                LinkSettings.defaults(projectRoot.resolve("target/quizsite-links/cache")));
    }

    /** Settings with the defaults of a course at {@code root}: questions/ in, target/quizsite out. */
    public static BuildSettings defaults(Path root) {
        return new BuildSettings(root, root.resolve("questions"), root.resolve("target/quizsite"),
                Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(root.resolve(CourseConfigFile.NAME)), CourseConfig.EMPTY, false);
    }

    public BuildSettings withData(Path newData) {
        return new BuildSettings(projectRoot, questions, output, templates, assets, Optional.of(newData), courseConfig,
                given, links, cache, parametersAt, exports);
    }

    public BuildSettings withLinks(LinkSettings newLinks) {
        return new BuildSettings(projectRoot, questions, output, templates, assets, data, courseConfig, given,
                newLinks, cache, parametersAt, exports);
    }

    public BuildSettings withOutput(Path newOutput) {
        return new BuildSettings(projectRoot, questions, newOutput, templates, assets, data, courseConfig, given,
                links, cache, parametersAt, exports);
    }

    public BuildSettings withGiven(CourseConfig newGiven) {
        return new BuildSettings(projectRoot, questions, output, templates, assets, data, courseConfig, newGiven,
                links, cache, parametersAt, exports);
    }

    public BuildSettings withTemplatesAndAssets(Path newTemplates, Path newAssets) {
        return new BuildSettings(projectRoot, questions, output, Optional.of(newTemplates), Optional.of(newAssets),
                data, courseConfig, given, links, cache, parametersAt, exports);
    }

    public BuildSettings withExports(ExportSettings newExports) {
        return new BuildSettings(projectRoot, questions, output, templates, assets, data, courseConfig, given,
                links, cache, parametersAt, newExports);
    }

    public BuildSettings withCache(Path folder) {
        return new BuildSettings(projectRoot, questions, output, templates, assets, data, courseConfig, given,
                links, Optional.of(folder), parametersAt, exports);
    }
}
