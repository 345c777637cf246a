package dev.quizsite.links;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local HTTP server reproducing what link checkers meet on the real web. Counts requests per
 * path (HEAD and GET apart) and the most requests it ever had in flight at once.
 */
final class TrapServer implements AutoCloseable {

    static final String PAGE = "<!DOCTYPE html><html><head><title>t</title></head><body>"
            + "<h2 id=\"intro\">Intro</h2><a name=\"old-style\"></a><p>text</p></body></html>";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final Map<String, List<Long>> arrivals = new ConcurrentHashMap<>();
    private volatile long latencyMs;
    private volatile long slowMs = 3000;

    TrapServer() throws IOException {
        this("127.0.0.1");
    }

    TrapServer(String address) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 100);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Delay before every answer, to make concurrency visible. */
    TrapServer latency(long ms) {
        latencyMs = ms;
        return this;
    }

    /** How long {@code /slow} takes to answer. */
    TrapServer slow(long ms) {
        slowMs = ms;
        return this;
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    String base() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    /** Requests received for {@code path}, all methods. */
    int count(String path) {
        return counts.getOrDefault("HEAD " + path, new AtomicInteger()).get()
                + counts.getOrDefault("GET " + path, new AtomicInteger()).get();
    }

    int count(String method, String path) {
        return counts.getOrDefault(method + " " + path, new AtomicInteger()).get();
    }

    int total() {
        return counts.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** When each request for {@code path} arrived (System.nanoTime), in order. */
    List<Long> arrivals(String path) {
        return arrivals.getOrDefault(path, List.of());
    }

    /** When the latest request of any path arrived (System.nanoTime). */
    long lastArrival() {
        return arrivals.values().stream().flatMap(List::stream).mapToLong(Long::longValue).max().orElseThrow();
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        int n = counts.computeIfAbsent(method + " " + path, k -> new AtomicInteger()).incrementAndGet();
        arrivals.computeIfAbsent(path, k -> new CopyOnWriteArrayList<>()).add(System.nanoTime());
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            try {
                if (latencyMs > 0) {
                    sleep(latencyMs);
                }
            } finally {
                // Counted out before the response is sent: once the client has the headers it may
                // release its slot and send the next request, which would otherwise find this one
                // still counted on a loaded machine and show one request more than were in flight.
                inFlight.decrementAndGet();
            }
            answer(exchange, path, method, n);
        } finally {
            exchange.close();
        }
    }

    private void answer(HttpExchange ex, String path, String method, int n) throws IOException {
        boolean head = method.equals("HEAD");
        switch (path.replaceAll("^/(chain|p)/\\d+$", "/$1/N")) {
            case "/ok", "/page", "/landing", "/p/N" -> html(ex, 200, PAGE, head);
            case "/404" -> html(ex, 404, "<p>missing</p>", head);
            case "/410" -> html(ex, 410, "<p>gone</p>", head);
            case "/500" -> html(ex, 500, "<p>boom</p>", head);
            case "/503-recovers" -> {
                if (count(path) <= 2) {
                    html(ex, 503, "<p>busy</p>", head);
                } else {
                    html(ex, 200, PAGE, head);
                }
            }
            case "/429" -> {
                if (count(path) == 1) {
                    ex.getResponseHeaders().add("Retry-After", "1");
                    html(ex, 429, "<p>slow down</p>", head);
                } else {
                    html(ex, 200, PAGE, head);
                }
            }
            case "/429-forever" -> {
                ex.getResponseHeaders().add("Retry-After", "3600");
                html(ex, 429, "<p>come back tomorrow</p>", head);
            }
            case "/slow" -> {
                sleep(slowMs);
                html(ex, 200, PAGE, head);
            }
            case "/drip" -> drip(ex, head);
            case "/huge" -> huge(ex, head);
            case "/head-refused" -> {
                if (head) {
                    html(ex, 405, "", true);
                } else {
                    html(ex, 200, PAGE, false);
                }
            }
            case "/r301" -> redirect(ex, 301, "/r302");
            case "/r302" -> redirect(ex, 302, "/r308");
            case "/r308" -> redirect(ex, 308, "/landing");
            case "/temp" -> redirect(ex, 302, "/landing");
            case "/loop-a" -> redirect(ex, 302, "/loop-b");
            case "/loop-b" -> redirect(ex, 302, "/loop-a");
            case "/chain/N" -> {
                int hop = Integer.parseInt(path.substring("/chain/".length()));
                redirect(ex, 302, hop == 0 ? "/landing" : "/chain/" + (hop - 1));
            }
            case "/cf" -> {
                ex.getResponseHeaders().add("cf-mitigated", "challenge");
                ex.getResponseHeaders().add("Server", "cloudflare");
                html(ex, 403, "<p>Just a moment...</p>", head);
            }
            case "/999" -> html(ex, 999, "<p>denied</p>", head);
            default -> html(ex, 404, "<p>no such trap</p>", head);
        }
    }

    private static void html(HttpExchange ex, int status, String body, boolean head) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        if (head || bytes.length == 0) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void redirect(HttpExchange ex, int status, String to) throws IOException {
        ex.getResponseHeaders().add("Location", to);
        ex.sendResponseHeaders(status, -1);
    }

    /** Headers at once, then one byte every 100 ms for up to 30 s: the body never seems to end. */
    private static void drip(HttpExchange ex, boolean head) throws IOException {
        ex.getResponseHeaders().add("Content-Type", "text/html");
        if (head) {
            ex.sendResponseHeaders(200, -1);
            return;
        }
        ex.sendResponseHeaders(200, 0);
        try (OutputStream out = ex.getResponseBody()) {
            out.write("<html><body><p>".getBytes(StandardCharsets.UTF_8));
            out.flush();
            for (int i = 0; i < 300; i++) {
                out.write('.');
                out.flush();
                sleep(100);
            }
        } catch (IOException e) {
            // The client hung up: that is what a good checker does.
        }
    }

    /** 200 MiB of HTML, the anchor at the very end. */
    private static void huge(HttpExchange ex, boolean head) throws IOException {
        ex.getResponseHeaders().add("Content-Type", "text/html");
        if (head) {
            ex.sendResponseHeaders(200, -1);
            return;
        }
        ex.sendResponseHeaders(200, 0);
        byte[] filler = "<p>filler filler filler filler filler filler filler filler</p>\n".repeat(1024)
                .getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = ex.getResponseBody()) {
            for (long sent = 0; sent < 200L * 1024 * 1024; sent += filler.length) {
                out.write(filler);
            }
            out.write("<h2 id=\"end\">End</h2>".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The client hung up early, as it should.
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
