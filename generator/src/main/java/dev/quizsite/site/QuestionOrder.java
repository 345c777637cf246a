package dev.quizsite.site;

import dev.quizsite.config.CourseConfig.OrderEntry;
import dev.quizsite.model.Question;
import dev.quizsite.report.Report;
import dev.quizsite.report.Suggestion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Applies the course's {@code order:} list: those questions first, in that order, then the rest. */
final class QuestionOrder {

    private QuestionOrder() {
    }

    /** @param questions in their own order (front matter {@code order}, then file name) */
    static List<Question> apply(List<Question> questions, List<OrderEntry> order, Report report) {
        if (order.isEmpty()) {
            return questions;
        }
        Map<String, Question> remaining = new LinkedHashMap<>();
        questions.forEach(q -> remaining.putIfAbsent(q.id(), q));
        List<String> ids = List.copyOf(remaining.keySet());
        List<Question> ordered = new ArrayList<>(questions.size());
        for (OrderEntry entry : order) {
            Question question = remaining.remove(entry.id());
            if (question == null) {
                report.error(entry.file(), entry.line(), entry.column(), "`order` names `" + entry.id()
                        + "`, but no question has this id" + Suggestion.hint(entry.id(), ids));
            } else {
                ordered.add(question);
            }
        }
        ordered.addAll(questions.stream().filter(q -> remaining.get(q.id()) == q).toList());
        return ordered;
    }
}
