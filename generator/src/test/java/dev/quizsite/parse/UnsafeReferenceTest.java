package dev.quizsite.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A reference whose URL would run script is an error at its place, however the scheme is disguised. */
class UnsafeReferenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "&#106;avascript:alert(1)",
            "&#x6A;avascript&#x3A;alert(1)", "java&#9;script:alert(1)", "java&NewLine;script:alert(1)",
            "&#1;javascript:alert(1)", "javascript&colon;alert(1)", "%6Aavascript:alert(1)", "vbscript:msgbox(1)",
            "data:text/html;base64,PHNjcmlwdD4=", "&#32;javascript:alert(1)"})
    void isRefused(String url) {
        assertThat(ParserErrorsTest.problems("# T\n\n**Which?**\n\n" + ParserErrorsTest.OPTIONS + ParserErrorsTest.TAIL
                + "\n## References\n\n- [a](" + url + ")\n"))
                .singleElement().asString()
                .startsWith(ParserErrorsTest.FILE + ":14:3: error: a reference must link to http, https, mailto, tel or a relative path, not `");
    }
}
