package dev.quizsite.links;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.site.BuildResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache of successes, offline mode and a machine without network. */
class CacheAndOfflineTest {

    @Test
    void secondBuildRequestsNothingCachedAndRechecksFailures(@TempDir Path root) throws Exception {
        try (TrapServer server = new TrapServer()) {
            Course course = new Course(root).question("q", List.of(
                    server.url("/page"), server.url("/temp"), server.url("/ok#intro"), server.url("/404")));
            LinkSettings settings = Course.fast().cacheDir(root.resolve("target/link-cache")).build();

            course.build(settings);
            int first = server.total();
            BuildResult second = course.build(settings);

            assertThat(server.count("/page")).isEqualTo(1);
            assertThat(server.count("/temp")).isEqualTo(1);
            assertThat(server.count("/ok")).isEqualTo(1);
            assertThat(server.count("/404")).as("the failure is checked again").isEqualTo(4);
            assertThat(server.total() - first).isEqualTo(2);
            assertThat(Course.result(second, server.url("/page")).cached()).isTrue();
            assertThat(Course.result(second, server.url("/temp")).linkClass()).isEqualTo(LinkClass.REDIRECTED);
            assertThat(Course.result(second, server.url("/404")).linkClass()).isEqualTo(LinkClass.BROKEN);
        }
    }

    @Test
    void expiredEntriesAreCheckedAgain(@TempDir Path root) throws Exception {
        try (TrapServer server = new TrapServer()) {
            Course course = new Course(root).question("q", List.of(server.url("/page")));
            LinkSettings settings = Course.fast().cacheDir(root.resolve("cache")).cacheTtl(Duration.ZERO).build();
            course.build(settings);
            course.build(settings);
            assertThat(server.count("/page")).isEqualTo(2);
        }
    }

    @Test
    void offlineSendsNoRequestAndStillChecksInternalLinks(@TempDir Path root) throws Exception {
        try (TrapServer server = new TrapServer()) {
            Course course = new Course(root).question("q", List.of(server.url("/page"), server.url("/404"),
                    "../nowhere/index.html"));
            BuildResult build = course.build(Course.fast().offline(true).build());

            assertThat(server.total()).isZero();
            assertThat(build.links().notes()).containsExactly(
                    new Note(false, "links: offline, 2 external links not checked (internal links checked)"));
            assertThat(Course.messages(build)).containsExactly("questions/q.md:" + Course.line(2)
                    + ":3: error: broken link ../nowhere/index.html (no file nowhere/index.html in the site)");
            assertThat(build.links().summary().skipped()).isEqualTo(2);
        }
    }

    @Test
    void noResolvableHostMeansNoNetworkNotBrokenLinks(@TempDir Path root) throws Exception {
        // .invalid names never resolve: with only those, the checker sees what a machine without network sees.
        Course course = new Course(root).question("q", List.of("https://one.invalid/a", "https://two.invalid/b",
                "https://two.invalid/c#x"));
        BuildResult build = course.build(Course.fast().build());

        assertThat(build.succeeded()).isTrue();
        assertThat(build.links().notes()).containsExactly(new Note(true, "network unavailable: 3 external links not checked"));
        assertThat(Course.messages(build)).isEmpty();
    }

    @Test
    void failOnDecidesWhichClassesAreErrors(@TempDir Path root) throws Exception {
        try (TrapServer server = new TrapServer()) {
            Course course = new Course(root).question("q", List.of(server.url("/500"), server.url("/404")));
            BuildResult lenient = course.build(Course.fast().retries(0).failOn(FailOn.NONE).build());
            assertThat(lenient.succeeded()).isTrue();
            assertThat(Course.messages(lenient)).allMatch(m -> m.contains(": warning: "));

            BuildResult strict = course.build(Course.fast().retries(0).failOn(FailOn.TRANSIENT).build());
            assertThat(Course.messages(strict)).contains("questions/q.md:" + Course.line(0)
                    + ":3: error: could not check " + server.url("/500") + " (500 Internal Server Error, 1 attempt)");
        }
    }

    @Test
    void ignoredUrlsAreNotRequested(@TempDir Path root) throws Exception {
        try (TrapServer server = new TrapServer()) {
            Course course = new Course(root).question("q", List.of(server.url("/404"), server.url("/page")));
            BuildResult build = course.build(Course.fast().ignore(List.of("/404$")).build());
            assertThat(build.succeeded()).isTrue();
            assertThat(server.count("/404")).isZero();
            assertThat(server.count("/page")).isEqualTo(1);
        }
    }
}
