package dev.quizsite.links;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.report.Report;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the preview's link memory keeps between checks. */
class LinkMemoryTest {

    /**
     * Regression: every edit of a title makes the index (and the results and review pages) anew,
     * ten thousand links each, and the memory kept the verdicts on each replaced one until stale
     * verdicts were twice the live ones: after sixty edits the preview's heap held half a gigabyte
     * more, and its collections stalled its rebuilds.
     */
    @Test
    void aListingPageMadeAnewIsForgottenAtTheNextCheck() {
        LinkMemory memory = LinkMemory.kept();
        LinkChecker checker = new LinkChecker(LinkSettings.builder().offline(true).build());
        Map<String, RenderedPage> kept = new LinkedHashMap<>();
        for (int i = 0; i < 10; i++) { // the same objects at every check, as the store hands out unchanged pages
            kept.put("q" + i + "/index.html", RenderedPage.scan("q" + i + "/index.html", "<h1 id=\"top\">Q</h1><a href=\"../index.html\">all</a>"));
        }
        for (int check = 0; check < 40; check++) {
            Map<String, RenderedPage> pages = new LinkedHashMap<>(kept);
            pages.put("index.html", RenderedPage.scan("index.html", "<a href=\"q1/index.html#top\">one</a>")); // made anew
            Report report = new Report();
            checker.check(new SiteLinks(pages, Set.copyOf(pages.keySet()), "site"), List.of(), memory, report);
            assertThat(report.problems()).isEmpty();
            assertThat(memory.pagesKept()).as("check %d", check).isEqualTo(11);
        }
    }
}
