package dev.quizsite.export;

import dev.quizsite.model.QuestionType;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one partial-credit rule of every export, the site's own reading of a multiple-choice
 * question: each right option ticked earns an equal share of the points, each wrong option ticked
 * takes away an equal share, so that ticking every option scores nothing; the score never goes
 * below 0. Exactly the right options score the maximum; anything else scores less. A single-choice
 * question scores all for its right option and nothing for any other.
 *
 * <p>In whole points (QTI's mapping, so that the right response scores exactly the maximum): a right
 * option is worth {@link #rightPoints} and a wrong one {@code -}{@link #wrongPoints}, out of
 * {@link #maxPoints}. As Moodle's percentages: {@link #fraction}.
 */
final class Scoring {

    private final QuestionType type;
    private final int right;
    private final int wrong;

    Scoring(ExportItem item) {
        this.type = item.type();
        this.right = item.rightCount();
        this.wrong = item.choices().size() - right;
    }

    int rightPoints() {
        return Math.max(wrong, 1);
    }

    int wrongPoints() {
        return Math.max(right, 1);
    }

    int maxPoints() {
        return right * rightPoints();
    }

    /**
     * Moodle's {@code fraction} of an option, in percent, as Moodle writes it (up to 7 decimals,
     * trailing zeros dropped): right options together make 100, wrong ones together −100 (a single
     * choice's wrong options 0).
     */
    String fraction(boolean correct) {
        if (type == QuestionType.SINGLE) {
            return correct ? "100" : "0";
        }
        int count = correct ? right : wrong;
        BigDecimal share = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(count), 7, RoundingMode.HALF_EVEN);
        return (correct ? share : share.negate()).stripTrailingZeros().toPlainString();
    }
}
