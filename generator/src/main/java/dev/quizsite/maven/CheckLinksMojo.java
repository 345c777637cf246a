package dev.quizsite.maven;

import dev.quizsite.site.BuiltSiteCheck;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Checks the links of a site built earlier, without rebuilding it (for CI pipelines): internal
 * links and anchors, and external links unless offline. Problems are reported at the Markdown
 * line that holds each link (read from the questions folder), with JSON and JUnit XML reports.
 */
@Mojo(name = "check-links", requiresProject = false, threadSafe = true)
public class CheckLinksMojo extends LinkCheckingMojo {

    @Override
    public void execute() throws MojoFailureException {
        BuiltSiteCheck.Result result = BuiltSiteCheck.run(buildOptions(linkOptions()));
        ProblemLog.log(result.report(), getLog());
        LinkLog.log(result.links(), linksReports.toPath(), getLog());
        if (result.report().hasErrors()) {
            throw new MojoFailureException("Link check failed: " + result.report().counts() + " (listed above).");
        }
    }
}
