package dev.quizsite.maven;

import dev.quizsite.serve.Preview;
import dev.quizsite.site.BuildResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Previews the course at http://127.0.0.1:PORT/: builds it, serves it, and rebuilds when a
 * question, template, asset, data file or quizsite.yml changes; open pages reload by themselves.
 * Build errors are printed here and shown in the browser, and the preview keeps running.
 * Stop it with Ctrl-C.
 */
@Mojo(name = "serve", requiresProject = false, threadSafe = true)
public class ServeMojo extends CourseMojo {

    /** The port on 127.0.0.1 to serve on; 0 picks any free port. */
    @Parameter(property = "quizsite.port", defaultValue = "8000")
    private int port;

    @Override
    public void execute() throws MojoExecutionException {
        Preview preview;
        try {
            preview = Preview.start(buildOptions(defaultLinkOptions()), port, this::log);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot start the preview on 127.0.0.1:" + port + ": " + e.getMessage()
                    + (port != 0 ? " (choose another port with -Dquizsite.port=…, or 0 for any free one)" : ""), e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread onCtrlC = new Thread(() -> {
            close(preview);
            stopped.countDown();
        }, "quizsite-stop");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        getLog().info("Previewing the course at " + preview.address() + " (Ctrl-C stops)");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close(preview); // the Mojo ends without Ctrl-C (an embedding tool stopped it)
            Runtime.getRuntime().removeShutdownHook(onCtrlC);
        }
    }

    private void log(BuildResult result, Set<Path> changed) {
        ProblemLog.log(result.report(), getLog());
        String cause = changed.isEmpty() ? "" : " after a change to " + changed.stream()
                .map(p -> Path.of(session.getExecutionRootDirectory()).toAbsolutePath().relativize(p).toString())
                .sorted().collect(Collectors.joining(", "));
        if (result.succeeded()) {
            if (changed.isEmpty()) { // once, not after every save
                result.notices().forEach(getLog()::warn);
            }
            getLog().info(result.summary(outputDirectory.toPath()) + cause);
        } else {
            getLog().error("The course has errors" + cause + "; the browser shows them until they are fixed.");
        }
    }

    private void close(Preview preview) {
        try {
            preview.close();
        } catch (IOException e) {
            getLog().warn("Stopping the preview: " + e.getMessage());
        }
    }
}
