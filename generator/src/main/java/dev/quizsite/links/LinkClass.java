package dev.quizsite.links;

/** What checking a link found out, from the reader's point of view. */
public enum LinkClass {
    /** The target answered with success (and every anchor asked for exists). */
    OK("ok"),
    /** Reached after one or more redirects; the result names the final URL. */
    REDIRECTED("redirected"),
    /** Gone or never there: 404, 410, other 4xx, unknown host, bad syntax, missing file or anchor. */
    BROKEN("broken"),
    /** Might work later: 5xx, 429, timeouts, resets, a body too slow to read an anchor from. */
    TRANSIENT("transient"),
    /** The server refuses robots (bot protection, 999, 401/403): a person must look. */
    BLOCKED("blocked"),
    /** Not checked on purpose: ignored, offline, no network. */
    SKIPPED("skipped");

    private final String label;

    LinkClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isSuccess() {
        return this == OK || this == REDIRECTED;
    }
}
