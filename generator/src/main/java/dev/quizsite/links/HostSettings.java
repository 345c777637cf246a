package dev.quizsite.links;

import java.time.Duration;
import java.util.Optional;

/**
 * Settings for one host that differ from the defaults, e.g. a slow server that needs a longer
 * timeout, or one that allows a single connection.
 *
 * @param maxConcurrent   requests in flight to this host at once
 * @param requestTimeout  replaces the default request timeout for this host, when present
 * @param skip            do not check links to this host at all
 */
public record HostSettings(int maxConcurrent, Optional<Duration> requestTimeout, boolean skip) {

    public HostSettings {
        maxConcurrent = Math.max(1, maxConcurrent);
        requestTimeout = requestTimeout == null ? Optional.empty() : requestTimeout;
    }
}
