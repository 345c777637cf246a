package dev.quizsite.maven;

import dev.quizsite.site.BuildResult;
import dev.quizsite.site.BuildSettings;
import dev.quizsite.site.SiteBuilder;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Builds the quiz site: reads the question files, checks them, and writes a static HTML site.
 * Every problem in the course is reported at once, as {@code file:line:col: error: message}; when
 * there is any error the previous site is left as it was.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, requiresProject = false, threadSafe = true)
public class BuildMojo extends CourseMojo {

    /** Remembers, per project and Maven run, the settings of a build that already ran. */
    private static final String BUILT = "dev.quizsite.built";

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

    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("Skipping the quiz site (quizsite.skip)");
            return;
        }
        BuildSettings settings = buildSettings()
                .withLinks(LinkParameters.builder(linksOffline || session.isOffline(), linksSkipExternal, linksFailOn,
                        linksConnectTimeout, linksRequestTimeout, linksUrlBudget, linksPerHost, linksMaxConcurrent,
                        linksRetries, linksIgnore, linkHosts, linksCacheDir.toPath(), linksCacheTtl).build());
        // `mvn package site` runs both the package and the site execution: build once per run.
        if (project != null && settings.equals(project.getContextValue(BUILT))) {
            getLog().info("The quiz site was already built in this Maven run: " + outputDirectory);
            return;
        }
        BuildResult result = new SiteBuilder().build(settings);
        ProblemLog.log(result.report(), getLog());
        LinkParameters.log(result.links(), linksReports.toPath(), settings.links().failOn(), getLog());
        if (!result.succeeded()) {
            throw new MojoFailureException("The quiz site was not built: " + result.report().counts()
                    + " (listed above). The previous site, if any, is unchanged.");
        }
        if (project != null) {
            project.setContextValue(BUILT, settings);
        }
        result.notices().forEach(getLog()::warn);
        getLog().info(result.summary(outputDirectory.toPath()));
    }
}
