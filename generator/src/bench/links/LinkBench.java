import com.sun.net.httpserver.HttpServer;
import dev.quizsite.links.LinkCheckResult;
import dev.quizsite.links.LinkChecker;
import dev.quizsite.links.LinkSettings;
import dev.quizsite.report.Report;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Benchmark (run by run.sh, not a test): LINKS distinct external links over HOSTS local hosts
 * (127.0.0.1 … 127.0.0.HOSTS, all loopback on Linux), each answering after LATENCY ms. Compares
 * Quizsite's wall time with the bound the per-host limit allows, and with linkinator on the same site.
 *
 * Usage: java -cp CLASSES LinkBench.java [hosts links latencyMs perHost linkinatorBin]
 */
public class LinkBench {

    public static void main(String[] args) throws Exception {
        int hosts = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int links = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int latency = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int perHost = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        String linkinator = args.length > 4 ? args[4] : "";

        AtomicInteger requests = new AtomicInteger();
        List<HttpServer> servers = new ArrayList<>();
        int port = 18080;
        for (int h = 1; h <= hosts; h++) {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0." + h), port), 200);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/", exchange -> {
                requests.incrementAndGet();
                try {
                    Thread.sleep(latency);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                byte[] body = "<!DOCTYPE html><html><body><h1 id=top>ok</h1></body></html>".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/html");
                if (exchange.getRequestMethod().equals("HEAD")) {
                    exchange.sendResponseHeaders(200, -1);
                } else {
                    exchange.sendResponseHeaders(200, body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                }
                exchange.close();
            });
            server.start();
            servers.add(server);
        }

        Path site = Files.createTempDirectory("quizsite-bench-site");
        int pages = 10;
        StringBuilder index = new StringBuilder("<!DOCTYPE html><html><body>");
        for (int p = 0; p < pages; p++) {
            index.append("<a href=\"page-").append(p).append(".html\">page ").append(p).append("</a>\n");
            StringBuilder page = new StringBuilder("<!DOCTYPE html><html><body>");
            for (int i = p; i < links; i += pages) {
                int host = i % hosts + 1;
                page.append("<a href=\"http://127.0.0.").append(host).append(':').append(port).append("/doc/").append(i)
                        .append("\">link ").append(i).append("</a>\n");
            }
            Files.writeString(site.resolve("page-" + p + ".html"), page.append("</body></html>"));
        }
        Files.writeString(site.resolve("index.html"), index.append("</body></html>"));

        double bound = Math.ceil((double) links / hosts / perHost) * latency / 1000.0;
        System.out.printf("site: %d links over %d hosts, %d ms latency, per-host limit %d; bound %.2f s%n",
                links, hosts, latency, perHost, bound);

        for (int run = 1; run <= Integer.getInteger("runs", 3); run++) {
            requests.set(0);
            Report report = new Report();
            long cpuBefore = processCpuNanos();
            long start = System.nanoTime();
            LinkCheckResult result = new LinkChecker(LinkSettings.builder().perHost(perHost).build())
                    .check(site, "site", List.of(), report);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (processCpuNanos() - cpuBefore) / 1e9;
            // CPU of the checker and the 20 servers together: near 2 s a second, both cores are busy.
            System.out.printf("quizsite run %d: %.2f s (%.2fx the bound), %d requests, CPU %.2f s, %s, %d problems%n",
                    run, seconds, seconds / bound, requests.get(), cpu, result.summary().line(), report.problems().size());
        }

        if (!linkinator.isEmpty()) {
            requests.set(0);
            long start = System.nanoTime();
            Process process = new ProcessBuilder(linkinator, site.toString(), "--recurse", "--format", "csv")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            int exit = process.waitFor();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("linkinator: %.2f s (%.2fx the bound), %d requests, exit %d%n",
                    seconds, seconds / bound, requests.get(), exit);
        }
        servers.forEach(s -> s.stop(0));
        System.exit(0);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
