package dev.quizsite.model;

/**
 * A fragment of HTML produced by Quizsite's own Markdown renderer, already escaped or
 * sanitised: templates insert it as is. Text from a question never becomes Html any other way.
 */
public record Html(String value) implements java.io.Serializable {

    public static final Html EMPTY = new Html("");

    public Html {
        value = value == null ? "" : value;
    }

    public boolean isEmpty() {
        return value.isBlank();
    }

    @Override
    public String toString() {
        return value;
    }
}
