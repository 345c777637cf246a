package dev.quizsite.links;

import java.util.List;

/**
 * Counts of distinct URLs by verdict, for the one-line summary and the reports.
 *
 * @param theme how many of the checked were written by the theme (its assets, the pager, the index),
 *              not by the author: without saying so, "19 checked" for 4 links written read as a miscount
 */
public record LinkSummary(int checked, int ok, int redirected, int broken, int couldNotCheck, int skipped, int theme) {

    public static LinkSummary of(List<CheckedLink> links) {
        int ok = 0, redirected = 0, broken = 0, couldNotCheck = 0, skipped = 0, theme = 0;
        for (CheckedLink link : links) {
            if (link.result().linkClass() != LinkClass.SKIPPED && isTheme(link)) {
                theme++;
            }
            switch (link.result().linkClass()) {
                case OK -> ok++;
                case REDIRECTED -> redirected++;
                case BROKEN -> broken++;
                case TRANSIENT, BLOCKED -> couldNotCheck++;
                case SKIPPED -> skipped++;
            }
        }
        return new LinkSummary(links.size() - skipped, ok, redirected, broken, couldNotCheck, skipped, theme);
    }

    /** A link found in no question's Markdown is located in the rendered page: the theme wrote it. */
    private static boolean isTheme(CheckedLink link) {
        for (dev.quizsite.model.Location place : link.locations()) { // a loop: 160,000 places at 10,000 questions
            if (place.file().endsWith(".md")) {
                return false;
            }
        }
        return true;
    }

    /** "links: 31 checked (12 of them the theme's), 25 ok, 2 redirected, 1 broken, 3 could not check (4 skipped)". */
    public String line() {
        return "links: " + checked + " checked" + (theme > 0 ? " (" + theme + " of them the theme's)" : "") + ", " + ok + " ok, " + redirected + " redirected, " + broken
                + " broken, " + couldNotCheck + " could not check" + (skipped > 0 ? " (" + skipped + " skipped)" : "");
    }
}
