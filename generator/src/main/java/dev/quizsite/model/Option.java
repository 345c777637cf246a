package dev.quizsite.model;

/**
 * One answer option of a question.
 *
 * @param html     the option's text, rendered inline
 * @param correct  whether the author ticked it ({@code - [x]})
 * @param feedback shown for this option after checking; empty when the author gave none
 * @param location where the option's list item starts
 */
public record Option(Html html, String text, boolean correct, Html feedback, Location location) implements java.io.Serializable {
}
