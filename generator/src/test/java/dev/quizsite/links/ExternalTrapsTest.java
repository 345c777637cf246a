package dev.quizsite.links;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.site.BuildResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One course whose links are the traps of the real web, all on local servers, checked in one build:
 * each gets the right class, at the right source line, with a bounded number of requests, and the
 * whole check ends within its bounds.
 */
class ExternalTrapsTest {

    private static TrapServer server;
    private static ResetServer reset;
    private static BuildResult build;
    private static long elapsedMs;
    private static final List<String> URLS = new ArrayList<>();

    @BeforeAll
    static void buildTheTrapCourse(@TempDir Path root) throws Exception {
        server = new TrapServer();
        reset = new ResetServer();
        for (String path : List.of("/page", "/ok#intro", "/ok#old-style", "/ok#missing", "/404", "/410", "/500",
                "/503-recovers", "/429", "/429-forever", "/slow", "/drip", "/drip#x", "/huge", "/huge#end",
                "/head-refused", "/r301", "/temp", "/loop-a", "/chain/15", "/cf", "/999")) {
            URLS.add(server.url(path));
        }
        URLS.addAll(List.of(reset.url("/reset"), "http://nonexistent.invalid/page",
                "mailto:someone@example.com", "mailto:not-an-address", "tel:+1-555-0100"));
        Course course = new Course(root).question("traps", URLS);
        long start = System.nanoTime();
        build = course.build(Course.fast().cacheDir(root.resolve("target/link-cache")).build());
        elapsedMs = (System.nanoTime() - start) / 1_000_000;
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        reset.close();
    }

    private static LinkResult result(String pathOrUrl) {
        return Course.result(build, pathOrUrl.startsWith("/") ? server.url(pathOrUrl) : pathOrUrl);
    }

    /** The message for link {@code url} as the build printed it, located at its line in the question. */
    private static String messageAt(String url) {
        String prefix = "questions/traps.md:" + Course.line(URLS.indexOf(url)) + ":3: ";
        return Course.messages(build).stream().filter(m -> m.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no message at " + prefix + " in " + Course.messages(build)));
    }

    @Test
    void successesWithAndWithoutAnchors() {
        assertThat(result("/page").linkClass()).isEqualTo(LinkClass.OK);
        assertThat(server.count("HEAD", "/page")).isEqualTo(1);
        assertThat(result("/ok#intro").linkClass()).isEqualTo(LinkClass.OK);
        assertThat(result("/ok#old-style").linkClass()).isEqualTo(LinkClass.OK);
        assertThat(server.count("/ok")).as("three URLs of one page: one GET").isEqualTo(1);
    }

    @Test
    void missingAnchorIsBrokenAtItsLine() {
        assertThat(result("/ok#missing").linkClass()).isEqualTo(LinkClass.BROKEN);
        assertThat(messageAt(server.url("/ok#missing")))
                .isEqualTo("questions/traps.md:" + Course.line(3) + ":3: error: broken link " + server.url("/ok#missing")
                        + " (the page has no anchor #missing)");
    }

    @Test
    void notFoundAndGoneAreBroken() {
        assertThat(result("/404").linkClass()).isEqualTo(LinkClass.BROKEN);
        assertThat(result("/410").linkClass()).isEqualTo(LinkClass.BROKEN);
        assertThat(messageAt(server.url("/404"))).isEqualTo("questions/traps.md:" + Course.line(4)
                + ":3: error: broken link " + server.url("/404") + " (404 Not Found)");
        assertThat(messageAt(server.url("/410"))).endsWith("(410 Gone)");
        assertThat(server.count("/404")).as("HEAD, then GET to be sure").isEqualTo(2);
    }

    @Test
    void serverErrorsAreRetriedThenTransient() {
        assertThat(result("/500").linkClass()).isEqualTo(LinkClass.TRANSIENT);
        assertThat(server.count("GET", "/500")).as("1 attempt + 2 retries").isEqualTo(3);
        assertThat(messageAt(server.url("/500")))
                .endsWith("warning: could not check " + server.url("/500") + " (500 Internal Server Error, 3 attempts)");
        assertThat(result("/503-recovers").linkClass()).isEqualTo(LinkClass.OK);
        assertThat(server.count("/503-recovers")).isEqualTo(3);
    }

    @Test
    void tooManyRequestsHonoursRetryAfterUpToTheCap() {
        assertThat(result("/429").linkClass()).isEqualTo(LinkClass.OK);
        assertThat(server.count("/429")).isEqualTo(2);
        assertThat(result("/429-forever").linkClass()).isEqualTo(LinkClass.TRANSIENT);
        assertThat(result("/429-forever").detail()).contains("asks to wait 3600 s, more than the 2 s allowed");
        assertThat(server.count("/429-forever")).isEqualTo(1);
    }

    @Test
    void slowServerTimesOutAfterBoundedAttempts() {
        assertThat(result("/slow").linkClass()).isEqualTo(LinkClass.TRANSIENT);
        assertThat(result("/slow").detail()).isEqualTo("no response within 1 s, 3 attempts");
        assertThat(server.count("/slow")).isEqualTo(3);
    }

    @Test
    void slowDripAndHugeBodiesAreCutOff() {
        assertThat(result("/drip").linkClass()).isEqualTo(LinkClass.OK);
        assertThat(result("/drip#x").linkClass()).isEqualTo(LinkClass.TRANSIENT);
        assertThat(result("/drip#x").detail()).contains("not found in the part read within 0.5 s");
        assertThat(result("/huge").linkClass()).isEqualTo(LinkClass.OK);
        assertThat(result("/huge#end").linkClass()).isEqualTo(LinkClass.TRANSIENT);
        assertThat(result("/huge#end").detail()).contains("not found in the first 64 KiB");
        assertThat(server.count("/drip") + server.count("/huge")).isEqualTo(2);
    }

    @Test
    void headRefusedFallsBackToGet() {
        assertThat(result("/head-refused").linkClass()).isEqualTo(LinkClass.OK);
        assertThat(server.count("HEAD", "/head-refused")).isEqualTo(1);
        assertThat(server.count("GET", "/head-refused")).isEqualTo(1);
    }

    @Test
    void redirectsAreFollowedAndPermanentOnesSuggestAnUpdate() {
        LinkResult chain = result("/r301");
        assertThat(chain.linkClass()).isEqualTo(LinkClass.REDIRECTED);
        assertThat(chain.finalUrl()).isEqualTo(server.url("/landing"));
        assertThat(chain.permanent()).isTrue();
        assertThat(messageAt(server.url("/r301"))).endsWith("warning: permanent redirect " + server.url("/r301")
                + " -> " + server.url("/landing") + "; update the link");
        assertThat(result("/temp").linkClass()).isEqualTo(LinkClass.REDIRECTED);
        assertThat(result("/temp").permanent()).isFalse();
        assertThat(Course.messages(build)).noneMatch(m -> m.contains(server.url("/temp")));
        assertThat(result("/chain/15").linkClass()).as("a valid 16-hop chain").isEqualTo(LinkClass.REDIRECTED);
    }

    @Test
    void redirectLoopIsBroken() {
        assertThat(result("/loop-a").linkClass()).isEqualTo(LinkClass.BROKEN);
        assertThat(result("/loop-a").detail()).startsWith("redirect loop");
        assertThat(server.count("/loop-a") + server.count("/loop-b")).isEqualTo(2);
    }

    @Test
    void resetConnectionIsRetriedThenTransient() {
        assertThat(result(reset.url("/reset")).linkClass()).isEqualTo(LinkClass.TRANSIENT);
        assertThat(result(reset.url("/reset")).requests()).isEqualTo(3);
        // The JDK client itself retries an idempotent request once on a fresh connection's reset.
        assertThat(reset.accepted()).isBetween(3, 6);
    }

    @Test
    void botProtectionIsBlockedNotBroken() {
        assertThat(result("/cf").linkClass()).isEqualTo(LinkClass.BLOCKED);
        assertThat(messageAt(server.url("/cf"))).contains("warning: blocked link").contains("Cloudflare bot challenge");
        assertThat(result("/999").linkClass()).isEqualTo(LinkClass.BLOCKED);
    }

    @Test
    void unknownHostIsBroken() {
        assertThat(result("http://nonexistent.invalid/page").linkClass()).isEqualTo(LinkClass.BROKEN);
        assertThat(result("http://nonexistent.invalid/page").detail()).isEqualTo("unknown host");
    }

    @Test
    void contactLinksAreSyntaxCheckedOnly() {
        assertThat(result("mailto:someone@example.com").linkClass()).isEqualTo(LinkClass.OK);
        assertThat(result("tel:+1-555-0100").linkClass()).isEqualTo(LinkClass.OK);
        assertThat(messageAt("mailto:not-an-address")).contains("error: broken link mailto:not-an-address");
    }

    @Test
    void theWholeCheckStayedWithinBounds() {
        // (Requests the checker gave up on still run on the server: PerHostLimitTest measures the limit.)
        assertThat(elapsedMs).as("whole build, %d ms", elapsedMs).isLessThan(Duration.ofSeconds(10).toMillis());
        assertThat(server.total()).isLessThan(60);
    }

    @Test
    void brokenLinksFailTheBuildAndKeepTheOldSite() {
        assertThat(build.succeeded()).isFalse();
        assertThat(Course.messages(build)).anyMatch(m -> m.contains(": error: "));
        assertThat(build.links().summary().line()).startsWith("links: ");
    }
}
