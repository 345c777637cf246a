package dev.quizsite.links;

import dev.quizsite.model.Location;
import java.util.List;

/**
 * A checked URL and every place it is written: in the Markdown sources when the link came from a
 * question, else in the rendered page (a link the theme wrote).
 */
public record CheckedLink(boolean external, LinkResult result, List<Location> locations) {

    public CheckedLink {
        locations = locations instanceof Places gathered ? gathered : List.copyOf(locations); // Places is unmodifiable
    }

    /**
     * The one rule for whether a link fails the build (and is a failure in the reports): an
     * internal link when it is broken, an external one when {@code failOn} says its class fails;
     * a temporary redirect never (the author has nothing to update).
     */
    public boolean fails(FailOn failOn) {
        LinkClass linkClass = result.linkClass();
        if (linkClass == LinkClass.REDIRECTED && !result.permanent()) {
            return false;
        }
        return external ? failOn.fails(linkClass) : linkClass == LinkClass.BROKEN;
    }
}
