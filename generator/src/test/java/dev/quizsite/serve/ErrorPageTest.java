package dev.quizsite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.i18n.Bundles;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The preview's error page speaks the course's language around the problems, which stay as the build prints them. */
class ErrorPageTest {

    private static final List<String> PROBLEMS = List.of("questions/a.md:3:1: error: no option is marked right",
            "questions/b.md:7:2: error: unknown chart `<loss>`");

    private static Document page(String language) {
        return Jsoup.parse(ErrorPage.render(new BuildState(4, PROBLEMS, true,
                Bundles.resolve(language, Map.of()).messages())));
    }

    @Test
    void germanWordsAroundTheProblemsAsPrinted() {
        Document de = page("de");
        assertThat(de.selectFirst("html").attr("lang")).isEqualTo("de");
        assertThat(de.selectFirst("html").hasAttr("dir")).isFalse();
        assertThat(de.title()).isEqualTo("Quizsite: Der Kurs hat Fehler");
        assertThat(de.selectFirst("h1").text()).isEqualTo("Der Kurs hat Fehler");
        assertThat(de.selectFirst("main p").text()).startsWith("Die Vorschau zeigt die Website wieder");
        assertThat(de.select("ol.problems li").eachText()).containsExactlyElementsOf(PROBLEMS);
    }

    @Test
    void arabicIsRightToLeftWithTheProblemsLeftToRight() {
        Document ar = page("ar");
        assertThat(ar.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(ar.selectFirst("h1").text()).isEqualTo("في الدورة أخطاء");
        assertThat(ar.selectFirst("ol.problems").attr("dir")).isEqualTo("ltr");
        assertThat(ar.select("ol.problems li code").eachText()).containsExactlyElementsOf(PROBLEMS);
    }

    @Test
    void englishByDefault() {
        assertThat(page("en").selectFirst("h1").text()).isEqualTo("The course has errors");
    }
}
