package dev.quizsite.links;

import java.util.List;

/** Counts of distinct URLs by verdict, for the one-line summary and the reports. */
public record LinkSummary(int checked, int ok, int redirected, int broken, int couldNotCheck, int skipped) {

    public static LinkSummary of(List<CheckedLink> links) {
        int ok = 0, redirected = 0, broken = 0, couldNotCheck = 0, skipped = 0;
        for (CheckedLink link : links) {
            switch (link.result().linkClass()) {
                case OK -> ok++;
                case REDIRECTED -> redirected++;
                case BROKEN -> broken++;
                case TRANSIENT, BLOCKED -> couldNotCheck++;
                case SKIPPED -> skipped++;
            }
        }
        return new LinkSummary(links.size() - skipped, ok, redirected, broken, couldNotCheck, skipped);
    }

    /** "links: 31 checked, 25 ok, 2 redirected, 1 broken, 3 could not check (4 skipped)". */
    public String line() {
        return "links: " + checked + " checked, " + ok + " ok, " + redirected + " redirected, " + broken
                + " broken, " + couldNotCheck + " could not check" + (skipped > 0 ? " (" + skipped + " skipped)" : "");
    }
}
