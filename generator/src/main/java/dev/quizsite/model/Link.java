package dev.quizsite.model;

/**
 * A link written in a question, with its place in the source so that a broken one can be
 * reported where the author wrote it.
 */
public record Link(String url, Location location) implements java.io.Serializable {
}
