package dev.quizsite.links;

/**
 * A line for the console about the link check as a whole, not about one link ("offline: 12
 * external links not checked").
 *
 * @param warning whether the author should act on it (no network at all), else for information
 */
public record Note(boolean warning, String text) {

    static Note info(String text) {
        return new Note(false, text);
    }

    static Note warning(String text) {
        return new Note(true, text);
    }
}
