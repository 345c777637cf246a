package dev.quizsite.site;

import dev.quizsite.render.PageRenderer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * What the preview's render stage keeps between builds, beside the {@link dev.quizsite.store.Store}:
 * what each question shows on the index and the pager, how the handout prints it, its searchable
 * words, the page made for it, and the search index's dictionary. A rebuild after one edit at
 * 10,000 questions asks all of these for 10,000 questions, and making each one's store key again (hashing what it is made of)
 * cost more than the few pages that changed. Each is kept by what it is made of, so it is never
 * stale, only unused; a one-shot build uses {@link #none()}, which keeps only what one build reuses.
 */
final class RenderMemory {

    /** What the index and the pager show of each question, by parse key (see {@link SiteRenderer.Summary}). */
    final Map<String, SiteRenderer.Summary> summaries = new ConcurrentHashMap<>();
    /**
     * How the handout prints each question, by parse key: so that the part of the handout holding
     * an edited question renders that question again, not the 500 of its part (which took the
     * rebuild longer than all its other pages). None kept in a one-shot build, which renders each
     * question once: at 10,000 questions they would hold 50 MB until its end. Each with the
     * question's view, which the handout's template gets (a theme's own may print from it).
     */
    final Optional<Map<String, SiteRenderer.Printed>> printed;
    /**
     * Each question's searchable words, by parse key: none kept in a one-shot build, which takes
     * them from the store. The preview asked the store for 10,000 of them on every rebuild, making
     * each one's key again, and those lookups were a tenth of a rebuild after one edit.
     */
    final Optional<Map<String, SearchIndex.Terms>> terms;
    /** Each question's page as the last build made it, by question id: none kept in a one-shot build. */
    final Optional<Map<String, SiteRenderer.QuestionPage>> pages;
    /**
     * How many bytes each page took when last rendered, by path: the buffer its next render starts
     * with (see {@link dev.quizsite.render.PageRenderer#renderBytes}). A one-shot build renders a
     * page once, with a buffer that grows.
     */
    private final Optional<Map<String, Integer>> sizes;
    /** The buffer a page starts with when it was not rendered before: a question's page takes about this. */
    private static final int FIRST_SIZE = 16 * 1024;
    /**
     * The preview's templates, and what they were made for (the overrides' folder and contents, the
     * messages): Pebble compiles a template once per engine and finds each attribute's accessor
     * once, and a new engine on every rebuild did both again for every page it rendered.
     */
    private final AtomicReference<Templates> templates = new AtomicReference<>();
    private final boolean kept;

    private record Templates(String key, PageRenderer renderer) {
    }
    /** Writes the search index, see {@link SearchDictionary}. */
    final SearchDictionary dictionary = new SearchDictionary();

    private RenderMemory(boolean kept) {
        this.kept = kept;
        this.printed = kept ? Optional.of(new ConcurrentHashMap<>()) : Optional.empty();
        this.pages = kept ? Optional.of(new ConcurrentHashMap<>()) : Optional.empty();
        this.terms = kept ? Optional.of(new ConcurrentHashMap<>()) : Optional.empty();
        this.sizes = kept ? Optional.of(new ConcurrentHashMap<>()) : Optional.empty();
    }

    /** The templates made for {@code key}: the last build's, when it was the same, or {@code make}'s. */
    PageRenderer templates(String key, Supplier<PageRenderer> make) {
        if (!kept) {
            return make.get();
        }
        Templates known = templates.get();
        if (known != null && known.key().equals(key)) {
            return known.renderer();
        }
        PageRenderer made = make.get();
        templates.set(new Templates(key, made));
        return made;
    }

    /** How big the page at {@code path} is likely to be: as it was last time. */
    int expectedSize(String path) {
        return sizes.map(kept -> kept.getOrDefault(path, FIRST_SIZE)).orElse(FIRST_SIZE);
    }

    /** Notes how big the page at {@code path} was made. */
    void rendered(String path, int size) {
        sizes.ifPresent(kept -> kept.put(path, size));
    }

    /** The preview's: kept between builds. */
    static RenderMemory kept() {
        return new RenderMemory(true);
    }

    /** A one-shot build's. */
    static RenderMemory none() {
        return new RenderMemory(false);
    }

    /**
     * Forgets what no question of the course is made of now (questions edited or removed since),
     * when that has grown to as much as the rest: now and then, not on every rebuild, which would
     * walk every question for it.
     *
     * @param keys the questions' parse keys
     * @param ids  their ids
     */
    void forgetUnused(List<String> keys, List<String> ids) {
        int most = 2 * keys.size() + 16;
        if (summaries.size() > most || printed.map(Map::size).orElse(0) > most || terms.map(Map::size).orElse(0) > most) {
            Set<String> current = new HashSet<>(keys);
            summaries.keySet().retainAll(current);
            printed.ifPresent(kept -> kept.keySet().retainAll(current));
            terms.ifPresent(kept -> kept.keySet().retainAll(current));
        }
        if (pages.map(Map::size).orElse(0) > most) {
            Set<String> current = new HashSet<>(ids);
            pages.ifPresent(kept -> kept.keySet().retainAll(current));
        }
    }
}
