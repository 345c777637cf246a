package dev.quizsite.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages of each kind of question as built: the form, what the script grades with, the answer without script. */
class AllTypesSiteTest {

    @TempDir
    static Path root;
    static Path site;

    @BeforeAll
    static void build() {
        site = AllTypesCourse.build(root);
    }

    private static Document page(String id) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(id + "/index.html")));
    }

    @Test
    void shortAnswerPageHasATextFieldAndListsTheAcceptedAnswers() throws IOException {
        Document page = page("030-short");
        assertThat(page.selectFirst("article").attr("data-type")).isEqualTo("short");
        Element input = page.selectFirst("input#answer-text");
        assertThat(input.attr("type")).isEqualTo("text");
        assertThat(page.selectFirst("label[for=answer-text]").text()).isEqualTo("Your answer");
        // literal answers normalised as the script normalises the reader's; patterns as written
        assertThat(page.selectFirst("form.quiz").attr("data-accept"))
                .isEqualTo("[{\"n\":1,\"r\":true,\"t\":\"if-none-match\"},{\"n\":2,\"r\":true,\"p\":\"if-none-match:?\"},"
                        + "{\"n\":3,\"r\":false,\"t\":\"etag\"}]");
        assertThat(page.select(".feedback[data-answer=3]").text()).startsWith("ETag is the response header");
        assertThat(page.select(".right-answers li").eachText())
                .containsExactly("If-None-Match", "Any answer that matches the pattern if-none-match:?");
    }

    @Test
    void numericPageShowsTheUnitBesideTheField() throws IOException {
        Document page = page("040-numeric");
        assertThat(page.selectFirst("input#answer-number").attr("inputmode")).isEqualTo("decimal");
        assertThat(page.selectFirst(".unit").text()).isEqualTo("bytes");
        assertThat(page.selectFirst("input#answer-number").attr("aria-describedby")).contains("unit-040-numeric");
        assertThat(page.selectFirst("form.quiz").attr("data-accept"))
                .isEqualTo("[{\"n\":1,\"r\":true,\"lo\":20,\"hi\":20},{\"n\":2,\"r\":false,\"lo\":40,\"hi\":40}]");
        assertThat(page.select(".right-answers li").eachText()).containsExactly("20 bytes");
    }

    @Test
    void orderingPageShowsTheItemsOutOfOrderWithAPlaceEach() throws IOException {
        Document page = page("050-ordering");
        var items = page.select(".items .item");
        assertThat(items).hasSize(3);
        assertThat(items.eachAttr("data-item")).containsExactlyInAnyOrder("1", "2", "3").isNotEqualTo(java.util.List.of("1", "2", "3"));
        for (Element item : items) {
            Element select = item.selectFirst("select");
            assertThat(select.select("option").eachAttr("value")).containsExactly("", "1", "2", "3");
            assertThat(page.getElementById(select.attr("aria-labelledby")).text()).isNotBlank();
        }
        assertThat(page.select(".right-order li").eachText())
                .containsExactly("SYN from the client", "SYN-ACK from the server", "ACK from the client");
    }

    @Test
    void matchingPageOffersTheRightSideInAlphabeticalOrder() throws IOException {
        Document page = page("060-matching");
        assertThat(page.select(".pair label").eachText()).containsExactly("HTTP", "HTTPS", "SSH");
        assertThat(page.select("#pair-1 option").eachText()).containsExactly("Choose…", "22", "443", "80");
        assertThat(page.select("#pair-1 option").eachAttr("value")).containsExactly("", "3", "2", "1");
        assertThat(page.select(".right-pairs li").eachText()).containsExactly("HTTP → 80", "HTTPS → 443", "SSH → 22");
    }

    @Test
    void hintsAreDetailsOneAfterTheOther() throws IOException {
        Document page = page("010-single");
        assertThat(page.select("details.hint-item summary").eachText()).containsExactly("Hint 1 of 2", "Hint 2 of 2");
        assertThat(page.select("details.hint-item").get(1).hasAttr("data-later")).isTrue();
    }

    @Test
    void resultsPageListsEveryQuestion() throws IOException {
        Document page = Jsoup.parse(Files.readString(site.resolve("results/index.html")));
        assertThat(page.select("tr[data-question]").eachAttr("data-question"))
                .containsExactly("010-single", "020-multiple", "030-short", "040-numeric", "050-ordering", "060-matching");
        assertThat(page.selectFirst("body").attr("data-course")).isEqualTo("all-types");
        assertThat(page.selectFirst("body").attr("data-course-title")).isEqualTo("Every kind of question");
    }
}
