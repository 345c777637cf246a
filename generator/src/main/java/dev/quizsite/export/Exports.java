package dev.quizsite.export;

import dev.quizsite.io.AtomicFiles;
import dev.quizsite.model.Course;
import dev.quizsite.model.Figure;
import dev.quizsite.report.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes the LMS exports of a course that built without errors: each asked-for format as one
 * file in the export folder ({@link ExportFormat#fileName()}), replaced atomically. Every
 * question's content is converted once ({@link ExportItem}) and written by each format; the
 * output depends only on the course, so two exports of it are byte-identical.
 */
public final class Exports {

    private Exports() {
    }

    /**
     * @param charts  every chart drawn for the course, by name
     * @param site    the site folder just written, where images with a relative source are
     * @param display a path as messages show it
     * @return the files written, in format order; none when the settings ask for none or writing failed
     *         (reported as an error at the export folder)
     */
    public static List<Path> write(Course course, Map<String, Figure> charts, ExportSettings settings, Path site,
            Function<Path, String> display, Report report) {
        if (!settings.any()) {
            return List.of();
        }
        Resources resources = new Resources(site, report);
        List<ExportItem> items = ExportItem.of(course, charts, resources);
        List<Path> written = new ArrayList<>();
        for (ExportFormat format : settings.ordered()) {
            warnOfHints(items, format, report);
            byte[] bytes = switch (format) {
                case QTI21 -> Qti21Export.write(course, items, resources);
                case CANVAS -> Canvas12Export.write(course, items, resources, report);
                case MOODLE -> MoodleXmlExport.write(course, items, resources, report);
            };
            Path target = settings.folder().resolve(format.fileName());
            try {
                AtomicFiles.write(target, bytes);
                written.add(target);
            } catch (IOException e) {
                report.error(display.apply(target), 0, 0, "cannot write the " + format.key() + " export: " + e.getMessage());
            }
        }
        return List.copyOf(written);
    }

    /**
     * QTI 2.1 and Canvas have no hints a learner opens before answering (QTI's are adaptive items, a
     * different test; Canvas has none): say so for each question that has some, rather than drop them.
     */
    private static void warnOfHints(List<ExportItem> items, ExportFormat format, Report report) {
        if (format == ExportFormat.MOODLE) {
            return; // Moodle's `hint`s, shown between tries
        }
        for (ExportItem item : items) {
            int n = item.hints().size();
            if (n > 0 && (format != ExportFormat.CANVAS || Canvas12Export.kept(item))) {
                report.warning(item.source(), 0, 0, format.title() + " has no hints to open before answering: this"
                        + " question's " + (n == 1 ? "hint is" : n + " hints are") + " not in " + format.fileName()
                        + " (Moodle XML has " + (n == 1 ? "it" : "them") + ")");
            }
        }
    }

    /** The course's identifier in every package: a slug of its title, so that a re-import finds the same quiz. */
    static String courseId(Course course) {
        String slug = Normalizer.normalize(course.title(), Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-$", "");
        }
        return "course-" + (slug.isEmpty() ? "quiz" : slug);
    }
}
