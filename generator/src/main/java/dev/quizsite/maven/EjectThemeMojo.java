package dev.quizsite.maven;

import dev.quizsite.load.SourceLoader;
import dev.quizsite.report.Report;
import dev.quizsite.scaffold.EjectTheme;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Copies the default theme's templates and assets into the course's {@code templates/} and
 * {@code assets/} folders, to edit them there. Refuses to overwrite any file.
 */
@Mojo(name = "eject-theme", requiresProject = false, threadSafe = true)
public class EjectThemeMojo extends AbstractMojo {

    /** The course's templates folder. */
    @Parameter(property = "quizsite.templates", defaultValue = "${basedir}/templates")
    private File templates;

    /** The course's assets folder. */
    @Parameter(property = "quizsite.assets", defaultValue = "${basedir}/assets")
    private File assets;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Override
    public void execute() throws MojoFailureException {
        Report report = new Report();
        SourceLoader loader = new SourceLoader(Path.of(session.getExecutionRootDirectory()));
        Optional<List<Path>> copied = EjectTheme.copy(templates.toPath(), assets.toPath(), loader, report);
        ProblemLog.log(report, getLog());
        if (copied.isEmpty()) {
            throw new MojoFailureException("The theme was not copied (see above).");
        }
        getLog().info("Copied the default theme's " + copied.get().size() + " files into "
                + loader.display(templates.toPath()) + "/ and " + loader.display(assets.toPath())
                + "/; each replaces the theme's file of the same name (delete the ones you do not change)");
    }
}
