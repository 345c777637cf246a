package dev.quizsite.serve;

import dev.quizsite.site.BuildResult;
import java.nio.file.Path;
import java.util.Set;

/** Told about every build of the preview, to print its problems and timing. */
@FunctionalInterface
public interface PreviewListener {

    /** @param changed the source files whose change caused this build; empty for the first build */
    void built(BuildResult result, Set<Path> changed);
}
