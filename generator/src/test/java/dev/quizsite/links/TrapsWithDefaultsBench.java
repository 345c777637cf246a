package dev.quizsite.links;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.site.BuildResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "27 trap links" scenario with the default settings (5 s timeouts, real backoff),
 * timed. On demand only, it takes seconds:
 * {@code mvn -o -pl generator test -Dtest=TrapsWithDefaultsBench -Dquizsite.bench=true}.
 */
@EnabledIfSystemProperty(named = "quizsite.bench", matches = "true")
class TrapsWithDefaultsBench {

    @Test
    void trapsWithDefaultSettings(@TempDir Path root) throws Exception {
        try (TrapServer server = new TrapServer().slow(60_000); ResetServer reset = new ResetServer()) {
            List<String> urls = new ArrayList<>();
            for (String path : List.of("/page", "/ok#intro", "/ok#old-style", "/ok#missing", "/404", "/410", "/500",
                    "/503-recovers", "/429", "/429-forever", "/slow", "/drip", "/drip#x", "/huge", "/huge#end",
                    "/head-refused", "/r301", "/temp", "/loop-a", "/chain/15", "/cf", "/999")) {
                urls.add(server.url(path));
            }
            urls.addAll(List.of(reset.url("/reset"), "http://nonexistent.invalid/page",
                    "mailto:someone@example.com", "mailto:not-an-address", "tel:+1-555-0100"));
            Course course = new Course(root).question("traps", urls);
            long start = System.nanoTime();
            BuildResult build = course.build(LinkSettings.builder().build());
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("traps with default settings: %d links, whole build %d ms%n", urls.size(), ms);
            build.links().links().stream().filter(CheckedLink::external)
                    .forEach(l -> System.out.println("  " + l.result().linkClass() + " " + l.result().url() + " ("
                            + l.result().detail() + ")"));
            assertThat(ms).isLessThan(20_000);
        }
    }
}
