package dev.quizsite.links;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How links are checked. Internal links are always checked; these settings shape the external
 * checks. Built with {@link #builder()}, whose defaults suit the real web.
 *
 * @param offline        skip external checks (Maven's offline mode or {@code quizsite.links.offline})
 * @param skipExternal   skip external checks by choice
 * @param failOn         which external classes fail the build
 * @param connectTimeout to open a connection
 * @param requestTimeout from sending a request to receiving the response headers
 * @param bodyTimeout    to read a page's body for its anchors; a slow-drip body is cut off there
 * @param urlBudget      all attempts at one URL together, waits included
 * @param maxConcurrent  URLs checked at once, over all hosts
 * @param perHost        requests in flight to one host at once (host and port)
 * @param retries        further attempts after a timeout, reset, 5xx or 429
 * @param backoff        the wait between attempts
 * @param retryAfterCap  the longest {@code Retry-After} honoured; a longer one makes the link transient
 * @param maxRedirects   hops followed before a chain counts as broken
 * @param maxBodyBytes   bytes of a page read at most when looking for an anchor
 * @param ignore         regular expressions; a URL matching one (anywhere) is not checked
 * @param hosts          per-host settings, by host name (lower case)
 * @param cacheDir       where successes are remembered between builds; none: no cache
 * @param cacheTtl       how long a remembered success is trusted
 * @param userAgent      sent with every request
 */
public record LinkSettings(
        boolean offline,
        boolean skipExternal,
        FailOn failOn,
        Duration connectTimeout,
        Duration requestTimeout,
        Duration bodyTimeout,
        Duration urlBudget,
        int maxConcurrent,
        int perHost,
        int retries,
        Backoff backoff,
        Duration retryAfterCap,
        int maxRedirects,
        long maxBodyBytes,
        List<String> ignore,
        Map<String, HostSettings> hosts,
        Optional<Path> cacheDir,
        Duration cacheTtl,
        String userAgent) {

    /** A browser's User-Agent, naming Quizsite: some servers refuse unknown clients outright. */
    public static final String USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/126.0 Safari/537.36 (compatible; Quizsite link check)";

    public LinkSettings {
        Objects.requireNonNull(failOn, "failOn");
        Objects.requireNonNull(backoff, "backoff");
        ignore = List.copyOf(ignore);
        hosts = Map.copyOf(hosts);
        cacheDir = cacheDir == null ? Optional.empty() : cacheDir;
        maxConcurrent = Math.max(1, maxConcurrent);
        perHost = Math.max(1, perHost);
        retries = Math.max(0, retries);
        maxRedirects = Math.max(0, maxRedirects);
    }

    /** Defaults, with the cache in {@code cacheDir}. */
    public static LinkSettings defaults(Path cacheDir) {
        return builder().cacheDir(cacheDir).build();
    }

    /** The per-host limit for {@code host}. */
    public int perHost(String host) {
        HostSettings settings = hosts.get(host);
        return settings == null ? perHost : settings.maxConcurrent();
    }

    public Duration requestTimeout(String host) {
        HostSettings settings = hosts.get(host);
        return settings == null ? requestTimeout : settings.requestTimeout().orElse(requestTimeout);
    }

    public boolean skipsHost(String host) {
        HostSettings settings = hosts.get(host);
        return settings != null && settings.skip();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().offline(offline).skipExternal(skipExternal).failOn(failOn)
                .connectTimeout(connectTimeout).requestTimeout(requestTimeout).bodyTimeout(bodyTimeout)
                .urlBudget(urlBudget).maxConcurrent(maxConcurrent).perHost(perHost).retries(retries)
                .backoff(backoff).retryAfterCap(retryAfterCap).maxRedirects(maxRedirects)
                .maxBodyBytes(maxBodyBytes).ignore(ignore).hosts(hosts).cacheDir(cacheDir.orElse(null))
                .cacheTtl(cacheTtl).userAgent(userAgent);
    }

    /** Defaults chosen so that a course's worst links (27 traps) are judged in well under 20 s. */
    public static final class Builder {
        private boolean offline;
        private boolean skipExternal;
        private FailOn failOn = FailOn.BROKEN;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration requestTimeout = Duration.ofSeconds(5);
        private Duration bodyTimeout = Duration.ofSeconds(5);
        private Duration urlBudget = Duration.ofSeconds(12);
        private int maxConcurrent = 64;
        private int perHost = 2;
        private int retries = 2;
        private Backoff backoff = Backoff.DEFAULT;
        private Duration retryAfterCap = Duration.ofSeconds(10);
        private int maxRedirects = 20;
        private long maxBodyBytes = 2L * 1024 * 1024;
        private List<String> ignore = List.of();
        private Map<String, HostSettings> hosts = Map.of();
        private Path cacheDir;
        private Duration cacheTtl = Duration.ofDays(1);
        private String userAgent = USER_AGENT;

        public Builder offline(boolean value) { offline = value; return this; }
        public Builder skipExternal(boolean value) { skipExternal = value; return this; }
        public Builder failOn(FailOn value) { failOn = value; return this; }
        public Builder connectTimeout(Duration value) { connectTimeout = value; return this; }
        public Builder requestTimeout(Duration value) { requestTimeout = value; return this; }
        public Builder bodyTimeout(Duration value) { bodyTimeout = value; return this; }
        public Builder urlBudget(Duration value) { urlBudget = value; return this; }
        public Builder maxConcurrent(int value) { maxConcurrent = value; return this; }
        public Builder perHost(int value) { perHost = value; return this; }
        public Builder retries(int value) { retries = value; return this; }
        public Builder backoff(Backoff value) { backoff = value; return this; }
        public Builder retryAfterCap(Duration value) { retryAfterCap = value; return this; }
        public Builder maxRedirects(int value) { maxRedirects = value; return this; }
        public Builder maxBodyBytes(long value) { maxBodyBytes = value; return this; }
        public Builder ignore(List<String> value) { ignore = value; return this; }
        public Builder hosts(Map<String, HostSettings> value) { hosts = value; return this; }
        public Builder cacheDir(Path value) { cacheDir = value; return this; }
        public Builder cacheTtl(Duration value) { cacheTtl = value; return this; }
        public Builder userAgent(String value) { userAgent = value; return this; }

        public LinkSettings build() {
            return new LinkSettings(offline, skipExternal, failOn, connectTimeout, requestTimeout, bodyTimeout,
                    urlBudget, maxConcurrent, perHost, retries, backoff, retryAfterCap, maxRedirects,
                    maxBodyBytes, ignore, hosts, Optional.ofNullable(cacheDir), cacheTtl, userAgent);
        }
    }
}
