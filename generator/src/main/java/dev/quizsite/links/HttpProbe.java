package dev.quizsite.links;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import javax.net.ssl.SSLException;

/**
 * Checks one URL the way a careful browser would: HEAD first, GET where HEAD is refused or an
 * anchor must be read; redirects followed by hand (hop limit, loop detection); retries with
 * backoff on what may pass (timeouts, resets, 5xx, 429), honouring {@code Retry-After}. Every
 * step is bounded by the URL's budget, so a hostile server cannot hold the build.
 */
final class HttpProbe {

    private static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final HttpClient client;
    private final HostGate gate;
    private final LinkSettings settings;
    private final ScheduledExecutorService timer;
    private final RandomGenerator random;
    /** The time an HTTP-date {@code Retry-After} is measured from. */
    private final java.time.Clock clock;

    HttpProbe(HttpClient client, HostGate gate, LinkSettings settings, ScheduledExecutorService timer,
            RandomGenerator random, java.time.Clock clock) {
        this.client = client;
        this.gate = gate;
        this.settings = settings;
        this.timer = timer;
        this.random = random;
        this.clock = clock;
    }

    /** The state of one URL's check while it runs. */
    private final class Run {
        final String original;
        final boolean wantAnchors;
        final long deadline;
        URI current;
        String method;
        final Set<URI> visited = new HashSet<>();
        int hops;
        int failures;
        int requests;
        boolean permanent;

        Run(URI uri, boolean wantAnchors) {
            this.original = uri.toString();
            this.wantAnchors = wantAnchors;
            this.deadline = System.nanoTime() + settings.urlBudget().toNanos();
            this.current = uri;
            this.method = wantAnchors ? "GET" : "HEAD";
            visited.add(uri);
        }

        LinkResult result(LinkClass linkClass, int status, String detail) {
            String end = hops > 0 ? current.toString() : "";
            return new LinkResult(original, linkClass, status, detail, end, permanent && hops > 0, requests, false);
        }

        Duration remaining() {
            return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
        }
    }

    /** One response or the failure that took its place. */
    private record Exchange(int status, HttpResponse<BoundedBody.Body> response, String failure,
            boolean retryable, boolean broken) {
    }

    PageProbe probe(URI uri, boolean wantAnchors) throws InterruptedException {
        Run run = new Run(uri, wantAnchors);
        while (true) {
            Exchange exchange = send(run);
            if (exchange.response == null) {
                if (exchange.broken) {
                    return PageProbe.of(run.result(LinkClass.BROKEN, 0, exchange.failure));
                }
                if (!exchange.retryable) {
                    return PageProbe.of(run.result(LinkClass.TRANSIENT, 0, exchange.failure));
                }
                Optional<PageProbe> gaveUp = retryOrGiveUp(run, 0, exchange.failure, Duration.ZERO);
                if (gaveUp.isPresent()) {
                    return gaveUp.get();
                }
                continue;
            }
            int status = exchange.status;
            HttpResponse<BoundedBody.Body> response = exchange.response;
            if (run.method.equals("HEAD") && status >= 400 && status != 429) {
                // Many servers refuse or mishandle HEAD (405, 403, 404, 400, 501, even 500): ask again with GET.
                run.method = "GET";
                continue;
            }
            if (status >= 200 && status < 300) {
                return success(run, response);
            }
            if (status >= 300 && status < 400) {
                Optional<PageProbe> stop = redirect(run, response);
                if (stop.isPresent()) {
                    return stop.get();
                }
                continue;
            }
            if (status == 429 || status >= 500 && status != 999) {
                Optional<Duration> retryAfter = retryAfter(response, clock);
                if (retryAfter.isPresent() && retryAfter.get().compareTo(settings.retryAfterCap()) > 0) {
                    return PageProbe.of(run.result(LinkClass.TRANSIENT, status, StatusText.of(status)
                            + "; the server asks to wait " + seconds(retryAfter.get()) + ", more than the "
                            + seconds(settings.retryAfterCap()) + " allowed"));
                }
                retryAfter.ifPresent(wait -> gate.pause(hostKey(run.current), host(run.current), wait));
                Optional<PageProbe> gaveUp = retryOrGiveUp(run, status, StatusText.of(status), retryAfter.orElse(Duration.ZERO));
                if (gaveUp.isPresent()) {
                    return gaveUp.get();
                }
                continue;
            }
            return PageProbe.of(run.result(classify(status), status, describe(status, response)));
        }
    }

    /** Sends one request for the current URL and method, within the budget and the host's limits. */
    private Exchange send(Run run) throws InterruptedException {
        URI uri = run.current;
        String hostKey = hostKey(uri);
        if (!gate.acquire(hostKey, host(uri), run.deadline)) {
            return new Exchange(0, null, "the host was busy or asked to wait beyond the "
                    + seconds(settings.urlBudget()) + " budget", false, false);
        }
        try {
            Duration timeout = min(settings.requestTimeout(host(uri)), run.remaining());
            if (timeout.isZero()) {
                return new Exchange(0, null, "no time left in the " + seconds(settings.urlBudget()) + " budget",
                        false, false);
            }
            HttpRequest request;
            try {
                request = HttpRequest.newBuilder(uri)
                        .method(run.method, HttpRequest.BodyPublishers.noBody())
                        .timeout(timeout)
                        .header("User-Agent", settings.userAgent())
                        .header("Accept", ACCEPT)
                        .header("Accept-Language", "en;q=0.9, *;q=0.5")
                        .build();
            } catch (IllegalArgumentException e) {
                return new Exchange(0, null, "malformed URL: " + e.getMessage(), false, true);
            }
            run.requests++;
            // send, not sendAsync: on a machine with two cores or fewer, sendAsync's last step runs on
            // CompletableFuture's default executor, which there starts a new thread for every
            // request; that was most of the checker's CPU. The request timeout bounds the wait
            // for the headers, BoundedBody the time spent on a body.
            try {
                HttpResponse<BoundedBody.Body> response = client.send(request, info -> bodyFor(run, info));
                return new Exchange(response.statusCode(), response, "", false, false);
            } catch (IOException e) {
                return failure(e, timeout);
            }
        } finally {
            gate.release(hostKey);
        }
    }

    /**
     * Reads the body only for a successful HTML page whose anchors are wanted; otherwise a GET hangs
     * up at once. A HEAD response has no body, and taking it as such keeps the connection for reuse.
     */
    private HttpResponse.BodySubscriber<BoundedBody.Body> bodyFor(Run run, HttpResponse.ResponseInfo info) {
        if (run.method.equals("HEAD")) {
            return HttpResponse.BodySubscribers.replacing(new BoundedBody.Body(new byte[0], true, false));
        }
        boolean read = run.wantAnchors && info.statusCode() / 100 == 2
                && Anchors.isHtml(info.headers().firstValue("content-type").orElse(""));
        return new BoundedBody(read ? settings.maxBodyBytes() : 0, settings.bodyTimeout(), timer);
    }

    private static Exchange failure(IOException cause, Duration timeout) {
        if (cause instanceof HttpConnectTimeoutException) {
            return new Exchange(0, null, "could not connect within " + seconds(timeout), true, false);
        }
        if (cause instanceof HttpTimeoutException) {
            return new Exchange(0, null, "no response within " + seconds(timeout), true, false);
        }
        if (causedBy(cause, UnknownHostException.class)) {
            return new Exchange(0, null, "unknown host", false, true);
        }
        if (causedBy(cause, SSLException.class)) {
            return new Exchange(0, null, "TLS error: " + cause.getMessage(), false, true);
        }
        if (causedBy(cause, ConnectException.class)) {
            return new Exchange(0, null, "connection refused", true, false);
        }
        return new Exchange(0, null, "connection reset or closed (" + cause.getMessage() + ")", true, false);
    }

    /**
     * Sleeps before another attempt, or returns the transient verdict when no attempt is left.
     * @param status the HTTP status of the failed attempt, 0 when there was no response
     */
    private Optional<PageProbe> retryOrGiveUp(Run run, int status, String failure, Duration atLeast)
            throws InterruptedException {
        run.failures++;
        Duration wait = max(settings.backoff().delay(run.failures, random), atLeast);
        if (run.failures > settings.retries() || wait.compareTo(run.remaining()) >= 0) {
            String attempts = run.failures == 1 ? "1 attempt" : run.failures + " attempts";
            return Optional.of(PageProbe.of(run.result(LinkClass.TRANSIENT, status, failure + ", " + attempts)));
        }
        TimeUnit.NANOSECONDS.sleep(wait.toNanos());
        return Optional.empty();
    }

    private Optional<PageProbe> redirect(Run run, HttpResponse<?> response) {
        int status = response.statusCode();
        Optional<String> location = response.headers().firstValue("location");
        if (location.isEmpty()) {
            return Optional.of(PageProbe.of(run.result(LinkClass.BROKEN, status,
                    StatusText.of(status) + " without a Location header")));
        }
        URI next;
        try {
            next = run.current.resolve(location.get().trim());
        } catch (IllegalArgumentException e) {
            return Optional.of(PageProbe.of(run.result(LinkClass.BROKEN, status,
                    "redirect to a malformed URL " + location.get())));
        }
        if (run.hops == 0) {
            run.permanent = status == 301 || status == 308;
        }
        run.hops++;
        if (!run.visited.add(next)) {
            run.current = next;
            return Optional.of(PageProbe.of(run.result(LinkClass.BROKEN, status,
                    "redirect loop after " + run.hops + " redirects, back to " + next)));
        }
        run.current = next;
        if (run.hops > settings.maxRedirects()) {
            return Optional.of(PageProbe.of(run.result(LinkClass.BROKEN, status,
                    "more than " + settings.maxRedirects() + " redirects")));
        }
        String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || next.getHost() == null) {
            return Optional.of(PageProbe.of(run.result(LinkClass.BROKEN, status, "redirect to " + next)));
        }
        run.failures = 0;
        return Optional.empty();
    }

    private PageProbe success(Run run, HttpResponse<BoundedBody.Body> response) {
        int status = response.statusCode();
        LinkClass linkClass = run.hops > 0 ? LinkClass.REDIRECTED : LinkClass.OK;
        String detail = run.hops > 0 ? "redirected to " + run.current : StatusText.of(status);
        LinkResult result = run.result(linkClass, status, detail);
        String type = response.headers().firstValue("content-type").orElse("");
        if (!run.wantAnchors || !Anchors.isHtml(type)) {
            return PageProbe.of(result);
        }
        BoundedBody.Body body = response.body();
        String cutOff = body.timedOut() ? "in the part read within " + seconds(settings.bodyTimeout())
                : body.complete() ? "" : "in the first " + kib(body.bytes().length);
        return new PageProbe(result, Optional.of(Anchors.of(body.bytes(), type)), body.complete(), cutOff);
    }

    private static LinkClass classify(int status) {
        if (status == 999 || status == 401 || status == 403) {
            return LinkClass.BLOCKED;
        }
        return LinkClass.BROKEN;
    }

    private static String describe(int status, HttpResponse<?> response) {
        String text = StatusText.of(status);
        if (status == 403 && response.headers().firstValue("cf-mitigated").isPresent()) {
            return text + ", a Cloudflare bot challenge; check it in a browser";
        }
        if (status == 999) {
            return text + ", the site refuses link checkers; check it in a browser";
        }
        if (status == 401 || status == 403) {
            return text + ", the site refuses access to robots; check it in a browser";
        }
        if (status < 200) {
            return "unexpected status " + status;
        }
        return text;
    }

    /** {@code Retry-After} as seconds or an HTTP date; absent or unreadable: empty. */
    static Optional<Duration> retryAfter(HttpResponse<?> response, java.time.Clock clock) {
        return response.headers().firstValue("retry-after").flatMap(value -> retryAfter(value, clock));
    }

    /** A {@code Retry-After} value: seconds, or an HTTP date measured from {@code clock}'s now. */
    static Optional<Duration> retryAfter(String value, java.time.Clock clock) {
        String text = value.trim();
        if (text.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
        }
        try {
            ZonedDateTime when = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(clock.instant(), when.toInstant());
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static String host(URI uri) {
        return uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    }

    /** Host and port: two servers on one machine are two hosts to be polite to. */
    static String hostKey(URI uri) {
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return host(uri) + ":" + port;
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private static String kib(long bytes) {
        return bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes / 1024 + " KiB";
    }
}
