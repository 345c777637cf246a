package dev.quizsite.links;

import java.util.List;

/**
 * Everything a link check found, beyond the problems it put in the build's report.
 *
 * @param links   every distinct URL with its verdict and places
 * @param notes   lines for the console that are not problems of a link ("offline: …")
 * @param failOn  the rule the links were judged under (see {@link CheckedLink#fails})
 */
public record LinkCheckResult(List<CheckedLink> links, List<Note> notes, FailOn failOn) {

    public static final LinkCheckResult NONE = new LinkCheckResult(List.of(), List.of(), FailOn.BROKEN);

    public LinkCheckResult {
        links = List.copyOf(links);
        notes = List.copyOf(notes);
    }

    public LinkSummary summary() {
        return LinkSummary.of(links);
    }
}
