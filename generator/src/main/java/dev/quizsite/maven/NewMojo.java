package dev.quizsite.maven;

import dev.quizsite.load.SourceLoader;
import dev.quizsite.report.Report;
import dev.quizsite.scaffold.NewQuestion;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Creates a question file from a template, named with the next free numeric prefix (for example
 * {@code 004-what-is-overfitting.md}), and prints its path. Never overwrites a file.
 */
@Mojo(name = "new", requiresProject = false, threadSafe = true)
public class NewMojo extends AbstractMojo {

    /** Folder holding the question files; the new one is created there. */
    @Parameter(property = "quizsite.questions", defaultValue = "${basedir}/questions")
    private File questions;

    /**
     * The new question's title (its {@code # heading}); also gives the file name. Not called
     * {@code title}: that name is the course title's, and a POM's plugin-level {@code <title>}
     * would be injected here too and win over the command line. {@code -Dquizsite.title=…} still
     * works, read from the command line's properties in {@link #questionTitle()}.
     */
    @Parameter(property = "quizsite.questionTitle")
    private String questionTitle;

    /** The kind of question: multiple, single, short, numeric, ordering or matching. */
    @Parameter(property = "quizsite.type", defaultValue = "multiple")
    private String type;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Override
    public void execute() throws MojoFailureException {
        Report report = new Report();
        SourceLoader loader = new SourceLoader(Path.of(session.getExecutionRootDirectory()));
        Optional<NewQuestion.Created> created = NewQuestion.create(questions.toPath(), questionTitle(), type, loader, report);
        ProblemLog.log(report, getLog());
        if (created.isEmpty()) {
            throw new MojoFailureException("No question was created (see above).");
        }
        getLog().info("Created " + loader.display(created.get().file()) + " (id " + created.get().id() + ")");
    }

    /** {@code -Dquizsite.questionTitle}, else {@code -Dquizsite.title} as the command line gave it (never the POM's course title). */
    private String questionTitle() {
        if (questionTitle != null && !questionTitle.isBlank()) {
            return questionTitle;
        }
        String fromCommandLine = session.getUserProperties().getProperty("quizsite.title");
        return fromCommandLine != null && !fromCommandLine.isBlank() ? fromCommandLine : NewQuestion.DEFAULT_TITLE;
    }
}
