package dev.quizsite.site;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a build's time went, stage by stage: printed with {@code mvn -X} and by the benchmarks,
 * so that a slow build can be read from its own log instead of guessed at.
 */
public final class Phases {

    /** One stage and how long it took. */
    public record Phase(String name, Duration took) {
    }

    private final List<Phase> done = new ArrayList<>();
    private long mark = System.nanoTime();

    /** Ends the stage that ran since the last call (or since this clock was made). */
    void end(String name) {
        long now = System.nanoTime();
        done.add(new Phase(name, Duration.ofNanos(now - mark)));
        mark = now;
    }

    List<Phase> phases() {
        return List.copyOf(done);
    }

    /** "load 12 ms, parse 340 ms, …": one line for a log. */
    static String line(List<Phase> phases) {
        StringBuilder line = new StringBuilder();
        for (Phase phase : phases) {
            line.append(line.isEmpty() ? "" : ", ").append(phase.name()).append(' ').append(phase.took().toMillis()).append(" ms");
        }
        return line.toString();
    }
}
