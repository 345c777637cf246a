package dev.quizsite.export;

import static dev.quizsite.text.Markup.escape;

import dev.quizsite.model.Course;
import dev.quizsite.model.Location;
import dev.quizsite.model.QuestionType;
import dev.quizsite.report.Report;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A QTI 1.2 package as Canvas writes and reads it (Canvas classic quizzes, and Blackboard's "QTI
 * 1.2 package" import): {@code imsmanifest.xml}; the quiz as {@code ID/ID.xml} (a
 * {@code questestinterop} with one section of items, {@code multiple_choice_question} or
 * {@code multiple_answers_question}; {@code short_answer_question}, {@code numerical_question},
 * {@code matching_question}: Canvas has no ordering question, which is left out with a warning);
 * Canvas's quiz settings in {@code ID/assessment_meta.xml};
 * the files under {@code web_resources/}, referenced as {@code $IMS-CC-FILEBASE$/PATH}.
 *
 * <p>Scoring is Canvas's: 100 for the right response. Canvas grades multiple answers with its own
 * partial credit (a share per right option, minus one per wrong option, as {@link Scoring} does) and
 * takes only the right answers from the package; the feedback per option and the general feedback
 * are {@code itemfeedback} shown by {@code displayfeedback}.
 */
final class Canvas12Export {

    private static final String FILEBASE = "$IMS-CC-FILEBASE$/";
    private static final String RESOURCES = "web_resources/";

    private Canvas12Export() {
    }

    static byte[] write(Course course, List<ExportItem> items, Resources resources, Report report) {
        String id = Exports.courseId(course);
        SortedMap<String, byte[]> files = new TreeMap<>();
        files.put(id + "/" + id + ".xml", utf8(assessment(course, items, report)));
        files.put(id + "/assessment_meta.xml", utf8(meta(course, items)));
        files.put("imsmanifest.xml", utf8(manifest(course, resources)));
        resources.files().forEach((path, bytes) -> files.put(RESOURCES + path, bytes));
        return Zip.of(files);
    }

    static String assessment(Course course, List<ExportItem> items, Report report) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<questestinterop xmlns=\"http://www.imsglobal.org/xsd/ims_qtiasiv1p2\">\n<assessment ident=\"")
                .append(Exports.courseId(course)).append("\" title=\"").append(escape(course.title())).append("\">\n")
                .append("<qtimetadata><qtimetadatafield><fieldlabel>cc_maxattempts</fieldlabel><fieldentry>unlimited</fieldentry></qtimetadatafield></qtimetadata>\n")
                .append("<section ident=\"root_section\">\n");
        for (ExportItem item : items) {
            if (item.body() instanceof ExportItem.Choices) {
                item(item, x);
            } else if (item.body() instanceof ExportItem.ShortText s) {
                shortText(item, s, x, report);
            } else if (item.body() instanceof ExportItem.Numeric n) {
                numeric(item, n, x, report);
            } else if (item.body() instanceof ExportItem.Matching m) {
                matching(item, m, x);
            } else {
                warn(report, item, item.answersAt(), "Canvas (classic quizzes) has no ordering question: this question"
                        + " is not in " + ExportFormat.CANVAS.fileName() + " (the QTI 2.1 package and Moodle XML have it)");
            }
        }
        return x.append("</section>\n</assessment>\n</questestinterop>\n").toString();
    }

    /** Whether Canvas gets the question: not an ordering, not a short answer that accepts only patterns. */
    static boolean kept(ExportItem item) {
        return !(item.body() instanceof ExportItem.Ordering) && !(item.body() instanceof ExportItem.ShortText s
                && s.accepted().stream().allMatch(ExportItem.TextAnswer::pattern));
    }

    private static void warn(Report report, ExportItem item, Location at, String message) {
        report.warning(item.source(), at.line(), at.column(), message);
    }

    /** An item's start: its ident, type and the question text, up to the presentation's material. */
    private static void head(ExportItem item, String type, List<String> answerIds, StringBuilder x) {
        String ident = Qti21Export.identifier(item);
        x.append("<item ident=\"").append(ident).append("\" title=\"").append(escape(item.title())).append("\">\n<itemmetadata><qtimetadata>")
                .append(field("question_type", type))
                .append(field("points_possible", "1"))
                .append(field("original_answer_ids", String.join(",", answerIds)))
                .append(field("assessment_question_identifierref", ident))
                .append("</qtimetadata></itemmetadata>\n<presentation>\n");
        String text = (item.scenario().isEmpty() ? "" : item.scenario() + "\n") + "<p><strong>" + item.prompt() + "</strong></p>";
        x.append(mattext(text)).append('\n');
    }

    /** The general feedback's condition (first in resprocessing) and the itemfeedback elements, after it. */
    private static String generalCondition(ExportItem item) {
        return item.explanation().isEmpty() ? "" : "<respcondition continue=\"Yes\"><conditionvar><other/></conditionvar>"
                + "<displayfeedback feedbacktype=\"Response\" linkrefid=\"general_fb\"/></respcondition>\n";
    }

    private static final String OUTCOMES = "<resprocessing>\n<outcomes><decvar maxvalue=\"100\" minvalue=\"0\" varname=\"SCORE\" vartype=\"Decimal\"/></outcomes>\n";

    /**
     * A short answer as Canvas's {@code short_answer_question} (fill in the blank): the accepted
     * literal answers, each a {@code varequal}. Canvas compares without case and has no patterns:
     * a pattern is left out with a warning (the question is, when it accepts nothing else), and
     * so is {@code matchCase}. Foreseen wrong answers are not kept: Canvas reads every answer of a
     * fill-in-the-blank question as a right one. An accepted answer's feedback is kept.
     */
    private static void shortText(ExportItem item, ExportItem.ShortText s, StringBuilder x, Report report) {
        List<ExportItem.TextAnswer> literals = s.accepted().stream().filter(a -> !a.pattern()).toList();
        List<ExportItem.TextAnswer> patterns = s.accepted().stream().filter(ExportItem.TextAnswer::pattern).toList();
        if (literals.isEmpty()) {
            warn(report, item, patterns.get(0).location(), "Canvas has no pattern answers and this question accepts"
                    + " only patterns: it is not in " + ExportFormat.CANVAS.fileName());
            return;
        }
        for (ExportItem.TextAnswer pattern : patterns) {
            warn(report, item, pattern.location(), "Canvas has no pattern answers: `~ " + pattern.text() + "` is left out"
                    + " of " + ExportFormat.CANVAS.fileName() + ", which accepts only the literal answers");
        }
        if (s.matchCase()) {
            warn(report, item, literals.get(0).location(), "Canvas compares short answers without case: `matchCase: true`"
                    + " does not hold there, and `" + literals.get(0).text() + "` in any case is right");
        }
        List<String> ids = java.util.stream.IntStream.range(0, literals.size()).mapToObj(i -> answerId(item, i)).toList();
        head(item, "short_answer_question", ids, x);
        x.append("<response_str ident=\"response1\" rcardinality=\"Single\">\n<render_fib><response_label ident=\"answer1\""
                + " rshuffle=\"No\"/></render_fib>\n</response_str>\n</presentation>\n").append(OUTCOMES).append(generalCondition(item));
        for (int i = 0; i < literals.size(); i++) {
            if (!literals.get(i).feedback().isEmpty()) {
                x.append("<respcondition continue=\"Yes\"><conditionvar>").append(varequal(escape(literals.get(i).text())))
                        .append("</conditionvar><displayfeedback feedbacktype=\"Response\" linkrefid=\"").append(ids.get(i))
                        .append("_fb\"/></respcondition>\n");
            }
        }
        x.append("<respcondition continue=\"No\"><conditionvar>");
        literals.forEach(a -> x.append(varequal(escape(a.text()))));
        x.append("</conditionvar><setvar action=\"Set\" varname=\"SCORE\">100</setvar></respcondition>\n</resprocessing>\n");
        feedbacks(item, x);
        for (int i = 0; i < literals.size(); i++) {
            if (!literals.get(i).feedback().isEmpty()) {
                x.append(feedback(ids.get(i) + "_fb", literals.get(i).feedback()));
            }
        }
        x.append("</item>\n");
    }

    /**
     * A number as Canvas's {@code numerical_question}: each right range a condition
     * ({@code vargte} and {@code varlte}; a single number {@code varequal}), with its feedback.
     * Canvas has no unit (a warning says so) and keeps no wrong answers: it reads every condition
     * as a right answer.
     */
    private static void numeric(ExportItem item, ExportItem.Numeric n, StringBuilder x, Report report) {
        if (!n.unit().isEmpty()) {
            warn(report, item, n.accepted().get(0).location(), "Canvas numerical questions have no unit: `" + n.unit()
                    + "` is not shown there; say it in the prompt if it matters");
        }
        List<ExportItem.NumberAnswer> right = n.accepted();
        List<String> ids = java.util.stream.IntStream.range(0, right.size()).mapToObj(i -> answerId(item, i)).toList();
        head(item, "numerical_question", ids, x);
        x.append("<response_str ident=\"response1\" rcardinality=\"Single\">\n<render_fib fibtype=\"Decimal\"><response_label"
                + " ident=\"answer1\"/></render_fib>\n</response_str>\n</presentation>\n").append(OUTCOMES).append(generalCondition(item));
        for (int i = 0; i < right.size(); i++) {
            ExportItem.NumberAnswer a = right.get(i);
            String condition = a.low().compareTo(a.high()) == 0
                    ? "<varequal respident=\"response1\">" + a.low().toPlainString() + "</varequal>"
                    : "<and><vargte respident=\"response1\">" + a.low().toPlainString() + "</vargte><varlte respident=\"response1\">"
                            + a.high().toPlainString() + "</varlte></and>";
            x.append("<respcondition continue=\"No\"><conditionvar>").append(condition)
                    .append("</conditionvar><setvar action=\"Set\" varname=\"SCORE\">100</setvar>");
            if (!a.feedback().isEmpty()) {
                x.append("<displayfeedback feedbacktype=\"Response\" linkrefid=\"").append(ids.get(i)).append("_fb\"/>");
            }
            x.append("</respcondition>\n");
        }
        x.append("</resprocessing>\n");
        feedbacks(item, x);
        for (int i = 0; i < right.size(); i++) {
            if (!right.get(i).feedback().isEmpty()) {
                x.append(feedback(ids.get(i) + "_fb", right.get(i).feedback()));
            }
        }
        x.append("</item>\n");
    }

    /**
     * Pairs as Canvas's {@code matching_question}: one {@code response_lid} per left item (HTML),
     * each offering every right item (plain text, as Canvas shows matches), scored a share of 100
     * per right pair. Canvas keeps no feedback per pair.
     */
    private static void matching(ExportItem item, ExportItem.Matching m, StringBuilder x) {
        int size = m.pairs().size();
        List<String> ids = java.util.stream.IntStream.range(0, size).mapToObj(i -> answerId(item, i)).toList();
        head(item, "matching_question", ids, x);
        for (int i = 0; i < size; i++) {
            x.append("<response_lid ident=\"response_").append(ids.get(i)).append("\">\n").append(mattext(m.pairs().get(i).left()))
                    .append("\n<render_choice>\n");
            for (int j = 0; j < size; j++) {
                x.append("<response_label ident=\"").append(matchId(item, j)).append("\"><material><mattext>")
                        .append(escape(m.pairs().get(j).rightText())).append("</mattext></material></response_label>\n");
            }
            x.append("</render_choice>\n</response_lid>\n");
        }
        x.append("</presentation>\n").append(OUTCOMES).append(generalCondition(item));
        String share = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(size), 2, RoundingMode.HALF_EVEN).toPlainString();
        for (int i = 0; i < size; i++) {
            x.append("<respcondition><conditionvar><varequal respident=\"response_").append(ids.get(i)).append("\">")
                    .append(matchId(item, i)).append("</varequal></conditionvar><setvar varname=\"SCORE\" action=\"Add\">")
                    .append(share).append("</setvar></respcondition>\n");
        }
        x.append("</resprocessing>\n");
        feedbacks(item, x);
        x.append("</item>\n");
    }

    /** A right item's ident in a matching question, by its pair's place. */
    static String matchId(ExportItem item, int index) {
        return Qti21Export.identifier(item) + "-" + Qti21Export.rightId(index);
    }

    /** The general feedback's itemfeedback, when there is one. */
    private static void feedbacks(ExportItem item, StringBuilder x) {
        if (!item.explanation().isEmpty()) {
            x.append(feedback("general_fb", item.explanation()));
        }
    }

    private static void item(ExportItem item, StringBuilder x) {
        boolean single = item.type() == QuestionType.SINGLE;
        String ident = Qti21Export.identifier(item);
        x.append("<item ident=\"").append(ident).append("\" title=\"").append(escape(item.title())).append("\">\n<itemmetadata><qtimetadata>")
                .append(field("question_type", single ? "multiple_choice_question" : "multiple_answers_question"))
                .append(field("points_possible", "1"))
                .append(field("original_answer_ids", String.join(",", answerIds(item))))
                .append(field("assessment_question_identifierref", ident))
                .append("</qtimetadata></itemmetadata>\n<presentation>\n");
        String text = (item.scenario().isEmpty() ? "" : item.scenario() + "\n") + "<p><strong>" + item.prompt() + "</strong></p>";
        x.append(mattext(text)).append("\n<response_lid ident=\"response1\" rcardinality=\"").append(single ? "Single" : "Multiple")
                .append("\">\n<render_choice shuffle=\"").append(item.shuffle() ? "Yes" : "No").append("\">\n");
        for (int i = 0; i < item.choices().size(); i++) {
            x.append("<response_label ident=\"").append(answerId(item, i)).append("\">")
                    .append(mattext(item.choices().get(i).text())).append("</response_label>\n");
        }
        x.append("</render_choice>\n</response_lid>\n</presentation>\n<resprocessing>\n<outcomes><decvar maxvalue=\"100\" minvalue=\"0\" varname=\"SCORE\" vartype=\"Decimal\"/></outcomes>\n");
        if (!item.explanation().isEmpty()) {
            x.append("<respcondition continue=\"Yes\"><conditionvar><other/></conditionvar>")
                    .append("<displayfeedback feedbacktype=\"Response\" linkrefid=\"general_fb\"/></respcondition>\n");
        }
        for (int i = 0; i < item.choices().size(); i++) {
            if (!item.choices().get(i).feedback().isEmpty()) {
                x.append("<respcondition continue=\"Yes\"><conditionvar>").append(varequal(answerId(item, i)))
                        .append("</conditionvar><displayfeedback feedbacktype=\"Response\" linkrefid=\"")
                        .append(answerId(item, i)).append("_fb\"/></respcondition>\n");
            }
        }
        x.append("<respcondition continue=\"No\"><conditionvar>");
        if (single) {
            for (int i = 0; i < item.choices().size(); i++) {
                if (item.choices().get(i).correct()) {
                    x.append(varequal(answerId(item, i)));
                }
            }
        } else {
            x.append("<and>");
            for (int i = 0; i < item.choices().size(); i++) {
                String condition = varequal(answerId(item, i));
                x.append(item.choices().get(i).correct() ? condition : "<not>" + condition + "</not>");
            }
            x.append("</and>");
        }
        x.append("</conditionvar><setvar action=\"Set\" varname=\"SCORE\">100</setvar></respcondition>\n</resprocessing>\n");
        if (!item.explanation().isEmpty()) {
            x.append(feedback("general_fb", item.explanation()));
        }
        for (int i = 0; i < item.choices().size(); i++) {
            if (!item.choices().get(i).feedback().isEmpty()) {
                x.append(feedback(answerId(item, i) + "_fb", item.choices().get(i).feedback()));
            }
        }
        x.append("</item>\n");
    }

    /** Canvas keeps answers by these; derived from the question id and the option's place, so a re-import matches. */
    static String answerId(ExportItem item, int index) {
        return Qti21Export.identifier(item) + "-" + ExportItem.choiceId(index);
    }

    private static List<String> answerIds(ExportItem item) {
        return java.util.stream.IntStream.range(0, item.choices().size()).mapToObj(i -> answerId(item, i)).toList();
    }

    private static String varequal(String answer) {
        return "<varequal respident=\"response1\">" + answer + "</varequal>";
    }

    private static String field(String label, String entry) {
        return "<qtimetadatafield><fieldlabel>" + label + "</fieldlabel><fieldentry>" + escape(entry) + "</fieldentry></qtimetadatafield>";
    }

    private static String feedback(String ident, String xhtml) {
        return "<itemfeedback ident=\"" + ident + "\"><flow_mat>" + mattext(xhtml) + "</flow_mat></itemfeedback>\n";
    }

    /** HTML as Canvas writes it: escaped text of type text/html, its files under the package's file base. */
    private static String mattext(String xhtml) {
        return "<material><mattext texttype=\"text/html\">"
                + escape(xhtml.replace("src=\"" + Xhtml.RESOURCE_PREFIX, "src=\"" + FILEBASE)) + "</mattext></material>";
    }

    static String meta(Course course, List<ExportItem> items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz identifier=\"" + Exports.courseId(course)
                + "\" xmlns=\"http://canvas.instructure.com/xsd/cccv1p0\">\n<title>" + escape(course.title()) + "</title>\n"
                // Canvas reads the description as HTML: the plain text is escaped as HTML, then as XML.
                + "<description>" + escape(escape(course.description())) + "</description>\n"
                + "<shuffle_answers>" + course.shuffle() + "</shuffle_answers>\n<scoring_policy>keep_highest</scoring_policy>\n"
                + "<quiz_type>practice_quiz</quiz_type>\n<points_possible>" + items.stream().filter(Canvas12Export::kept).count()
                + "</points_possible>\n"
                + "<show_correct_answers>true</show_correct_answers>\n<allowed_attempts>-1</allowed_attempts>\n</quiz>\n";
    }

    static String manifest(Course course, Resources resources) {
        String id = Exports.courseId(course);
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<manifest identifier=\"manifest-").append(id).append("\" xmlns=\"http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1\">\n")
                .append("<metadata><schema>IMS Content</schema><schemaversion>1.1.3</schemaversion></metadata>\n")
                .append("<organizations/>\n<resources>\n")
                .append("<resource identifier=\"").append(id).append("\" type=\"imsqti_xmlv1p2\"><file href=\"").append(id).append('/')
                .append(id).append(".xml\"/><dependency identifierref=\"").append(id).append("-meta\"/></resource>\n")
                .append("<resource identifier=\"").append(id).append("-meta\" type=\"associatedcontent/imscc_xmlv1p1/learning-application-resource\" href=\"")
                .append(id).append("/assessment_meta.xml\"><file href=\"").append(id).append("/assessment_meta.xml\"/></resource>\n");
        for (String path : resources.files().keySet()) {
            String href = escape(RESOURCES + path);
            x.append("<resource identifier=\"").append(Qti21Export.fileId(resources, path)).append("\" type=\"webcontent\" href=\"")
                    .append(href).append("\"><file href=\"").append(href).append("\"/></resource>\n");
        }
        return x.append("</resources>\n</manifest>\n").toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
