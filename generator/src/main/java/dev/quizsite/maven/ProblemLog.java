package dev.quizsite.maven;

import dev.quizsite.report.Problem;
import dev.quizsite.report.Report;
import org.apache.maven.plugin.logging.Log;

/** Prints a report's problems through Maven's log, each at its level, then their count. */
final class ProblemLog {

    private ProblemLog() {
    }

    static void log(Report report, Log log) {
        for (Problem problem : report.problems()) {
            if (problem.isError()) {
                log.error(problem.format());
            } else {
                log.warn(problem.format());
            }
        }
        if (!report.problems().isEmpty()) {
            log.info(report.counts());
        }
    }
}
