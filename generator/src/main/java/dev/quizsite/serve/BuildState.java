package dev.quizsite.serve;

import dev.quizsite.i18n.Messages;
import java.util.List;

/**
 * What the preview shows: the number of the latest build (pages reload when it changes) and,
 * when that build failed, its problems as {@code file:line:col: error: message} lines, with the
 * course's messages for the words around them.
 */
record BuildState(long version, List<String> problems, boolean failed, Messages messages) {

    BuildState {
        problems = List.copyOf(problems);
    }
}
