package dev.quizsite.model;

import java.io.Serializable;
import java.util.List;

/**
 * What one question file parsed to: a question, or, when the file has errors, what the rest of the
 * build still needs to know of it so that its other mistakes are found in the same build (the
 * charts it names) and other pages' links to it are not reported as broken.
 */
public sealed interface ParsedFile extends Serializable {

    /** The file's path as shown in messages. */
    String source();

    /** The page's folder name: from front matter, or the file name's slug. */
    String id();

    /** The charts the file names, in front matter and as fenced {@code chart} blocks. */
    List<ChartUse> charts();

    /** A file without errors. */
    record Valid(Question question) implements ParsedFile {
        @Override
        public String source() {
            return question.source();
        }

        @Override
        public String id() {
            return question.id();
        }

        @Override
        public List<ChartUse> charts() {
            return question.charts();
        }
    }

    /** A file with errors: no page is made of it. */
    record Invalid(String source, String id, List<ChartUse> charts) implements ParsedFile {
        public Invalid {
            charts = List.copyOf(charts);
        }
    }
}
