package dev.quizsite.model;

import java.math.BigDecimal;
import java.io.Serializable;
import java.util.List;

/**
 * What a reader gives as an answer, and what counts as right: one record per kind of question.
 * Everything a page, an export or the reader's script needs to grade an answer is here.
 */
public sealed interface Response extends Serializable {

    QuestionType type();

    /** Single or multiple choice: the task list's options, each right or wrong. */
    record Choice(boolean single, List<Option> options) implements Response {
        public Choice {
            options = List.copyOf(options);
        }

        @Override
        public QuestionType type() {
            return single ? QuestionType.SINGLE : QuestionType.MULTIPLE;
        }
    }

    /**
     * A typed word or phrase, compared after trimming and collapsing white space, and ignoring
     * case unless {@code matchCase}.
     */
    record ShortText(boolean matchCase, List<TextAnswer> answers) implements Response {
        public ShortText {
            answers = List.copyOf(answers);
        }

        @Override
        public QuestionType type() {
            return QuestionType.SHORT;
        }
    }

    /** A typed number: right when it lies in one of the right answers' ranges; {@code unit} shown beside the field. */
    record Numeric(String unit, List<NumberAnswer> answers) implements Response {
        public Numeric {
            answers = List.copyOf(answers);
        }

        @Override
        public QuestionType type() {
            return QuestionType.NUMERIC;
        }
    }

    /** Items to put in order; {@code items} is the right order. */
    record Ordering(List<Item> items) implements Response {
        public Ordering {
            items = List.copyOf(items);
        }

        @Override
        public QuestionType type() {
            return QuestionType.ORDERING;
        }
    }

    /** Each left item paired with one right item; {@code pairs} as the author wrote them. */
    record Matching(List<Pair> pairs) implements Response {
        public Matching {
            pairs = List.copyOf(pairs);
        }

        @Override
        public QuestionType type() {
            return QuestionType.MATCHING;
        }
    }

    /**
     * One answer the author foresaw for a short-answer question.
     *
     * @param text     the answer as written (a literal, or a regular expression when {@code pattern})
     * @param pattern  whether {@code text} is a regular expression that must match the whole answer
     * @param right    whether it counts as right ({@code =}, {@code ~}) or is a foreseen mistake ({@code !=}, {@code !~})
     * @param feedback shown when the reader's answer is this one; empty when none
     */
    record TextAnswer(String text, boolean pattern, boolean right, Html feedback, Location location) implements Serializable {
    }

    /**
     * One number or range the author foresaw for a numeric question, inclusive at both ends.
     *
     * @param shown how the author wrote it (without the unit), for the answer shown to readers
     */
    record NumberAnswer(BigDecimal low, BigDecimal high, String shown, boolean right, Html feedback, Location location)
            implements Serializable {
    }

    /** An item of an ordering question. */
    record Item(Html html, String text, Html feedback, Location location) implements Serializable {
    }

    /** A pair of a matching question: the left item and the right item that belongs to it. */
    record Pair(Html left, String leftText, Html right, String rightText, Html feedback, Location location)
            implements Serializable {
    }
}
