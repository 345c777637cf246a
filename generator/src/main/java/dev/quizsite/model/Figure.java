package dev.quizsite.model;

/**
 * A chart drawn for a page: its SVG, its data as a table, and where its figures come from.
 *
 * @param name   the data file's name without {@code .csv}
 * @param csv    the data file's path in the site, relative to the site root
 */
public record Figure(String name, String title, Html svg, Html table, String source, String url, String csv) implements java.io.Serializable {
}
