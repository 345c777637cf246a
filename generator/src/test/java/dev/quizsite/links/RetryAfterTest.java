package dev.quizsite.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Regression: an HTTP-date Retry-After was measured from the system clock, not the checker's. */
class RetryAfterTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void anHttpDateIsMeasuredFromTheInjectedClock() {
        assertThat(HttpProbe.retryAfter("Tue, 01 Dec 2026 10:00:30 GMT", clock)).contains(Duration.ofSeconds(30));
    }

    @Test
    void aDateInThePastMeansNoWait() {
        assertThat(HttpProbe.retryAfter("Tue, 01 Dec 2026 09:00:00 GMT", clock)).contains(Duration.ZERO);
    }

    @Test
    void secondsAndNonsense() {
        assertThat(HttpProbe.retryAfter(" 7 ", clock)).contains(Duration.ofSeconds(7));
        assertThat(HttpProbe.retryAfter("soon", clock)).isEmpty();
    }
}
