package dev.quizsite.links;

import dev.quizsite.model.Location;
import dev.quizsite.model.Question;
import dev.quizsite.report.Problem;
import dev.quizsite.report.Report;
import dev.quizsite.report.Severity;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Checks every link of a rendered site: internal links always, external ones unless offline.
 * Each problem goes into the build's report at the Markdown line that holds the link, all at once.
 */
public final class LinkChecker {

    private final LinkSettings settings;
    private final Clock clock;

    public LinkChecker(LinkSettings settings) {
        this(settings, Clock.systemUTC());
    }

    /** @param clock decides what in the cache has expired, and how long a dated Retry-After asks to wait */
    public LinkChecker(LinkSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * @param questions the course's questions, for the source location of each link
     */
    public LinkCheckResult check(SiteLinks site, List<Question> questions, Report report) {
        return check(site, questions, LinkMemory.none(), report);
    }

    /** @param memory the last check's verdicts, for pages that did not change (the preview's) */
    public LinkCheckResult check(SiteLinks site, List<Question> questions, LinkMemory memory, Report report) {
        IgnoreRules ignore = new IgnoreRules(settings.ignore());
        InternalChecker.Found found = new InternalChecker(site, memory).check(questions);
        List<Note> notes = new ArrayList<>();
        List<CheckedLink> links = new ArrayList<>(found.internal().size() + found.external().size());
        if (ignore.none()) {
            links.addAll(found.internal());
        } else {
            for (CheckedLink link : found.internal()) {
                // The same rule as for external links: an ignored one is reported as skipped, not judged.
                links.add(ignore.skip(link.result().url())
                        .map(skipped -> new CheckedLink(false, skipped, link.locations())).orElse(link));
            }
        }
        try {
            links.addAll(new ExternalChecker(settings, ignore, clock).check(found.external(), notes,
                    memory.offlineVerdicts(settings)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            report.error(site.display(), 0, 0, "the link check was interrupted; external links not checked");
        }
        // Only a verdict other than ok or skipped is a problem: with nothing ignored and external
        // links not checked (the preview), those are the internal targets not ok, a few of 60,000.
        boolean onlyInternal = ignore.none() && (settings.offline() || settings.skipExternal());
        for (CheckedLink link : onlyInternal ? found.internalNotOk() : links) {
            problems(link).forEach(report::add);
        }
        return new LinkCheckResult(links, notes, settings.failOn());
    }

    /** The problems a link's verdict gives, one per place it is written. */
    List<Problem> problems(CheckedLink link) {
        LinkResult r = link.result();
        String message;
        switch (r.linkClass()) {
            case BROKEN -> message = "broken link " + r.url() + " (" + r.detail() + ")";
            case TRANSIENT -> message = "could not check " + r.url() + " (" + r.detail() + ")";
            case BLOCKED -> message = "blocked link " + r.url() + " (" + r.detail() + ")";
            case REDIRECTED -> {
                if (!r.permanent()) {
                    return List.of();
                }
                message = "permanent redirect " + r.url() + " -> " + r.finalUrl() + "; update the link";
            }
            default -> {
                return List.of();
            }
        }
        Severity severity = link.fails(settings.failOn()) ? Severity.ERROR : Severity.WARNING;
        List<Problem> problems = new ArrayList<>();
        for (Location place : new LinkedHashSet<>(link.locations())) {
            problems.add(new Problem(place.file(), place.line(), place.column(), severity, message));
        }
        return problems;
    }
}
