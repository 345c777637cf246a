package dev.quizsite.maven;

import dev.quizsite.links.LinkOptions;
import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/** The {@code quizsite.links.*} parameters, shared by {@code build} and {@code check-links}. */
abstract class LinkCheckingMojo extends CourseMojo {

    /** Skip external link checks (internal links are still checked). Maven's offline mode ({@code -o}) does the same. */
    @Parameter(property = "quizsite.links.offline", defaultValue = "false")
    protected boolean linksOffline;

    /** Skip external link checks by choice, for example in a quick local build. */
    @Parameter(property = "quizsite.links.skipExternal", defaultValue = "false")
    protected boolean linksSkipExternal;

    /** Which external link problems fail the build: none, broken, blocked, transient or redirected (each includes the ones before). */
    @Parameter(property = "quizsite.links.failOn", defaultValue = "broken")
    protected String linksFailOn;

    /** Time to open a connection ({@code 5s}, {@code 500ms}). */
    @Parameter(property = "quizsite.links.connectTimeout", defaultValue = "5s")
    protected String linksConnectTimeout;

    /** Time from a request to its response headers, and to read a page for its anchors. */
    @Parameter(property = "quizsite.links.requestTimeout", defaultValue = "5s")
    protected String linksRequestTimeout;

    /** All attempts at one URL together, waits between retries included. */
    @Parameter(property = "quizsite.links.urlBudget", defaultValue = "12s")
    protected String linksUrlBudget;

    /** Requests in flight to one host at once. */
    @Parameter(property = "quizsite.links.perHost", defaultValue = "2")
    protected int linksPerHost;

    /** URLs checked at once over all hosts. */
    @Parameter(property = "quizsite.links.maxConcurrent", defaultValue = "64")
    protected int linksMaxConcurrent;

    /** Further attempts after a timeout, reset, 5xx or 429. */
    @Parameter(property = "quizsite.links.retries", defaultValue = "2")
    protected int linksRetries;

    /** Regular expressions; external URLs matching one are not checked (comma-separated on the command line). */
    @Parameter(property = "quizsite.links.ignore")
    protected List<String> linksIgnore;

    /** Per-host settings: {@code <linkHosts><host><name>…</name><maxConcurrent>1</maxConcurrent><timeout>20s</timeout><skip>false</skip></host></linkHosts>}. */
    @Parameter
    protected List<LinkHost> linkHosts;

    /** Where successful external checks are remembered between builds. */
    @Parameter(property = "quizsite.links.cacheDir", defaultValue = "${basedir}/target/quizsite-links/cache")
    protected File linksCacheDir;

    /** How long a remembered success is trusted ({@code 1d}, {@code 12h}); failures are never remembered. */
    @Parameter(property = "quizsite.links.cacheTtl", defaultValue = "1d")
    protected String linksCacheTtl;

    /** Folder for the link reports (JSON and JUnit XML). */
    @Parameter(property = "quizsite.links.reports", defaultValue = "${basedir}/target/quizsite-links")
    protected File linksReports;

    /** These parameters as the core's link options; Maven's offline mode skips external checks too. */
    protected LinkOptions linkOptions() {
        List<LinkOptions.Host> hosts = linkHosts == null ? List.of() : linkHosts.stream()
                .map(h -> new LinkOptions.Host(h.name, h.maxConcurrent, h.timeout, h.skip)).toList();
        return new LinkOptions(linksOffline || session.isOffline(), linksSkipExternal, linksFailOn,
                linksConnectTimeout, linksRequestTimeout, linksUrlBudget, linksPerHost, linksMaxConcurrent,
                linksRetries, linksIgnore, hosts, linksCacheDir.toPath(), linksCacheTtl);
    }
}
