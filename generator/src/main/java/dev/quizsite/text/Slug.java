package dev.quizsite.text;

import java.util.Locale;

/** One rule for turning a name into an id (of a question, of a course): URL-safe, readable, bounded. */
public final class Slug {

    /** Longer ids say nothing more, and make long paths on hosts that limit them. */
    static final int MAX = 100;

    private Slug() {
    }

    /** {@code name} in lower case, every run of other characters than ASCII letters and digits a dash, at most 100 characters; {@code fallback} when nothing is left. */
    public static String of(String name, String fallback) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }
}
