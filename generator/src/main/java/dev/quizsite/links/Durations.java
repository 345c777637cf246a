package dev.quizsite.links;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them in a POM or on the command line: {@code 500ms}, {@code 5s}, {@code 2m}, {@code 12h}, {@code 1d}. */
public final class Durations {

    private static final Pattern FORMAT = Pattern.compile("\\s*(\\d{1,9})\\s*(ms|s|m|h|d)\\s*");

    private Durations() {
    }

    /** The duration, or empty when {@code text} is not one (the caller names the setting in its message). */
    public static Optional<Duration> parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            return Optional.empty();
        }
        long n = Long.parseLong(m.group(1));
        return Optional.of(switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        });
    }
}
