package dev.quizsite.model;

import java.util.List;

/**
 * How a reader answers: several options (checkboxes) or exactly one (radio buttons), a typed word
 * or phrase, a typed number, items put in order, or items paired with each other.
 */
public enum QuestionType {
    MULTIPLE("multiple"),
    SINGLE("single"),
    SHORT("short"),
    NUMERIC("numeric"),
    ORDERING("ordering"),
    MATCHING("matching");

    private final String key;

    QuestionType(String key) {
        this.key = key;
    }

    /** The value written in front matter ({@code type: single}). */
    public String key() {
        return key;
    }

    /** Every front matter value, for messages and suggestions. */
    public static List<String> keys() {
        return java.util.Arrays.stream(values()).map(QuestionType::key).toList();
    }

    /** Single or multiple choice: a task list of options. */
    public boolean isChoice() {
        return this == MULTIPLE || this == SINGLE;
    }
}
