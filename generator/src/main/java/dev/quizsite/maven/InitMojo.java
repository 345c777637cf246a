package dev.quizsite.maven;

import dev.quizsite.load.SourceLoader;
import dev.quizsite.report.Report;
import dev.quizsite.scaffold.CourseInit;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes a new course that builds as it is: {@code pom.xml} (this plugin bound to {@code package}),
 * {@code quizsite.yml}, {@code questions/} with a sample question of each type, {@code .gitignore}
 * and {@code .github/workflows/pages.yml}. Refuses to overwrite any file. Needs no POM.
 */
@Mojo(name = "init", requiresProject = false, threadSafe = true)
public class InitMojo extends AbstractMojo {

    /** The folder to write the course into (created if missing); default: the current one. */
    @Parameter(property = "quizsite.directory", defaultValue = "${basedir}")
    private File directory;

    /** The course title written into quizsite.yml. */
    @Parameter(property = "quizsite.title", defaultValue = CourseInit.DEFAULT_TITLE)
    private String title;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Override
    public void execute() throws MojoFailureException {
        Report report = new Report();
        Path root = Path.of(session.getExecutionRootDirectory());
        SourceLoader loader = new SourceLoader(root);
        Path folder = root.resolve(directory.toPath());
        Optional<CourseInit.Created> created = CourseInit.create(folder, title, plugin.getVersion(), loader, report);
        ProblemLog.log(report, getLog());
        if (created.isEmpty()) {
            throw new MojoFailureException("No course was written (see above).");
        }
        String where = loader.display(folder);
        getLog().info("Wrote a new course in " + where + ": " + created.get().files());
        getLog().info("Next: " + (where.equals(".") ? "" : "cd " + where + " && ")
                + "mvn package (the site is in target/quizsite/), or mvn quizsite:serve for a live preview");
    }
}
