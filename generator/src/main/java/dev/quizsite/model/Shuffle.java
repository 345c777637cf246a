package dev.quizsite.model;

import java.util.Optional;

/** Whether a question's options are shown in random order: as the course says, or as the question says. */
public enum Shuffle {
    AS_COURSE,
    SHUFFLED,
    IN_ORDER;

    /** From front matter's {@code shuffle:}, when given. */
    public static Shuffle of(Optional<Boolean> given) {
        return given.map(shuffled -> shuffled ? SHUFFLED : IN_ORDER).orElse(AS_COURSE);
    }

    public boolean shuffled(boolean courseShuffles) {
        return this == AS_COURSE ? courseShuffles : this == SHUFFLED;
    }
}
