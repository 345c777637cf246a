package dev.quizsite.links;

import dev.quizsite.model.Location;
import java.net.URI;
import java.util.List;

/** An http(s) link found in the site, with the places it is written. */
record ExternalRef(URI uri, List<Location> locations) {

    ExternalRef {
        locations = locations instanceof Places gathered ? gathered : List.copyOf(locations); // Places is unmodifiable
    }
}
