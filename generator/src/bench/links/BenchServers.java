import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The link benchmark's web: HOSTS servers on 127.0.0.1 … 127.0.0.HOSTS port 18080, each answering
 * every request after LATENCY ms with a small HTML page. A process of its own, so that the
 * benchmark measures the checker's CPU apart from the servers'. 127.0.0.1:18079 answers
 * {@code /stats} with "requests cpuMillis" and {@code /reset} sets the request count to zero.
 *
 * The servers stand for hosts elsewhere on the web, whose CPU is not the checker's machine's:
 * before "ready" they answer a few thousand requests without latency (path {@code /warm-up}), so
 * that their own JIT compilation does not compete for this machine's cores with the first check.
 *
 * Usage: java BenchServers.java [hosts latencyMs]; prints "ready" when all listen and are warm.
 */
public class BenchServers {

    public static void main(String[] args) throws Exception {
        int hosts = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int latency = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        AtomicInteger requests = new AtomicInteger();
        byte[] page = "<!DOCTYPE html><html><body><h1 id=top>ok</h1></body></html>".getBytes(StandardCharsets.UTF_8);
        for (int h = 1; h <= hosts; h++) {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0." + h), 18080), 200);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/", exchange -> {
                requests.incrementAndGet();
                try {
                    Thread.sleep(exchange.getRequestURI().getPath().equals("/warm-up") ? 0 : latency);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.getResponseHeaders().add("Content-Type", "text/html");
                if (exchange.getRequestMethod().equals("HEAD")) {
                    exchange.sendResponseHeaders(200, -1);
                    exchange.close();
                } else {
                    send(exchange, page);
                }
            });
            server.start();
        }
        HttpServer control = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 18079), 10);
        control.createContext("/stats", exchange -> send(exchange, (requests.get() + " " + cpuMillis())
                .getBytes(StandardCharsets.UTF_8)));
        control.createContext("/reset", exchange -> {
            requests.set(0);
            send(exchange, "0".getBytes(StandardCharsets.UTF_8));
        });
        control.start();
        warmUp(hosts);
        requests.set(0);
        System.out.println("ready");
    }

    /** HEAD and GET requests from 40 lanes, like a checker's, to every server. */
    private static void warmUp(int hosts) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ExecutorService lanes = Executors.newFixedThreadPool(40);
        List<Future<?>> done = new ArrayList<>();
        for (int lane = 0; lane < 40; lane++) {
            URI uri = URI.create("http://127.0.0." + (lane % hosts + 1) + ":18080/warm-up");
            done.add(lanes.submit(() -> {
                for (int i = 0; i < 100; i++) {
                    String method = i % 2 == 0 ? "HEAD" : "GET";
                    client.send(HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                            HttpResponse.BodyHandlers.discarding());
                }
                return null;
            }));
        }
        for (Future<?> lane : done) {
            lane.get();
        }
        lanes.shutdown();
    }

    private static void send(HttpExchange exchange, byte[] body) throws IOException {
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
        exchange.close();
    }

    private static long cpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }
}
