package dev.quizsite.maven;

import dev.quizsite.site.BuildResult;
import dev.quizsite.site.SiteBuilder;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the course and exports it for learning management systems: a QTI 2.1 package (Canvas New
 * Quizzes, OpenOLAT), a Canvas-flavoured QTI 1.2 package (Canvas, Blackboard) and Moodle XML,
 * into {@code exportDirectory}. A course with errors is reported as {@code build} reports it, and
 * nothing is exported. External links are not checked here ({@code build} does that).
 */
@Mojo(name = "export", requiresProject = false, threadSafe = true)
public class ExportMojo extends CourseMojo {

    /** The formats to write: any of {@code qti21}, {@code canvas}, {@code moodle}. Default: all three. */
    @Parameter(property = "quizsite.exports", defaultValue = "qti21,canvas,moodle")
    private List<String> exports;

    @Override
    public void execute() throws MojoFailureException {
        BuildResult result = new SiteBuilder().build(buildOptions(defaultLinkOptions(), exports));
        ProblemLog.log(result.report(), getLog());
        if (!result.succeeded()) {
            throw new MojoFailureException("The course was not exported: " + result.report().counts()
                    + " (listed above). No export file was written.");
        }
        getLog().info(result.summary(outputDirectory.toPath()));
        logExports(result, getLog());
    }

    /** One line per export file written. */
    static void logExports(BuildResult result, Log log) {
        for (Path file : result.exports()) {
            log.info(result.exportLine(file));
        }
    }
}
