package dev.quizsite.links;

import dev.quizsite.model.Location;
import java.util.List;

/**
 * A checked URL and every place it is written: in the Markdown sources when the link came from a
 * question, else in the rendered page (a link the theme wrote).
 */
public record CheckedLink(boolean external, LinkResult result, List<Location> locations) {

    public CheckedLink {
        locations = List.copyOf(locations);
    }
}
