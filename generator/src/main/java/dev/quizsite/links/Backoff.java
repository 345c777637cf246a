package dev.quizsite.links;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Waits between retries: {@code initial × 2^(retry-1)}, capped at {@code max}, with up to
 * {@code jitter} (a fraction) added or removed at random so that many checkers retrying the same
 * host do not come back in lockstep.
 */
public record Backoff(Duration initial, Duration max, double jitter) {

    public static final Backoff DEFAULT = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(4), 0.5);

    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        jitter = Math.max(0, Math.min(1, jitter));
    }

    /** The wait before retry number {@code retry} (1 for the first retry). */
    public Duration delay(int retry, RandomGenerator random) {
        long base = initial.toMillis() << Math.min(20, Math.max(0, retry - 1));
        long capped = Math.min(base, max.toMillis());
        double factor = 1 + jitter * (2 * random.nextDouble() - 1);
        return Duration.ofMillis(Math.max(0, Math.round(capped * factor)));
    }
}
