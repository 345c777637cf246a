package dev.quizsite.maven;

import dev.quizsite.markdown.MarkdownEngine.RawHtml;
import dev.quizsite.site.BuildResult;
import dev.quizsite.site.BuildSettings;
import dev.quizsite.site.SiteBuilder;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the quiz site: reads the question files, checks them, and writes a static HTML site.
 * Every problem in the course is reported at once, as {@code file:line:col: error: message}; when
 * there is any error the previous site is left as it was.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, requiresProject = false, threadSafe = true)
public class BuildMojo extends AbstractMojo {

    /** Folder holding the question files ({@code *.md}). */
    @Parameter(property = "quizsite.questions", defaultValue = "${basedir}/questions")
    private File questions;

    /** Folder the site is written to; replaced as a whole by each successful build. */
    @Parameter(property = "quizsite.outputDirectory", defaultValue = "${basedir}/target/quizsite")
    private File outputDirectory;

    /** Templates that override the default theme's, by file name (for example {@code question.peb}). */
    @Parameter(property = "quizsite.templates", defaultValue = "${basedir}/templates")
    private File templates;

    /** Files copied over the default theme's assets (for example {@code quiz.css}). */
    @Parameter(property = "quizsite.assets", defaultValue = "${basedir}/assets")
    private File assets;

    /** Folder of chart data files ({@code *.csv} with their provenance). */
    @Parameter(property = "quizsite.data", defaultValue = "${basedir}/data")
    private File data;

    /** The course title, shown on every page. */
    @Parameter(property = "quizsite.title", defaultValue = "Quiz")
    private String title;

    /** The language of the course's text, as a BCP 47 tag ({@code lang} of every page). */
    @Parameter(property = "quizsite.language", defaultValue = "en")
    private String language;

    /** A one-sentence description of the course, for the index page and search engines. */
    @Parameter(property = "quizsite.description", defaultValue = "")
    private String description;

    /**
     * Allow HTML inside question files. Off by default: HTML is shown as text. When on, it is kept
     * after removing scripts, event handlers and unsafe URLs (Jsoup's relaxed safelist).
     */
    @Parameter(property = "quizsite.allowRawHtml", defaultValue = "false")
    private boolean allowRawHtml;

    /** Skip building the site. */
    @Parameter(property = "quizsite.skip", defaultValue = "false")
    private boolean skip;

    /** Skip external link checks (internal links are still checked). Maven's offline mode ({@code -o}) does the same. */
    @Parameter(property = "quizsite.links.offline", defaultValue = "false")
    private boolean linksOffline;

    /** Skip external link checks by choice, for example in a quick local build. */
    @Parameter(property = "quizsite.links.skipExternal", defaultValue = "false")
    private boolean linksSkipExternal;

    /** Which external link problems fail the build: none, broken, blocked, transient or redirected (each includes the ones before). */
    @Parameter(property = "quizsite.links.failOn", defaultValue = "broken")
    private String linksFailOn;

    /** Time to open a connection ({@code 5s}, {@code 500ms}). */
    @Parameter(property = "quizsite.links.connectTimeout", defaultValue = "5s")
    private String linksConnectTimeout;

    /** Time from a request to its response headers, and to read a page for its anchors. */
    @Parameter(property = "quizsite.links.requestTimeout", defaultValue = "5s")
    private String linksRequestTimeout;

    /** All attempts at one URL together, waits between retries included. */
    @Parameter(property = "quizsite.links.urlBudget", defaultValue = "12s")
    private String linksUrlBudget;

    /** Requests in flight to one host at once. */
    @Parameter(property = "quizsite.links.perHost", defaultValue = "2")
    private int linksPerHost;

    /** URLs checked at once over all hosts. */
    @Parameter(property = "quizsite.links.maxConcurrent", defaultValue = "64")
    private int linksMaxConcurrent;

    /** Further attempts after a timeout, reset, 5xx or 429. */
    @Parameter(property = "quizsite.links.retries", defaultValue = "2")
    private int linksRetries;

    /** Regular expressions; external URLs matching one are not checked (comma-separated on the command line). */
    @Parameter(property = "quizsite.links.ignore")
    private List<String> linksIgnore;

    /** Per-host settings: {@code <linkHosts><host><name>…</name><maxConcurrent>1</maxConcurrent><timeout>20s</timeout><skip>false</skip></host></linkHosts>}. */
    @Parameter
    private List<LinkHost> linkHosts;

    /** Where successful external checks are remembered between builds. */
    @Parameter(property = "quizsite.links.cacheDir", defaultValue = "${basedir}/target/quizsite-links/cache")
    private File linksCacheDir;

    /** How long a remembered success is trusted ({@code 1d}, {@code 12h}); failures are never remembered. */
    @Parameter(property = "quizsite.links.cacheTtl", defaultValue = "1d")
    private String linksCacheTtl;

    /** Folder for the link reports (JSON and JUnit XML). */
    @Parameter(property = "quizsite.links.reports", defaultValue = "${basedir}/target/quizsite-links")
    private File linksReports;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("Skipping the quiz site (quizsite.skip)");
            return;
        }
        BuildSettings settings = new BuildSettings(
                Path.of(session.getExecutionRootDirectory()),
                questions.toPath(),
                outputDirectory.toPath(),
                Optional.of(templates.toPath()),
                Optional.of(assets.toPath()),
                Optional.of(data.toPath()),
                title,
                language,
                description,
                allowRawHtml ? RawHtml.SANITIZED : RawHtml.ESCAPED)
                .withLinks(LinkParameters.builder(linksOffline || session.isOffline(), linksSkipExternal, linksFailOn,
                        linksConnectTimeout, linksRequestTimeout, linksUrlBudget, linksPerHost, linksMaxConcurrent,
                        linksRetries, linksIgnore, linkHosts, linksCacheDir.toPath(), linksCacheTtl).build());
        BuildResult result = new SiteBuilder().build(settings);
        ProblemLog.log(result.report(), getLog());
        LinkParameters.log(result.links(), linksReports.toPath(), settings.links().failOn(), getLog());
        if (!result.succeeded()) {
            throw new MojoFailureException("The quiz site was not built: " + result.report().counts()
                    + " (listed above). The previous site, if any, is unchanged.");
        }
        getLog().info(String.format("Quiz site: %d questions, %d pages in %d ms -> %s",
                result.questions(), result.pages(), result.elapsed().toMillis(), outputDirectory));
    }
}
