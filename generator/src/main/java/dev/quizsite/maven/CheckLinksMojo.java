package dev.quizsite.maven;

import dev.quizsite.links.LinkCheckResult;
import dev.quizsite.links.LinkChecker;
import dev.quizsite.links.LinkSettings;
import dev.quizsite.load.SourceLoader;
import dev.quizsite.report.Report;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the links of a site built earlier, without rebuilding it (for CI pipelines): internal
 * links and anchors, and external links unless offline. Problems are reported at the Markdown
 * line that holds each link (read from the questions folder), with JSON and JUnit XML reports.
 */
@Mojo(name = "check-links", requiresProject = false, threadSafe = true)
public class CheckLinksMojo extends LinkCheckingMojo {

    @Override
    public void execute() throws MojoFailureException {
        Path root = Path.of(session.getExecutionRootDirectory());
        Path site = outputDirectory.toPath();
        if (!Files.isDirectory(site)) {
            throw new MojoFailureException("No site to check at " + site + "; build it first (quizsite:build)"
                    + " or point quizsite.outputDirectory at it.");
        }
        LinkSettings settings = linkSettings();
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
