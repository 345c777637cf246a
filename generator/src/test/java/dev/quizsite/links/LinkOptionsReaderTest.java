package dev.quizsite.links;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.report.Problem;
import dev.quizsite.report.Report;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Regression: link parameters were checked in the Mojo, which threw on the first bad one. */
class LinkOptionsReaderTest {

    private final Report report = new Report();

    private static LinkOptions options(String failOn, String timeout, int perHost, List<String> ignore,
            List<LinkOptions.Host> hosts) {
        return new LinkOptions(false, false, failOn, timeout, "5s", "12s", perHost, 64, 2, ignore, hosts,
                Path.of("cache"), "1d");
    }

    @Test
    void goodOptionsBecomeSettings() {
        LinkSettings settings = LinkOptionsReader.read(options("transient", "750ms", 3, List.of("^https://a\\.test/"),
                List.of(new LinkOptions.Host("Slow.Example", 1, "20s", false))), "pom.xml", report);
        assertThat(report.problems()).isEmpty();
        assertThat(settings.failOn()).isEqualTo(FailOn.TRANSIENT);
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofMillis(750));
        assertThat(settings.perHost()).isEqualTo(3);
        assertThat(settings.ignore()).containsExactly("^https://a\\.test/");
        assertThat(settings.hosts()).containsEntry("slow.example", new HostSettings(1, Optional.of(Duration.ofSeconds(20)), false));
        assertThat(settings.cacheDir()).contains(Path.of("cache"));
    }

    @Test
    void everyMistakeIsReportedAndTheRestStillRead() {
        LinkSettings settings = LinkOptionsReader.read(options("sometimes", "5 sec", 0, List.of("ok", "(", "also ok"),
                List.of(new LinkOptions.Host("", 1, "", false), new LinkOptions.Host("a.test", 0, "soon", false),
                        new LinkOptions.Host("A.test", 2, "", true))), "pom.xml", report);
        assertThat(report.problems()).extracting(Problem::format).containsExactlyInAnyOrder(
                "pom.xml: error: <linksFailOn> (quizsite.links.failOn) is `sometimes`; use one of none, broken, blocked, transient, redirected",
                "pom.xml: error: <linksConnectTimeout> (quizsite.links.connectTimeout) is `5 sec`, not a duration; write it like 500ms, 5s, 2m, 12h or 1d",
                "pom.xml: error: <linksPerHost> (quizsite.links.perHost) is 0; it must be at least 1",
                "pom.xml: error: <linksIgnore> (quizsite.links.ignore) `(` is not a regular expression (Unclosed group at character 2)",
                "pom.xml: error: a <host> in <linkHosts> has no <name>",
                "pom.xml: error: <linkHosts> <host> `a.test`: <timeout> is `soon`, not a duration; write it like 500ms, 5s, 2m, 12h or 1d",
                "pom.xml: error: <linkHosts> names the host `a.test` twice; keep one <host> for it");
        assertThat(settings.ignore()).containsExactly("ok", "also ok");
        assertThat(settings.failOn()).isEqualTo(FailOn.BROKEN);
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
    }
}
