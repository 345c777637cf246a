package dev.quizsite.model;

/** Where something stands in a source file: 1-based line and column. */
public record Location(String file, int line, int column) implements java.io.Serializable {
}
