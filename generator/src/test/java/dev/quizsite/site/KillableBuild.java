package dev.quizsite.site;

import java.nio.file.Path;

/**
 * Runs one build in its own JVM, so that a test can kill it with SIGKILL part-way through.
 * Argument: the project root (questions/ in, target/quizsite out). Exits 0 when the site was built.
 */
public final class KillableBuild {

    private KillableBuild() {
    }

    public static void main(String[] args) {
        BuildResult result = new SiteBuilder().build(BuildSettings.defaults(Path.of(args[0])));
        result.report().problems().forEach(problem -> System.err.println(problem.format()));
        System.exit(result.succeeded() ? 0 : 1);
    }
}
