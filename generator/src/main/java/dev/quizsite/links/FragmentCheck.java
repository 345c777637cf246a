package dev.quizsite.links;

import java.util.Set;

/** Turns a page's probe into the verdict on one URL of that page, {@code #fragment} included. */
final class FragmentCheck {

    private FragmentCheck() {
    }

    /** @param fragment the URL's fragment, decoded; null when it has none */
    static LinkResult result(PageProbe page, String url, String fragment) {
        LinkResult base = page.result().withUrl(url);
        if (!base.linkClass().isSuccess() || fragment == null || Anchors.needsNoElement(fragment)
                || page.anchors().isEmpty()) {
            return base;
        }
        Set<String> anchors = page.anchors().get();
        if (anchors.contains(fragment)) {
            return base;
        }
        if (page.complete()) {
            return base.withClass(LinkClass.BROKEN, "the page has no anchor #" + fragment);
        }
        return base.withClass(LinkClass.TRANSIENT, "anchor #" + fragment + " not found " + page.cutOff()
                + " of the page");
    }
}
