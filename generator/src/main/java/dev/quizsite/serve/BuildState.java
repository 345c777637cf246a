package dev.quizsite.serve;

import java.util.List;

/**
 * What the preview shows: the number of the latest build (pages reload when it changes) and,
 * when that build failed, its problems as {@code file:line:col: error: message} lines.
 */
record BuildState(long version, List<String> problems, boolean failed) {

    BuildState {
        problems = List.copyOf(problems);
    }
}
