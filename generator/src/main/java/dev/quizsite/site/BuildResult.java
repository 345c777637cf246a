package dev.quizsite.site;

import dev.quizsite.links.LinkCheckResult;
import dev.quizsite.report.Report;
import java.time.Duration;

/** What a build did: its problems, and what it wrote when it succeeded, its links' verdicts included. */
public record BuildResult(Report report, int questions, int pages, Duration elapsed, LinkCheckResult links) {

    public BuildResult(Report report, int questions, int pages, Duration elapsed) {
        this(report, questions, pages, elapsed, LinkCheckResult.NONE);
    }

    public boolean succeeded() {
        return !report.hasErrors();
    }
}
