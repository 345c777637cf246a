package dev.quizsite.i18n;

import dev.quizsite.report.Report;
import java.util.Map;

/** Chooses a course's messages and reports, once, the keys still shown in English. */
public final class CourseMessages {

    private CourseMessages() {
    }

    /**
     * @param where the file the warning names (the course's {@code quizsite.yml}, where the author
     *              can give the missing messages)
     */
    public static Messages resolve(String language, Map<String, String> overrides, String where, Report report) {
        Bundles.Resolution resolution = Bundles.resolve(language, overrides);
        if (!resolution.missing().isEmpty()) {
            // One warning for all keys: a list of forty warnings would bury the course's own problems.
            report.warning(where, 0, 0, "no translation into `" + language + "` for "
                    + resolution.missing().size() + " of " + Bundles.keys().size()
                    + " messages, shown in English: " + String.join(", ", resolution.missing())
                    + "; give them under `messages:` (the plugin ships " + String.join(", ", Bundles.SHIPPED) + ")");
        }
        return resolution.messages();
    }
}
