package dev.quizsite.links;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.model.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkSummaryTest {

    static CheckedLink link(String url, String file) {
        return new CheckedLink(false, LinkResult.of(url, LinkClass.OK, url), List.of(new Location(file, 3, 1)));
    }

    @Test
    void saysHowManyOfTheCheckedLinksTheThemeWrote() {
        // regression: "19 checked" for the 4 links an author wrote, without a word on the other 15
        LinkSummary summary = LinkSummary.of(List.of(
                link("../q2/", "questions/q1.md"),
                link("assets/quiz.css", "target/quizsite/index.html"),
                link("../assets/quiz.js", "target/quizsite/q1/index.html")));
        assertThat(summary.line()).isEqualTo(
                "links: 3 checked (2 of them the theme's), 3 ok, 0 redirected, 0 broken, 0 could not check");
    }

    @Test
    void noThemeLinksNoRemark() {
        assertThat(LinkSummary.of(List.of(link("../q2/", "questions/q1.md"))).line())
                .isEqualTo("links: 1 checked, 1 ok, 0 redirected, 0 broken, 0 could not check");
    }
}
