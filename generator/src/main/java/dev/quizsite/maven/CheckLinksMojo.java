package dev.quizsite.maven;

import dev.quizsite.links.LinkCheckResult;
import dev.quizsite.links.LinkChecker;
import dev.quizsite.links.LinkSettings;
import dev.quizsite.load.SourceLoader;
import dev.quizsite.report.Report;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the links of a site built earlier, without rebuilding it (for CI pipelines): internal
 * links and anchors, and external links unless offline. Problems are reported at the Markdown
 * line that holds each link (read from the questions folder), with JSON and JUnit XML reports.
 */
@Mojo(name = "check-links", requiresProject = false, threadSafe = true)
public class CheckLinksMojo extends AbstractMojo {

    /** The built site to check. */
    @Parameter(property = "quizsite.outputDirectory", defaultValue = "${basedir}/target/quizsite")
    private File outputDirectory;

    /** The question files the site was built from, to report each link where it is written. */
    @Parameter(property = "quizsite.questions", defaultValue = "${basedir}/questions")
    private File questions;

    /** Skip external link checks (internal links are still checked). Maven's offline mode ({@code -o}) does the same. */
    @Parameter(property = "quizsite.links.offline", defaultValue = "false")
    private boolean linksOffline;

    /** Skip external link checks by choice. */
    @Parameter(property = "quizsite.links.skipExternal", defaultValue = "false")
    private boolean linksSkipExternal;

    /** Which external link problems fail: none, broken, blocked, transient or redirected (each includes the ones before). */
    @Parameter(property = "quizsite.links.failOn", defaultValue = "broken")
    private String linksFailOn;

    /** Time to open a connection. */
    @Parameter(property = "quizsite.links.connectTimeout", defaultValue = "5s")
    private String linksConnectTimeout;

    /** Time from a request to its response headers, and to read a page for its anchors. */
    @Parameter(property = "quizsite.links.requestTimeout", defaultValue = "5s")
    private String linksRequestTimeout;

    /** All attempts at one URL together, waits included. */
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

    /** Regular expressions; external URLs matching one are not checked. */
    @Parameter(property = "quizsite.links.ignore")
    private List<String> linksIgnore;

    /** Per-host settings, as for the build goal. */
    @Parameter
    private List<LinkHost> linkHosts;

    /** Where successful external checks are remembered between runs. */
    @Parameter(property = "quizsite.links.cacheDir", defaultValue = "${basedir}/target/quizsite-links/cache")
    private File linksCacheDir;

    /** How long a remembered success is trusted. */
    @Parameter(property = "quizsite.links.cacheTtl", defaultValue = "1d")
    private String linksCacheTtl;

    /** Folder for the link reports (JSON and JUnit XML). */
    @Parameter(property = "quizsite.links.reports", defaultValue = "${basedir}/target/quizsite-links")
    private File linksReports;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Override
    public void execute() throws MojoFailureException {
        Path root = Path.of(session.getExecutionRootDirectory());
        Path site = outputDirectory.toPath();
        if (!Files.isDirectory(site)) {
            throw new MojoFailureException("No site to check at " + site + "; build it first (quizsite:build)"
                    + " or point quizsite.outputDirectory at it.");
        }
        LinkSettings settings = LinkParameters.builder(linksOffline || session.isOffline(), linksSkipExternal,
                linksFailOn, linksConnectTimeout, linksRequestTimeout, linksUrlBudget, linksPerHost, linksMaxConcurrent,
                linksRetries, linksIgnore, linkHosts, linksCacheDir.toPath(), linksCacheTtl).build();
        Report report = new Report();
        LinkCheckResult result = new LinkChecker(settings).check(site, new SourceLoader(root).display(site),
                LinkChecker.questionsIn(root, questions.toPath()), report);
        ProblemLog.log(report, getLog());
        LinkParameters.log(result, linksReports.toPath(), settings.failOn(), getLog());
        if (report.hasErrors()) {
            throw new MojoFailureException("Link check failed: " + report.counts() + " (listed above).");
        }
    }
}
