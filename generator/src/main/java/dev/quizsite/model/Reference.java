package dev.quizsite.model;

/** An item of a question's {@code ## References} list. */
public record Reference(Html title, String url, Location location) implements java.io.Serializable {
}
