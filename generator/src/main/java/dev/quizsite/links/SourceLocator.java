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
 * title) are matched against all questions.
 */
final class SourceLocator {

    private final List<Question> questions;
    private final Map<String, Question> byId = new HashMap<>();
    /** Built when first asked for: a rebuild that checks one page anew needs one question's links. */
    private final Map<String, Map<String, Set<Location>>> byPage = new HashMap<>();
    private Map<String, Set<Location>> anywhere;

    SourceLocator(List<Question> questions) {
        this.questions = questions;
        for (Question question : questions) {
            byId.putIfAbsent(question.id() + "/index.html", question);
        }
    }

    /** The source places of {@code url} on {@code page}; empty when the theme wrote it. */
    synchronized List<Location> find(String page, String url) {
        Question question = byId.get(page);
        Map<String, Set<Location>> links = question != null
                ? byPage.computeIfAbsent(page, p -> index(List.of(question)))
                : anywhere();
        for (String key : keys(url)) {
            Set<Location> found = links.get(key);
            if (found != null) {
                return sorted(found);
            }
        }
        return List.of();
    }

    private Map<String, Set<Location>> anywhere() {
        if (anywhere == null) {
            anywhere = index(questions);
        }
        return anywhere;
    }

    /** The places of every link of {@code of}, references included, by URL as written and decoded. */
    private static Map<String, Set<Location>> index(List<Question> of) {
        Map<String, Set<Location>> places = new HashMap<>();
        for (Question question : of) {
            List<Link> links = new ArrayList<>(question.links());
            for (Reference reference : question.references()) {
                links.add(new Link(reference.url(), reference.location()));
            }
            for (Link link : links) {
                for (String key : keys(link.url())) {
                    places.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(link.location());
                }
            }
        }
        return places;
    }

    private static List<String> keys(String url) {
        String trimmed = url.trim();
        return List.of(trimmed, decode(trimmed));
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
