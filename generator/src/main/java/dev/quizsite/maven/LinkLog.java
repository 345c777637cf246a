package dev.quizsite.maven;

import dev.quizsite.links.LinkCheckResult;
import dev.quizsite.links.LinkReports;
import dev.quizsite.links.Note;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/** Logs the link check's summary and notes, and writes its reports, for {@code build} and {@code check-links}. */
final class LinkLog {

    private LinkLog() {
    }

    static void log(LinkCheckResult result, Path reports, Log log) {
        for (Note note : result.notes()) {
            if (note.warning()) {
                log.warn(note.text());
            } else {
                log.info(note.text());
            }
        }
        if (result.links().isEmpty()) {
            return;
        }
        log.info(result.summary().line());
        try {
            List<Path> written = LinkReports.write(reports, result);
            log.info("Link reports: " + written.get(0) + ", " + written.get(1));
        } catch (IOException e) {
            log.warn("could not write the link reports to " + reports + ": " + e.getMessage());
        }
    }
}
