import dev.quizsite.links.LinkCheckResult;
import dev.quizsite.links.LinkChecker;
import dev.quizsite.links.LinkSettings;
import dev.quizsite.report.Report;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Benchmark (run by run.sh, not a test): LINKS distinct external links over HOSTS local hosts
 * (127.0.0.1 … 127.0.0.HOSTS, all loopback on Linux; BenchServers, another process), each answering
 * after LATENCY ms. Compares
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

        int port = 18080; // BenchServers, started by run.sh in a process of its own
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
            control("/reset");
            long serverCpuBefore = serverStats()[1];
            Report report = new Report();
            long cpuBefore = processCpuNanos();
            long start = System.nanoTime();
            LinkCheckResult result = new LinkChecker(LinkSettings.builder().perHost(perHost).build())
                    .check(site, "site", List.of(), report);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (processCpuNanos() - cpuBefore) / 1e9;
            long[] stats = serverStats();
            // Two cores give 2 s of CPU a second: the sum of both figures near that means the machine is the limit.
            System.out.printf("quizsite run %d: %.2f s (%.2fx the bound), %d requests, CPU checker %.2f s + servers %.2f s,"
                    + " %s, %d problems%n", run, seconds, seconds / bound, stats[0], cpu, (stats[1] - serverCpuBefore) / 1e3,
                    result.summary().line(), report.problems().size());
        }

        if (!linkinator.isEmpty()) {
            control("/reset");
            long start = System.nanoTime();
            Process process = new ProcessBuilder(linkinator, site.toString(), "--recurse", "--format", "csv")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            int exit = process.waitFor();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("linkinator: %.2f s (%.2fx the bound), %d requests, exit %d%n",
                    seconds, seconds / bound, serverStats()[0], exit);
        }
        System.exit(0);
    }

    /** Requests received since the last reset, and the servers' process CPU in milliseconds. */
    private static long[] serverStats() throws Exception {
        String[] parts = control("/stats").trim().split(" ");
        return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
    }

    private static String control(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:18079" + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
