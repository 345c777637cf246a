package dev.quizsite.model;

import java.util.List;

/** The whole course: its settings and its questions in reading order. */
public record Course(String title, String language, String description, List<Question> questions) {

    public Course {
        questions = List.copyOf(questions);
    }
}
