import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The link benchmark's web: HOSTS servers on 127.0.0.1 … 127.0.0.HOSTS port 18080, each answering
 * every request after LATENCY ms with a small HTML page. A process of its own, so that the
 * benchmark measures the checker's CPU apart from the servers'. 127.0.0.1:18079 answers
 * {@code /stats} with "requests cpuMillis" and {@code /reset} sets the request count to zero.
 *
 * Usage: java BenchServers.java [hosts latencyMs]; prints "ready" when all listen.
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
                    Thread.sleep(latency);
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
        System.out.println("ready");
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
