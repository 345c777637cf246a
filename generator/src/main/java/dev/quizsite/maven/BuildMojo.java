package dev.quizsite.maven;

import dev.quizsite.site.BuildResult;
import dev.quizsite.site.BuildOptions;
import dev.quizsite.site.SiteBuilder;
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
public class BuildMojo extends LinkCheckingMojo {

    /** Remembers, per project and Maven run, the settings of a build that already ran. */
    private static final String BUILT = "dev.quizsite.built";

    /** Skip building the site. */
    @Parameter(property = "quizsite.skip", defaultValue = "false")
    private boolean skip;

    /**
     * LMS exports to write after the site: any of {@code qti21}, {@code canvas}, {@code moodle}
     * ({@code -Dquizsite.exports=qti21,canvas,moodle}), into {@code exportDirectory}. Default: none.
     */
    @Parameter(property = "quizsite.exports")
    private List<String> exports;

    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("Skipping the quiz site (quizsite.skip)");
            return;
        }
        BuildOptions options = buildOptions(linkOptions(), exports == null ? List.of() : exports);
        // `mvn package site` runs both the package and the site execution: build once per run.
        if (project != null && options.equals(project.getContextValue(BUILT))) {
            getLog().info("The quiz site was already built in this Maven run: " + outputDirectory);
            return;
        }
        BuildResult result = new SiteBuilder().build(options);
        ProblemLog.log(result.report(), getLog());
        LinkLog.log(result.links(), linksReports.toPath(), getLog());
        if (!result.succeeded()) {
            throw new MojoFailureException("The quiz site was not built: " + result.report().counts()
                    + " (listed above). The previous site, if any, is unchanged.");
        }
        if (project != null) {
            project.setContextValue(BUILT, options);
        }
        result.notices().forEach(getLog()::warn);
        getLog().info(result.summary(outputDirectory.toPath()));
        getLog().debug("Time by stage: " + result.phaseLine());
        ExportMojo.logExports(result, getLog());
    }
}
