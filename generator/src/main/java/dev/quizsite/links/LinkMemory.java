package dev.quizsite.links;

import dev.quizsite.model.Question;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The preview's memory of its last link check: a rebuild after one question changed renders one
 * page anew, and checking the other ten thousand again would cost more than the rest of the
 * rebuild. A page's verdicts are reused while the page is the same object (the store hands out
 * the same page for the same content) and the site around it is the same: the same files, and
 * every page with the same anchors. A question's page is made of that question alone, so its
 * verdicts hold with it; another page (the index, which shows every title) is reported where any
 * question wrote each of its links, so its verdicts are reused only while none of its URLs moved
 * in any question: the memory keeps an index of every question's links by URL, updated by the
 * questions that changed, and the URLs those wrote before and after. A one-shot build uses
 * {@link #none()}.
 */
public final class LinkMemory {

    private final boolean enabled;
    private Set<String> files = Set.of();
    private Map<String, RenderedPage> pages = Map.of();
    /**
     * The paths of the questions' pages ({@code ID/index.html}) at the last check: asked of every
     * page on every check, so kept as paths, not made from each page's path again.
     */
    private Set<String> questionPages = Set.of();
    /** The questions at the last check, to see whose links moved. */
    private List<Question> questions = List.of();
    /** Every question's links by URL, as of {@link #questions}. */
    private SourceLocator.Index index = new SourceLocator.Index();
    /** The URL keys whose places changed since the last check; empty when none did. */
    private Set<String> moved = Set.of();
    /** Whether every URL may have moved: the course gained or lost questions since the last check. */
    private boolean everyMoved;
    /** The URL keys of each page that is not a question's, by page (made once a page). */
    private final Map<RenderedPage, Set<String>> urls = new IdentityHashMap<>();
    private final Map<RenderedPage, InternalChecker.PageFound> found = new IdentityHashMap<>();
    /**
     * The pages in {@link #found} that are not a question's: the index, the results and the review
     * queue hold ten thousand links each and are made anew by every edit of a title, so each is
     * dropped as soon as a check no longer has it, not when stale verdicts double the live ones
     * (sixty of them, kept that long, held half a gigabyte and stalled the preview's collections).
     */
    private final Set<RenderedPage> listing = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** The last check's gathering of every page's links, updated by the pages that changed. */
    private final LinkTally tally = new LinkTally();
    /**
     * What each URL on the pages that list every question (the index, the results, the review
     * queue) came to: one title edited renders those pages anew, with ten
     * thousand links each that all came to the same as before while the site's files and anchors
     * are the same. Keyed by {@link InternalChecker#outcomeKey}.
     */
    private final Map<String, InternalChecker.Outcome> outcomes = new HashMap<>();

    /** The last check's verdicts on external links made without the network, and the settings they were made under. */
    private OfflineVerdicts offline = new OfflineVerdicts();
    private Optional<LinkSettings> offlineUnder = Optional.empty();

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
        track(questions);
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
        if (!sameSite) {
            found.clear();
            urls.clear();
            listing.clear();
            outcomes.clear();
        } else {
            for (java.util.Iterator<RenderedPage> it = listing.iterator(); it.hasNext(); ) {
                RenderedPage page = it.next();
                if (newPages.get(page.path()) != page) {
                    found.remove(page);
                    urls.remove(page);
                    it.remove();
                }
            }
        }
        if (sameSite && found.size() > 2 * newPages.size()) {
            // Verdicts on pages since replaced are dropped now and then, not on every check: the
            // memory does not grow with every edit, and a rebuild does not walk every page for it.
            Map<RenderedPage, Boolean> current = new IdentityHashMap<>();
            newPages.values().forEach(p -> current.put(p, true));
            found.keySet().retainAll(current.keySet());
            urls.keySet().retainAll(current.keySet());
            listing.retainAll(current.keySet());
        }
        files = newFiles;
        pages = newPages; // the site's own map, which no one changes
    }

    /**
     * Brings the index of every question's links to {@code now}: a question whose links and
     * references are the same list (its file unchanged) or an equal one (an edit left them where
     * they were) is left alone; another is taken out as it was and put in as it is.
     */
    private void track(List<Question> now) {
        Set<String> changed = new HashSet<>();
        everyMoved = now.size() != questions.size(); // questions added or removed: positions are not comparable
        if (everyMoved) {
            index = new SourceLocator.Index();
            now.forEach(index::add);
        } else {
            for (int i = 0; i < now.size(); i++) {
                Question before = questions.get(i);
                Question after = now.get(i);
                if (!sameLinks(before, after)) {
                    changed.addAll(index.remove(before));
                    changed.addAll(index.add(after));
                }
            }
        }
        boolean sameIds = !everyMoved;
        for (int i = 0; sameIds && i < now.size(); i++) {
            sameIds = questions.get(i).id().equals(now.get(i).id());
        }
        questions = List.copyOf(now);
        moved = changed;
        if (!sameIds) {
            questionPages = new HashSet<>(now.size() * 2);
            now.forEach(q -> questionPages.add(q.id() + PAGE));
        }
    }

    private static boolean sameLinks(Question before, Question after) {
        return (before.links() == after.links() || before.links().equals(after.links()))
                && (before.references() == after.references() || before.references().equals(after.references()));
    }

    /** A locator of the links of {@code questions}: over the kept index, or (without memory) its own. */
    synchronized SourceLocator locator(List<Question> questions) {
        return enabled ? new SourceLocator(questions, index) : new SourceLocator(questions);
    }

    /** What a URL on {@code page} comes to: remembered for the pages that list every question, made each time on the others. */
    synchronized InternalChecker.Outcome outcome(RenderedPage page, String key,
            java.util.function.Supplier<InternalChecker.Outcome> make) {
        return enabled && !isQuestionPage(page) ? outcomes.computeIfAbsent(key, k -> make.get()) : make.get();
    }

    /**
     * Where to keep the verdicts on external links made without the network: the last check's
     * while the settings are the same (the ignore expressions and hosts decide them), else none.
     */
    synchronized OfflineVerdicts offlineVerdicts(LinkSettings settings) {
        if (!enabled) {
            return new OfflineVerdicts();
        }
        if (!offlineUnder.equals(Optional.of(settings))) {
            offline = new OfflineVerdicts();
            offlineUnder = Optional.of(settings);
        }
        return offline;
    }

    /** The gathering to count this check's pages into: the last check's, or a new one without memory. */
    synchronized LinkTally tally() {
        return enabled ? tally : new LinkTally();
    }

    synchronized Optional<InternalChecker.PageFound> reuse(RenderedPage page) {
        if (!everyMoved && moved.isEmpty() || isQuestionPage(page)) { // the cheap test first: it holds after most edits
            return Optional.ofNullable(found.get(page));
        }
        if (everyMoved) {
            return Optional.empty();
        }
        Set<String> its = urls.computeIfAbsent(page, p -> {
            Set<String> keys = new HashSet<>();
            p.links().forEach(href -> keys.addAll(SourceLocator.keys(href.url())));
            return keys;
        });
        return moved.stream().anyMatch(its::contains) ? Optional.empty() : Optional.ofNullable(found.get(page));
    }

    /** How many pages' verdicts are kept (for tests: the memory must not hold pages no check has any more). */
    synchronized int pagesKept() {
        return found.size();
    }

    synchronized void keep(RenderedPage page, InternalChecker.PageFound verdicts) {
        if (enabled) {
            found.put(page, verdicts);
            if (!isQuestionPage(page)) {
                listing.add(page);
            }
        }
    }

    /**
     * A question's page ({@code ID/index.html}): its links were written in that question alone,
     * whose file is unchanged when its page is.
     */
    private boolean isQuestionPage(RenderedPage page) {
        // By the course's ids, not by the path's shape: results/index.html looks like a question's page.
        return questionPages.contains(page.path());
    }

    private static final String PAGE = "/index.html";
}
