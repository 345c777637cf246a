package dev.quizsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.links.LinkCheckResult;
import dev.quizsite.report.Report;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildResultTest {

    static String summary(int questions, int pages) {
        return new BuildResult(new Report(), questions, pages, Duration.ofMillis(12), List.of(), LinkCheckResult.NONE, 0)
                .summary(Path.of("out"));
    }

    @Test
    void oneQuestionIsSingular() {
        // regression: "Quiz site: 1 questions"
        assertThat(summary(1, 3)).isEqualTo("Quiz site: 1 question, 3 pages in 12 ms -> out");
    }

    @Test
    void otherCountsArePlural() {
        assertThat(summary(0, 1)).isEqualTo("Quiz site: 0 questions, 1 page in 12 ms -> out");
        assertThat(summary(2, 4)).isEqualTo("Quiz site: 2 questions, 4 pages in 12 ms -> out");
    }
}
