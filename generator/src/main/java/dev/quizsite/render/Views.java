package dev.quizsite.render;

import com.ibm.icu.util.ULocale;
import dev.quizsite.model.Course;
import dev.quizsite.model.Figure;
import dev.quizsite.model.Html;
import dev.quizsite.model.Question;
import dev.quizsite.model.Reference;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The variables templates receive, as plain maps (documented in the README's theme section).
 * Rendered Markdown arrives as {@link SafeString}; every other string is escaped by Pebble.
 */
public final class Views {

    private Views() {
    }

    /**
     * {@code site}: title, language, direction ({@code ltr} or {@code rtl}), description, and
     * {@code root}, the relative path to the site root.
     */
    public static Map<String, Object> site(Course course, String root) {
        Map<String, Object> site = new HashMap<>();
        site.put("title", course.title());
        site.put("courseId", course.id());
        site.put("language", course.language());
        site.put("description", course.description());
        site.put("root", root);
        site.put("questionCount", course.questions().size());
        site.put("baseUrl", course.baseUrl().orElse(""));
        site.put("shuffle", course.shuffle());
        // "rtl" for Arabic, Hebrew, Persian, Urdu…: the layout writes dir="rtl" on <html> then.
        site.put("direction", ULocale.forLanguageTag(course.language()).isRightToLeft() ? "rtl" : "ltr");
        site.put("customCss", course.customCss());
        return site;
    }

    /**
     * {@code page}: the page's full title (for Open Graph) and its absolute {@code canonical} URL,
     * empty when the course has no base URL.
     */
    public static Map<String, Object> page(String title, Optional<String> canonical) {
        return Map.of("title", title, "canonical", canonical.orElse(""));
    }

    /** {@code question}: everything a question page shows. */
    public static Map<String, Object> question(Question q, boolean courseShuffle) {
        Map<String, Object> view = summary(q);
        // Shuffled in the reader's browser (quiz.js), the same way on every visit of that reader.
        view.put("shuffle", q.shuffle().shuffled(courseShuffle));
        view.put("scenario", safe(q.scenario()));
        view.put("prompt", safe(q.prompt()));
        view.put("answer", safe(q.answer()));
        ResponseViews.add(view, q);
        view.put("hints", q.hints().stream().map(Views::safe).toList());
        List<Map<String, Object>> references = new ArrayList<>();
        for (Reference reference : q.references()) {
            references.add(Map.of("title", safe(reference.title()), "url", reference.url()));
        }
        view.put("references", references);
        view.put("charts", q.figures().stream().map(Views::figure).toList());
        return view;
    }

    /** {@code chart}: one chart, as {@code partials/figure.peb} draws it (after the Answer and in place of a chart block). */
    public static Map<String, Object> figure(Figure figure) {
        Map<String, Object> c = new HashMap<>();
        c.put("name", figure.name());
        c.put("svg", safe(figure.svg()));
        c.put("table", safe(figure.table()));
        c.put("caption", figure.title());
        c.put("source", figure.source());
        c.put("url", figure.url());
        c.put("csv", figure.csv());
        return c;
    }

    /** What the index and navigation need of a question. */
    public static Map<String, Object> summary(Question q) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", q.id());
        view.put("title", safe(q.title()));
        view.put("plainTitle", q.plainTitle());
        view.put("tags", q.tags());
        view.put("path", q.id() + "/index.html");
        view.put("key", answerKey(q));
        return view;
    }

    /**
     * Identifies a question's options for saved progress: when an author edits the options, the key
     * changes and a reader's stale saved answer is dropped instead of shown against new options.
     */
    static String answerKey(Question q) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(q.id().getBytes(StandardCharsets.UTF_8));
            ResponseViews.keyBytes(q.response(), sha);
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static SafeString safe(Html html) {
        return new SafeString(html.value());
    }
}
