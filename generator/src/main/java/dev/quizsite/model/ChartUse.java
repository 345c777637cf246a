package dev.quizsite.model;

/**
 * A question's request for a chart: a name in {@code charts:} (drawn after the Answer), or a
 * fenced {@code chart} block (drawn where it stands).
 *
 * @param location the name in the front matter, or the block's first line
 */
public record ChartUse(String name, Location location, boolean inline) implements java.io.Serializable {
}
