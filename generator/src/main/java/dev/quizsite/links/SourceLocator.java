package dev.quizsite.links;

import dev.quizsite.model.Link;
import dev.quizsite.model.Location;
import dev.quizsite.model.Question;
import dev.quizsite.model.Reference;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps a link found in a rendered page back to where the author wrote it. A question's page is
 * {@code <id>/index.html}; its links are matched by URL (as written, or percent-decoded, since the
 * Markdown renderer may encode what the author typed). Links on other pages (the index shows every
 * title) are matched against all questions, through an {@link Index} of every question's links.
 */
final class SourceLocator {

    private static final String PAGE = "/index.html";
    private final List<Question> questions;
    /** Questions by id: a question's page is {@code <id>/index.html}. */
    private final Map<String, Question> byId = new HashMap<>();
    /** Built when first asked for: a rebuild that checks one page anew needs one question's links. */
    private final Map<String, Map<String, Set<Location>>> byPage = new HashMap<>();
    private final java.util.function.Supplier<Index> anywhere;

    /** A locator that indexes all the questions' links when first asked for a page that is not a question's. */
    SourceLocator(List<Question> questions) {
        this(questions, new java.util.function.Supplier<>() {
            private Index made;

            @Override
            public Index get() {
                if (made == null) {
                    made = new Index();
                    questions.forEach(made::add);
                }
                return made;
            }
        });
    }

    /** A locator over an index kept up to date elsewhere (the preview's, see {@link LinkMemory}). */
    SourceLocator(List<Question> questions, Index anywhere) {
        this(questions, () -> anywhere);
    }

    private SourceLocator(List<Question> questions, java.util.function.Supplier<Index> anywhere) {
        this.anywhere = anywhere;
        this.questions = questions;
    }

    /** The source places of {@code url} on {@code page}; empty when the theme wrote it. */
    synchronized List<Location> find(String page, String url) {
        if (byId.isEmpty()) { // made when first asked: a rebuild of the preview may check no page
            questions.forEach(q -> byId.putIfAbsent(q.id(), q));
        }
        Question question = page.endsWith(PAGE) ? byId.get(page.substring(0, page.length() - PAGE.length())) : null;
        Map<String, Set<Location>> links = question != null
                ? byPage.computeIfAbsent(page, p -> places(question))
                : anywhere.get().places;
        for (String key : keys(url)) {
            Set<Location> found = links.get(key);
            if (found != null) {
                return sorted(found);
            }
        }
        return List.of();
    }

    /**
     * Every question's links by URL, as written and decoded. A question's links are taken out and
     * put in again when it changes, so that the preview keeps the index across edits.
     */
    static final class Index {
        private final Map<String, Set<Location>> places = new HashMap<>();

        /** Puts in the places of {@code question}'s links; returns their URLs' keys. */
        Set<String> add(Question question) {
            Map<String, Set<Location>> its = SourceLocator.places(question);
            its.forEach((key, at) -> places.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(at));
            return its.keySet();
        }

        /**
         * Takes out the places of {@code question}'s links (no other question writes in its file,
         * so none of them is another's); returns their URLs' keys.
         */
        Set<String> remove(Question question) {
            Map<String, Set<Location>> its = SourceLocator.places(question);
            its.forEach((key, at) -> {
                Set<Location> all = places.get(key);
                if (all != null) {
                    all.removeAll(at);
                    if (all.isEmpty()) {
                        places.remove(key);
                    }
                }
            });
            return its.keySet();
        }
    }

    /** The places of every link of a question, references included, by URL as written and decoded. */
    private static Map<String, Set<Location>> places(Question question) {
        Map<String, Set<Location>> places = new HashMap<>();
        List<Link> links = new ArrayList<>(question.links());
        for (Reference reference : question.references()) {
            links.add(new Link(reference.url(), reference.location()));
        }
        for (Link link : links) {
            for (String key : keys(link.url())) {
                places.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(link.location());
            }
        }
        return places;
    }

    /** The forms a URL is looked up by: as written (trimmed) and percent-decoded. */
    static List<String> keys(String url) {
        String trimmed = url.trim();
        // Without a '%' the decoded form is the written one ('+' stays, see decode): one key, one lookup.
        return trimmed.indexOf('%') < 0 ? List.of(trimmed) : List.of(trimmed, decode(trimmed));
    }

    private static String decode(String url) {
        try {
            return URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static List<Location> sorted(Set<Location> found) {
        List<Location> list = new ArrayList<>(found);
        list.sort(java.util.Comparator.comparing(Location::file).thenComparingInt(Location::line)
                .thenComparingInt(Location::column));
        return list;
    }
}
