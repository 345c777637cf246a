package dev.quizsite.site;

import dev.quizsite.i18n.Bundles;
import dev.quizsite.i18n.Messages;
import dev.quizsite.links.LinkCheckResult;
import dev.quizsite.report.Report;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a build did: its problems, and what it wrote when it succeeded.
 *
 * @param pages     pages put in place; 0 when the build failed and the old site was kept
 * @param notices   things the author should know that are not mistakes in a file (such as parts of
 *                  the site left out for want of a setting); shown as warnings
 * @param links     the verdicts on the course's links
 * @param unchanged how many question files were taken from the build cache, their text unchanged
 *                  since the build that parsed them
 * @param exports   the LMS export files written after the site, if any were asked for
 * @param messages  the course's messages (its language), for what shows the result to readers,
 *                  such as the preview's error page
 * @param phases    how long each stage of the build took, in order
 */
public record BuildResult(Report report, int questions, int pages, Duration elapsed, List<String> notices,
        LinkCheckResult links, int unchanged, List<Path> exports, Messages messages, List<Phases.Phase> phases) {

    public BuildResult {
        notices = List.copyOf(notices);
        exports = List.copyOf(exports);
        phases = List.copyOf(phases);
    }

    /** A result without exports, in English. */
    public BuildResult(Report report, int questions, int pages, Duration elapsed, List<String> notices,
            LinkCheckResult links, int unchanged) {
        this(report, questions, pages, elapsed, notices, links, unchanged, List.of(), Bundles.english(), List.of());
    }

    /** Where the time went: "load 12 ms, parse 340 ms, …" (for {@code mvn -X} and the benchmarks). */
    public String phaseLine() {
        return Phases.line(phases);
    }

    public boolean succeeded() {
        return !report.hasErrors();
    }

    /** The one line printed after a successful build. */
    public String summary(Path output) {
        String summary = String.format("Quiz site: %s, %s in %d ms -> %s", count(questions, "question"),
                count(pages, "page"), elapsed.toMillis(), output);
        return unchanged == 0 ? summary
                : summary + String.format(" (%d of the questions unchanged since the last build, not parsed again)", unchanged);
    }

    /** The line printed for an export file written. */
    public String exportLine(Path file) {
        return "Exported " + count(questions, "question") + " -> " + file;
    }

    /** "1 question", "2 questions": the summary is read by people. */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
