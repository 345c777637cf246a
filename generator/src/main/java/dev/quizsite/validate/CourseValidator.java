package dev.quizsite.validate;

import dev.quizsite.model.Question;
import dev.quizsite.report.Report;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks that need the whole course rather than one file: unique ids, reserved names. */
public final class CourseValidator {

    /** Folder names the site itself uses; a question id may not take them. */
    public static final Set<String> RESERVED_IDS = Set.of("assets", "data", "tags", "index", "404", "results", "handout", "review", "search", "offline");

    private CourseValidator() {
    }

    /** Reports what is wrong with the course as a whole (ids reserved or used twice). */
    public static void validate(List<Question> questions, Report report) {
        Map<String, Question> byId = new HashMap<>();
        for (Question question : questions) {
            int line = question.idLocation().line();
            if (RESERVED_IDS.contains(question.id())) {
                report.error(question.source(), line, 1, "the id `" + question.id()
                        + "` is reserved for the site's own files; choose another with `id:` in the front matter");
            }
            Question first = byId.putIfAbsent(question.id(), question);
            if (first != null) {
                report.error(question.source(), line, 1, "duplicate id `" + question.id() + "`, also used by "
                        + first.source() + "; ids must be unique (set `id:` in the front matter)");
            }
        }
    }
}
