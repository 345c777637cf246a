import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The floor under the link benchmark (run by run.sh in a JVM of its own, like LinkBench): the
 * same requests as the checker makes, HEAD to every URL in per-host lanes over one JDK HttpClient,
 * with nothing else — no site to read, no gate, no retries, no results. What the checker takes
 * beyond this is its own cost; what this takes beyond the bound is the JDK client's and the machine's.
 *
 * Usage: java JdkClientFloor.java [hosts links latencyMs perHost]
 */
public class JdkClientFloor {

    public static void main(String[] args) throws Exception {
        int hosts = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int links = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int latency = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int perHost = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        double bound = Math.ceil((double) links / hosts / perHost) * latency / 1000.0;
        for (int run = 1; run <= Integer.getInteger("runs", 3); run++) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
            ExecutorService workers = Executors.newFixedThreadPool(hosts * perHost);
            long cpuBefore = processCpuNanos();
            long start = System.nanoTime();
            List<Future<?>> lanes = new ArrayList<>();
            for (int lane = 0; lane < hosts * perHost; lane++) {
                int first = lane % hosts + hosts * (lane / hosts); // URL i goes to host i % hosts + 1, as in LinkBench
                lanes.add(workers.submit(() -> {
                    for (int i = first; i < links; i += hosts * perHost) {
                        URI uri = URI.create("http://127.0.0." + (i % hosts + 1) + ":18080/doc/" + i);
                        client.send(HttpRequest.newBuilder(uri).method("HEAD", HttpRequest.BodyPublishers.noBody())
                                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
                    }
                    return null;
                }));
            }
            for (Future<?> lane : lanes) {
                lane.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("JDK HttpClient alone run %d: %.2f s (%.2fx the bound), CPU %.2f s%n",
                    run, seconds, seconds / bound, (processCpuNanos() - cpuBefore) / 1e9);
            workers.shutdown();
        }
        System.exit(0);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
