package dev.quizsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.config.CourseConfig;
import dev.quizsite.report.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site as a static site: sitemap, 404, canonical and Open Graph, course config, theme overrides. */
class StaticSiteTest {

    static final String VALID = SiteBuilderTest.VALID;

    @TempDir
    Path root;

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private String read(String path) throws IOException {
        return Files.readString(root.resolve("target/quizsite").resolve(path));
    }

    private BuildResult build(BuildSettings settings) {
        BuildResult result = new SiteBuilder().build(settings);
        return result;
    }

    @Test
    void withABaseUrlTheSiteHasASitemapCanonicalLinksAndOpenGraph() throws IOException {
        write("questions/a.md", VALID.formatted("A"));
        write("questions/b.md", VALID.formatted("B"));
        write("quizsite.yml", "title: Course\nbaseUrl: https://me.github.io/course\ndescription: Learn.\n");
        BuildResult result = build(BuildSettings.defaults(root));
        assertThat(result.report().problems()).isEmpty();
        assertThat(result.notices()).isEmpty();
        assertThat(read("sitemap.xml")).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <url><loc>https://me.github.io/course/</loc></url>
                <url><loc>https://me.github.io/course/a/</loc></url>
                <url><loc>https://me.github.io/course/b/</loc></url>
                </urlset>
                """);
        assertThat(read("a/index.html")).contains(
                "<link rel=\"canonical\" href=\"https://me.github.io/course/a/\">",
                "<meta property=\"og:title\" content=\"Title A · Course\">",
                "<meta property=\"og:url\" content=\"https://me.github.io/course/a/\">",
                "<meta property=\"og:description\" content=\"Learn.\">",
                "<meta name=\"twitter:card\" content=\"summary\">",
                "href=\"../assets/quiz.css\"");
        assertThat(read("index.html")).contains("<link rel=\"canonical\" href=\"https://me.github.io/course/\">");
        // 404.html is served at any depth, so its links start from the site's absolute path.
        assertThat(read("404.html")).contains("<h1>Page not found</h1>", "href=\"/course/assets/quiz.css\"",
                "href=\"/course/index.html\"").doesNotContain("rel=\"canonical\"");
        // The summary's count is the HTML files written (it once forgot pages added later, such as review/).
        try (java.util.stream.Stream<java.nio.file.Path> files = Files.walk(root.resolve("target/quizsite"))) {
            assertThat(result.pages()).isEqualTo(8) // 2 questions, the index, 404.html, the results, handout, review and offline pages
                    .isEqualTo(files.filter(f -> f.toString().endsWith(".html")).count());
        }
    }

    @Test
    void withoutABaseUrlThereIsNoSitemapAndANotice() throws IOException {
        write("questions/a.md", VALID.formatted("A"));
        BuildResult result = build(BuildSettings.defaults(root));
        assertThat(result.report().problems()).isEmpty();
        assertThat(result.notices()).singleElement().asString().startsWith("No baseUrl set");
        assertThat(root.resolve("target/quizsite/sitemap.xml")).doesNotExist();
        assertThat(read("a/index.html")).doesNotContain("canonical", "og:");
        assertThat(read("404.html")).contains("href=\"assets/quiz.css\"");
    }

    @Test
    void thePomWinsOverQuizsiteYml() throws IOException {
        write("questions/a.md", VALID.formatted("A"));
        write("quizsite.yml", "title: From file\nlanguage: fr\n");
        CourseConfig pom = new CourseConfig(Optional.of("From POM"), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty());
        assertThat(build(BuildSettings.defaults(root).withGiven(pom)).succeeded()).isTrue();
        assertThat(read("index.html")).contains("<html lang=\"fr\">", "<h1>From POM</h1>");
    }

    @Test
    void theOrderListComesFirstAndUnknownIdsAreErrorsWithASuggestion() throws IOException {
        write("questions/a.md", VALID.formatted("A"));
        write("questions/b.md", VALID.formatted("B"));
        write("questions/c.md", VALID.formatted("C"));
        write("quizsite.yml", "order: [c, a]\n");
        assertThat(build(BuildSettings.defaults(root)).succeeded()).isTrue();
        String index = read("index.html");
        assertThat(index.indexOf("href=\"c/index.html\"")).isLessThan(index.indexOf("href=\"a/index.html\""));
        assertThat(index.indexOf("href=\"a/index.html\"")).isLessThan(index.indexOf("href=\"b/index.html\""));

        write("quizsite.yml", "order:\n  - c\n  - bb\n");
        BuildResult failed = build(BuildSettings.defaults(root));
        assertThat(failed.report().problems()).extracting(Problem::format).containsExactly(
                "quizsite.yml:3:5: error: `order` names `bb`, but no question has this id; did you mean `b`?");
    }

    @Test
    void aBadBaseUrlFromThePomIsNamedByItsProperty() throws IOException {
        write("questions/a.md", VALID.formatted("A"));
        CourseConfig pom = new CourseConfig(Optional.empty(), Optional.of("me.github.io"), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty());
        BuildResult result = build(BuildSettings.defaults(root).withGiven(pom));
        assertThat(result.report().problems()).extracting(Problem::format).containsExactly(
                "pom.xml: error: <baseUrl> (quizsite.baseUrl): the base URL must be an absolute http(s) URL such as"
                        + " https://example.github.io/course/, not `me.github.io`");
    }

    @Test
    void aSiteOverridesAPartialAndAnAssetByFileName() throws IOException {
        write("questions/a.md", VALID.formatted("A"));
        write("templates/partials/footer.peb", "<footer class=\"mine\">{{ site.title }} by me</footer>\n");
        write("assets/quiz.css", "body { color: teal; }\n");
        write("assets/extra/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        BuildSettings settings = BuildSettings.defaults(root)
                .withTemplatesAndAssets(root.resolve("templates"), root.resolve("assets"));
        assertThat(build(settings).report().problems()).extracting(dev.quizsite.report.Problem::format).containsExactly(
                "assets/quiz.css: warning: replaces the default theme's quiz.css wholesale: the pages get none of the"
                        + " theme's styles; to add or change a few rules, put them in assets/custom.css, which is included"
                        + " after the theme's stylesheet (`quizsite:eject-theme` copies the theme's files into the course"
                        + " to edit)");
        assertThat(read("a/index.html")).contains("<footer class=\"mine\">Quiz by me</footer>",
                "<article class=\"question\""); // the other partials still come from the default theme
        assertThat(read("index.html")).contains("<footer class=\"mine\">");
        assertThat(read("assets/quiz.css")).isEqualTo("body { color: teal; }\n");
        assertThat(read("assets/quiz.js")).contains("window.quizsiteMessages"); // the theme's own, comments stripped
        assertThat(read("assets/extra/logo.svg")).startsWith("<svg");
    }

    /** A long course's handout comes in parts of 500 questions at the same depth, each with its key, linked from each other. */
    @Test
    void aLongCoursesHandoutComesInParts() throws IOException {
        int count = SiteRenderer.HANDOUT_PART + 1;
        for (int i = 1; i <= count; i++) {
            write("questions/q" + String.format("%04d", i) + ".md", VALID.formatted(i));
        }
        BuildResult result = build(BuildSettings.defaults(root));
        assertThat(result.report().problems()).filteredOn(Problem::isError).isEmpty();
        org.jsoup.nodes.Document first = org.jsoup.Jsoup.parse(read("handout/index.html"));
        org.jsoup.nodes.Document second = org.jsoup.Jsoup.parse(read("handout/2.html"));
        assertThat(first.select(".handout-question")).hasSize(SiteRenderer.HANDOUT_PART);
        assertThat(first.select(".handout-answer")).hasSize(SiteRenderer.HANDOUT_PART);
        assertThat(second.select(".handout-question")).hasSize(1);
        assertThat(second.select(".handout-question h3").text()).isEqualTo(count + ". Title " + count);
        assertThat(second.select(".handout-answer")).hasSize(1);
        assertThat(first.select(".handout-parts a").eachText()).containsExactly("Questions 1–500", "Questions 501–501");
        assertThat(first.select(".handout-parts a").eachAttr("href")).containsExactly("index.html", "2.html");
        assertThat(second.select(".handout-parts a[aria-current=page]").attr("href")).isEqualTo("2.html");
        assertThat(second.title()).isEqualTo("Handout (Questions 501–501) · Quiz");
        assertThat(second.select("link[rel=stylesheet]").eachAttr("href")).contains("../assets/handout.css");
        assertThat(Files.exists(root.resolve("target/quizsite/handout/3.html"))).isFalse();
        // A short course has one handout page and no parts to choose from.
        assertThat(org.jsoup.Jsoup.parse(read("index.html")).select("a[href='handout/index.html']")).hasSize(1);
    }

    @Test
    void aShortCoursesHandoutIsOnePage() throws IOException {
        write("questions/a.md", VALID.formatted("A"));
        build(BuildSettings.defaults(root));
        assertThat(org.jsoup.Jsoup.parse(read("handout/index.html")).select(".handout-parts")).isEmpty();
        assertThat(Files.exists(root.resolve("target/quizsite/handout/2.html"))).isFalse();
    }
}
