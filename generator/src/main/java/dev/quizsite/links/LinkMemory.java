package dev.quizsite.links;

import dev.quizsite.model.Question;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The preview's memory of its last link check: a rebuild after one question changed renders one
 * page anew, and checking the other ten thousand again would cost more than the rest of the
 * rebuild. A question page's verdicts are reused while the page is the same object (the build
 * cache hands out the same page for the same content) and the site around it is the same: the
 * same files, and every page with the same anchors. Another page's (the index's) are reused
 * only while, besides, every question's links are where they were: a link on such a page is
 * reported where any question wrote it. A one-shot build uses {@link #none()}.
 */
public final class LinkMemory {

    private final boolean enabled;
    private Set<String> files = Set.of();
    private Map<String, RenderedPage> pages = Map.of();
    /** Every question's links and references at the last check, to see whether any moved. */
    private List<List<?>> sources = List.of();
    private boolean sameSources;
    private final Map<RenderedPage, InternalChecker.PageFound> found = new IdentityHashMap<>();

    private LinkMemory(boolean enabled) {
        this.enabled = enabled;
    }

    /** A memory kept between checks. */
    public static LinkMemory kept() {
        return new LinkMemory(true);
    }

    /** No memory: every page is checked. */
    public static LinkMemory none() {
        return new LinkMemory(false);
    }

    /** Starts a check of {@code pages} in a site of {@code files}; forgets everything if the site around the pages changed. */
    synchronized void begin(Set<String> newFiles, Map<String, RenderedPage> newPages, List<Question> questions) {
        if (!enabled) {
            return;
        }
        List<List<?>> newSources = new ArrayList<>(questions.size() * 2);
        questions.forEach(q -> {
            newSources.add(q.links());
            newSources.add(q.references());
        });
        sameSources = newSources.size() == sources.size();
        for (int i = 0; sameSources && i < newSources.size(); i++) {
            // The same list when the file is unchanged; an equal one when an edit left its links where they were.
            sameSources = newSources.get(i) == sources.get(i) || newSources.get(i).equals(sources.get(i));
        }
        sources = newSources;
        boolean sameSite = newFiles.equals(files) && newPages.size() == pages.size();
        if (sameSite) {
            for (Map.Entry<String, RenderedPage> page : newPages.entrySet()) {
                RenderedPage before = pages.get(page.getKey());
                if (before == null || before != page.getValue() && !before.anchors().equals(page.getValue().anchors())) {
                    sameSite = false;
                    break;
                }
            }
        }
        Map<RenderedPage, InternalChecker.PageFound> still = new IdentityHashMap<>();
        if (sameSite) {
            newPages.values().forEach(p -> {
                InternalChecker.PageFound known = found.get(p);
                if (known != null) {
                    still.put(p, known);
                }
            });
        }
        found.clear();
        found.putAll(still); // only the pages of this site: the memory does not grow with every edit
        files = newFiles;
        pages = new HashMap<>(newPages);
    }

    synchronized Optional<InternalChecker.PageFound> reuse(RenderedPage page) {
        return isQuestionPage(page) || sameSources ? Optional.ofNullable(found.get(page)) : Optional.empty();
    }

    synchronized void keep(RenderedPage page, InternalChecker.PageFound verdicts) {
        if (enabled) {
            found.put(page, verdicts);
        }
    }

    /**
     * A question's page ({@code ID/index.html}): its links were written in that question alone,
     * whose file is unchanged when its page is.
     */
    private static boolean isQuestionPage(RenderedPage page) {
        int slash = page.path().indexOf('/');
        return slash > 0 && page.path().indexOf('/', slash + 1) < 0 && page.path().endsWith("/index.html");
    }
}
