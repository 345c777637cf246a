package dev.quizsite.links;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.report.Report;
import dev.quizsite.site.BuildResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links between the site's own files are checked on the rendered site, always, offline too. */
class InternalLinksTest {

    @Test
    void brokenInternalLinksAndAnchorsAreErrorsAtTheirSourceLine(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("assets"));
        Files.writeString(root.resolve("assets/chart.csv"), "x,y\n1,2\n");
        Course course = new Course(root)
                .question("q2", List.of("#main"))
                .question("q1", List.of(
                        "../q2/index.html",
                        "../q2/index.html#main",
                        "../q2/index.html#nope",
                        "../missing/index.html",
                        "../assets/chart.csv",
                        "../assets/missing.csv",
                        "#nothing",
                        "../q2/"));
        BuildResult build = course.build(Course.fast().offline(true).build());

        String at = "questions/q1.md:";
        assertThat(Course.messages(build)).containsExactly(
                at + Course.line(2) + ":3: error: broken link ../q2/index.html#nope (no anchor #nope in q2/index.html)",
                at + Course.line(3) + ":3: error: broken link ../missing/index.html (no file missing/index.html in the site)",
                at + Course.line(5) + ":3: error: broken link ../assets/missing.csv (no file assets/missing.csv in the site)",
                // (a link that leaves the site is already a parse error: see the broken corpus)
                at + Course.line(6) + ":3: error: broken link #nothing (no anchor #nothing in q1/index.html)");
        assertThat(build.succeeded()).isFalse();
        assertThat(root.resolve("target/quizsite")).doesNotExist();
    }

    @Test
    void aBrokenLinkToAQuestionSuggestsTheNearestPage(@TempDir Path root) throws Exception {
        Course course = new Course(root)
                .question("000-idempotent-method", List.of("#main"))
                .question("q1", List.of(
                        "../000-idempotnet-method/",
                        "../000-idempotent-method.md",
                        "000-idempotent-method.md"));
        BuildResult build = course.build(Course.fast().offline(true).build());

        String at = "questions/q1.md:";
        assertThat(Course.messages(build)).containsExactly(
                at + Course.line(0) + ":3: error: broken link ../000-idempotnet-method/ (no file"
                        + " 000-idempotnet-method/index.html in the site; did you mean `../000-idempotent-method/`?)",
                // regression: a link to another question's .md file got no hint of the form links take
                at + Course.line(1) + ":3: error: broken link ../000-idempotent-method.md (no file"
                        + " 000-idempotent-method.md in the site; links between questions take the form `../ID/`,"
                        + " not the question's file: did you mean `../000-idempotent-method/`?)",
                at + Course.line(2) + ":3: error: broken link 000-idempotent-method.md (no file"
                        + " q1/000-idempotent-method.md in the site; links between questions take the form `../ID/`,"
                        + " not the question's file: did you mean `../000-idempotent-method/`?)");
    }

    @Test
    void aBuildFailingOnLinksLeavesThePreviousSiteUntouched(@TempDir Path root) throws Exception {
        Course course = new Course(root).question("q1", List.of("../q1/index.html"));
        assertThat(course.build(Course.fast().offline(true).build()).succeeded()).isTrue();
        Path page = root.resolve("target/quizsite/q1/index.html");
        String before = Files.readString(page);

        course.question("q1", List.of("../gone/index.html"));
        BuildResult broken = course.build(Course.fast().offline(true).build());

        assertThat(broken.succeeded()).isFalse();
        assertThat(Files.readString(page)).isEqualTo(before);
        assertThat(root.resolve("target/.quizsite.partial")).doesNotExist();
    }

    @Test
    void themeLinksAreReportedInTheRenderedPageAndOtherAttributesAreChecked(@TempDir Path site) throws Exception {
        Files.writeString(site.resolve("index.html"), """
                <!DOCTYPE html><html><head><link rel="preconnect" href="https://cdn.example"></head><body>
                <a href="nowhere.html">x</a>
                <div data-csv="data/chart.csv"></div>
                <img src="data/missing.png" alt="">
                <a href="%zz">bad</a>
                <a href="mailto:ok@example.com">mail</a> <a href="tel:12">short</a>
                </body></html>
                """);
        Files.createDirectories(site.resolve("data"));
        Files.writeString(site.resolve("data/chart.csv"), "a\n");
        Report report = new Report();
        LinkCheckResult result = new LinkChecker(Course.fast().offline(true).build())
                .check(SiteLinks.read(site, "site"), List.of(), report);

        assertThat(report.problems()).extracting(p -> p.format()).containsExactly(
                "site/index.html:2:10: error: broken link nowhere.html (no file nowhere.html in the site)",
                "site/index.html:4:11: error: broken link data/missing.png (no file data/missing.png in the site)",
                "site/index.html:5:10: error: broken link %zz (malformed URL)",
                "site/index.html:6:51: error: broken link tel:12 (`12` is not a phone number)");
        assertThat(result.links()).extracting(l -> l.result().url()).contains("data/chart.csv", "mailto:ok@example.com")
                .doesNotContain("https://cdn.example");
    }

    /**
     * Regression: what a URL came to was kept by the page's folder, so on pages that share one
     * (the handout's) a {@code #x} was judged by the anchors of whichever page came first.
     */
    @Test
    void aFragmentIsJudgedOnItsOwnPageWhenPagesShareAFolder() {
        Map<String, RenderedPage> pages = new TreeMap<>();
        for (String path : List.of("handout/1.html", "handout/2.html", "q1/index.html", "q2/index.html")) {
            String anchor = path.equals("handout/1.html") ? "<h2 id=\"x\">x</h2>" : "";
            pages.put(path, RenderedPage.scan(path, "<!DOCTYPE html><html><body>" + anchor
                    + "<a href=\"#x\">x</a> <a href=\"../assets/quiz.css\">css</a></body></html>"));
        }
        Set<String> files = new HashSet<>(pages.keySet());
        files.add("assets/quiz.css");
        for (LinkMemory memory : List.of(LinkMemory.none(), LinkMemory.kept())) {
            Report report = new Report();
            LinkCheckResult result = new LinkChecker(Course.fast().offline(true).build())
                    .check(new SiteLinks(pages, files, "site"), List.of(), memory, report);

            assertThat(report.problems()).extracting(p -> p.format()).containsExactly(
                    "site/handout/2.html:1:37: error: broken link #x (no anchor #x in handout/2.html)",
                    "site/q1/index.html:1:37: error: broken link #x (no anchor #x in q1/index.html)",
                    "site/q2/index.html:1:37: error: broken link #x (no anchor #x in q2/index.html)");
            assertThat(result.links()).filteredOn(l -> l.result().url().equals("../assets/quiz.css"))
                    .singleElement().satisfies(css -> assertThat(css.locations()).hasSize(4));
        }
    }
}
