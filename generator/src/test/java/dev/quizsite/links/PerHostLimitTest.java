package dev.quizsite.links;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.site.BuildResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Politeness: no host gets more requests at once than allowed, and no URL is requested twice. */
class PerHostLimitTest {

    @Test
    void perHostLimitHoldsWhileHostsRunInParallel(@TempDir Path root) throws Exception {
        try (TrapServer a = new TrapServer().latency(100); TrapServer b = new TrapServer().latency(100)) {
            List<String> urls = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                urls.add(a.url("/p/" + i));
                urls.add(b.url("/p/" + i));
            }
            Course course = new Course(root).question("many", urls);
            long start = System.nanoTime();
            BuildResult build = course.build(Course.fast().perHost(2).build());
            long ms = (System.nanoTime() - start) / 1_000_000;

            assertThat(build.succeeded()).as(Course.messages(build).toString()).isTrue();
            assertThat(a.maxInFlight()).isEqualTo(2);
            assertThat(b.maxInFlight()).isEqualTo(2);
            assertThat(a.total()).isEqualTo(12);
            // 12 requests of 100 ms, 2 at a time, on both hosts at once: about 600 ms, not 1200.
            assertThat(ms).isGreaterThanOrEqualTo(600).isLessThan(5000);
        }
    }

    @Test
    void hostSettingsOverrideTheLimit(@TempDir Path root) throws Exception {
        try (TrapServer a = new TrapServer().latency(50)) {
            List<String> urls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                urls.add(a.url("/p/" + i));
            }
            LinkSettings settings = Course.fast().perHost(4)
                    .hosts(Map.of("127.0.0.1", new HostSettings(1, Optional.empty(), false))).build();
            BuildResult build = new Course(root).question("one", urls).build(settings);
            assertThat(build.succeeded()).isTrue();
            assertThat(a.maxInFlight()).isEqualTo(1);
        }
    }

    @Test
    void aUrlSharedByTenQuestionsIsFetchedOnce(@TempDir Path root) throws Exception {
        try (TrapServer server = new TrapServer(); TrapServer gone = new TrapServer()) {
            Course course = new Course(root);
            for (int q = 0; q < 10; q++) {
                course.question("q" + q, List.of(server.url("/page"), gone.url("/404")));
            }
            BuildResult build = course.build(Course.fast().build());
            assertThat(server.count("/page")).isEqualTo(1);
            assertThat(gone.count("/404")).as("HEAD then GET, once for all ten").isEqualTo(2);
            // …and the broken one is reported in each of the ten files, at its line.
            for (int q = 0; q < 10; q++) {
                assertThat(Course.messages(build)).contains("questions/q" + q + ".md:" + Course.line(1) + ":3: error: "
                        + "broken link " + gone.url("/404") + " (404 Not Found)");
            }
        }
    }

    @Test
    void retryAfterPausesTheWholeHost(@TempDir Path root) throws Exception {
        try (TrapServer server = new TrapServer()) {
            List<String> urls = List.of(server.url("/429"), server.url("/p/1"), server.url("/p/2"), server.url("/p/3"));
            LinkSettings settings = Course.fast().perHost(1).build();
            long start = System.nanoTime();
            BuildResult build = new Course(root).question("wait", urls).build(settings);
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertThat(build.succeeded()).isTrue();
            assertThat(server.count("/429")).isEqualTo(2);
            assertThat(ms).as("Retry-After: 1 holds the host for a second").isGreaterThanOrEqualTo(1000);
            assertThat(ms).isLessThan(Duration.ofSeconds(6).toMillis());
        }
    }

    @Test
    void aHostThatAsksToWaitDoesNotHoldUpTheOthers(@TempDir Path root) throws Exception {
        try (TrapServer waiting = new TrapServer(); TrapServer other = new TrapServer()) {
            List<String> urls = new ArrayList<>(List.of(waiting.url("/429")));
            for (int i = 0; i < 10; i++) {
                urls.add(waiting.url("/p/" + i));
                urls.add(other.url("/p/" + i));
            }
            // Four workers: were they to queue for the paused host, the other host would wait too.
            LinkSettings settings = Course.fast().maxConcurrent(4).perHost(2).build();
            BuildResult build = new Course(root).question("wait", urls).build(settings);

            assertThat(build.succeeded()).as(Course.messages(build).toString()).isTrue();
            assertThat(other.total()).isEqualTo(10);
            assertThat(waiting.arrivals("/429")).hasSize(2);
            assertThat(other.lastArrival()).as("every request to the other host came during the pause")
                    .isLessThan(waiting.arrivals("/429").get(1));
        }
    }
}
