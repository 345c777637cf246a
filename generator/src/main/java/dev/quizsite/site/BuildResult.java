package dev.quizsite.site;

import dev.quizsite.report.Report;
import java.time.Duration;

/** What a build did: its problems, and what it wrote when it succeeded. */
public record BuildResult(Report report, int questions, int pages, Duration elapsed) {

    public boolean succeeded() {
        return !report.hasErrors();
    }
}
