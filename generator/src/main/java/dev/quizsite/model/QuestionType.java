package dev.quizsite.model;

/** How a reader answers: several options (checkboxes) or exactly one (radio buttons). */
public enum QuestionType {
    MULTIPLE("multiple"),
    SINGLE("single");

    private final String key;

    QuestionType(String key) {
        this.key = key;
    }

    /** The value written in front matter ({@code type: single}). */
    public String key() {
        return key;
    }
}
