package dev.quizsite.maven;

import dev.quizsite.config.CourseConfig;
import dev.quizsite.markdown.MarkdownEngine.RawHtml;
import dev.quizsite.links.LinkOptions;
import dev.quizsite.site.BuildOptions;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters shared by the goals that build the course ({@code build}, {@code serve}) and
 * their mapping onto the core's {@link BuildOptions}, which the core checks (this class only
 * maps: no parameter is judged here, so that every mistake is reported with the course's).
 *
 *
 * <p>The course settings (title, baseUrl, language, description, shuffle, allowRawHtml) have no
 * Maven default on purpose: a value given in the POM or with {@code -D} wins over
 * {@code quizsite.yml}, so Maven must leave unset ones unset. Their defaults are applied by the
 * core and named in each description.
 */
abstract class CourseMojo extends AbstractMojo {

    /** Folder holding the question files ({@code *.md}). */
    @Parameter(property = "quizsite.questions", defaultValue = "${basedir}/questions")
    protected File questions;

    /** Folder the site is written to; replaced as a whole by each successful build. */
    @Parameter(property = "quizsite.outputDirectory", defaultValue = "${basedir}/target/quizsite")
    protected File outputDirectory;

    /** Templates that override the default theme's, by file name (for example {@code partials/footer.peb}). */
    @Parameter(property = "quizsite.templates", defaultValue = "${basedir}/templates")
    protected File templates;

    /** Files copied over the default theme's assets (for example {@code quiz.css}). */
    @Parameter(property = "quizsite.assets", defaultValue = "${basedir}/assets")
    protected File assets;

    /** Folder of chart data files ({@code *.csv} with their provenance). */
    @Parameter(property = "quizsite.data", defaultValue = "${basedir}/data")
    protected File data;

    /**
     * The course configuration file (title, baseUrl, language, description, order, shuffle,
     * allowRawHtml). Optional; a setting given in the POM or with {@code -D} wins over this file.
     */
    @Parameter(property = "quizsite.config", defaultValue = "${basedir}/quizsite.yml")
    protected File courseConfig;

    /** The course title, shown on every page. Default: {@code title} in quizsite.yml, else {@code Quiz}. */
    @Parameter(property = "quizsite.title")
    protected String title;

    /**
     * The address the site is published at, such as {@code https://you.github.io/course/}. Needed
     * for sitemap.xml, canonical links and Open Graph tags. Default: {@code baseUrl} in
     * quizsite.yml, else none (those are left out, with a warning).
     */
    @Parameter(property = "quizsite.baseUrl")
    protected String baseUrl;

    /**
     * The language of the course's text, as a BCP 47 tag ({@code lang} of every page).
     * Default: {@code language} in quizsite.yml, else {@code en}.
     */
    @Parameter(property = "quizsite.language")
    protected String language;

    /**
     * A one-sentence description of the course, for the index page and search engines.
     * Default: {@code description} in quizsite.yml, else none.
     */
    @Parameter(property = "quizsite.description")
    protected String description;

    /**
     * Allow HTML inside question files. When off, HTML is shown as text. When on, it is kept
     * after removing scripts, event handlers and unsafe URLs (Jsoup's relaxed safelist).
     * Default: {@code allowRawHtml} in quizsite.yml, else {@code false}.
     */
    @Parameter(property = "quizsite.allowRawHtml")
    protected Boolean allowRawHtml;

    /**
     * Show each question's options in random order (templates see it as {@code site.shuffle}).
     * Default: {@code shuffle} in quizsite.yml, else {@code false}.
     */
    @Parameter(property = "quizsite.shuffle")
    protected Boolean shuffle;

    /**
     * Folder where parse results are kept between builds, so that a rebuild parses only the
     * question files whose text changed. Deleted by {@code mvn clean}; safe to delete any time.
     */
    @Parameter(property = "quizsite.cacheDirectory", defaultValue = "${basedir}/target/quizsite-cache")
    protected File cacheDirectory;

    /**
     * Folder the LMS exports are written to ({@code build} with {@code exports}, and {@code export}):
     * {@code quizsite-qti21.zip}, {@code quizsite-canvas-qti12.zip}, {@code quizsite-moodle.xml}.
     */
    @Parameter(property = "quizsite.exportDirectory", defaultValue = "${basedir}/target/quizsite-export")
    protected File exportDirectory;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    /** The course's id when quizsite.yml gives none: readers' progress is kept under it, and the artifactId stays put. */
    @Parameter(defaultValue = "${project.artifactId}", readonly = true)
    protected String artifactId;

    @Parameter(defaultValue = "${project.file}", readonly = true)
    protected File pom;

    /** These parameters as the core's options, with the link-check options {@code links} and no exports. */
    protected BuildOptions buildOptions(LinkOptions links) {
        return buildOptions(links, List.of());
    }

    /** These parameters as the core's options, writing the exports named (checked by the core). */
    protected BuildOptions buildOptions(LinkOptions links, List<String> exports) {
        CourseConfig given = new CourseConfig(
                present(title),
                present(baseUrl),
                present(language),
                present(description),
                List.of(),
                Optional.ofNullable(shuffle),
                Optional.ofNullable(allowRawHtml).map(allow -> allow ? RawHtml.SANITIZED : RawHtml.ESCAPED),
                java.util.Map.of(), present(artifactId).map(dev.quizsite.config.CourseSettings::slug));
        Path root = Path.of(session.getExecutionRootDirectory());
        return new BuildOptions(root, parametersAt(root), questions.toPath(), outputDirectory.toPath(),
                templates.toPath(), assets.toPath(), data.toPath(), courseConfig.toPath(), given,
                cacheDirectory.toPath(), links, exports, exportDirectory.toPath());
    }

    /** Where a parameter's mistake is shown: the POM (relative to where Maven runs), or the command line without one. */
    private String parametersAt(Path root) {
        if (pom == null || !pom.isFile()) {
            return "(command line)";
        }
        Path file = pom.toPath().toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        return (file.startsWith(base) ? base.relativize(file) : file).toString().replace('\\', '/');
    }

    /** The link options of a goal that checks no external links (the preview): Maven's offline flag only. */
    protected LinkOptions defaultLinkOptions() {
        return new LinkOptions(true, false, "broken", "5s", "5s", "12s", 2, 64, 2, List.of(), List.of(),
                Path.of(session.getExecutionRootDirectory()).resolve("target/quizsite-links/cache"), "1d");
    }

    /** Maven injects nothing for an unset parameter; an empty {@code -Dquizsite.title=} counts as unset too. */
    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
