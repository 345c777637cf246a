package dev.quizsite.model;

import java.util.List;
import java.util.Optional;

/**
 * The whole course: its settings and its questions in reading order.
 *
 * @param id      the course's lasting name (quizsite.yml's {@code id}, or its folder's): readers' progress is kept under it
 * @param baseUrl where the site is published (ends with {@code /}), for sitemap, canonical links
 *                and Open Graph; empty when not configured
 * @param shuffle whether options are shown in random order unless a question says otherwise
 * @param customCss whether the course has {@code assets/custom.css}, linked after the theme's stylesheet
 */
public record Course(String id, String title, String language, String description, Optional<String> baseUrl,
        boolean shuffle, List<Question> questions, boolean customCss) {

    public Course {
        questions = List.copyOf(questions);
    }
}
