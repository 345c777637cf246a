package dev.quizsite.export;

import static dev.quizsite.text.Markup.escape;

import dev.quizsite.model.Course;
import dev.quizsite.model.QuestionType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A QTI 1.2 package as Canvas writes and reads it (Canvas classic quizzes, and Blackboard's "QTI
 * 1.2 package" import): {@code imsmanifest.xml}; the quiz as {@code ID/ID.xml} (a
 * {@code questestinterop} with one section of items, {@code multiple_choice_question} or
 * {@code multiple_answers_question}); Canvas's quiz settings in {@code ID/assessment_meta.xml};
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

    static byte[] write(Course course, List<ExportItem> items, Resources resources) {
        String id = Exports.courseId(course);
        SortedMap<String, byte[]> files = new TreeMap<>();
        files.put(id + "/" + id + ".xml", utf8(assessment(course, items)));
        files.put(id + "/assessment_meta.xml", utf8(meta(course, items)));
        files.put("imsmanifest.xml", utf8(manifest(course, resources)));
        resources.files().forEach((path, bytes) -> files.put(RESOURCES + path, bytes));
        return Zip.of(files);
    }

    static String assessment(Course course, List<ExportItem> items) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<questestinterop xmlns=\"http://www.imsglobal.org/xsd/ims_qtiasiv1p2\">\n<assessment ident=\"")
                .append(Exports.courseId(course)).append("\" title=\"").append(escape(course.title())).append("\">\n")
                .append("<qtimetadata><qtimetadatafield><fieldlabel>cc_maxattempts</fieldlabel><fieldentry>unlimited</fieldentry></qtimetadatafield></qtimetadata>\n")
                .append("<section ident=\"root_section\">\n");
        for (ExportItem item : items) {
            item(item, x);
        }
        return x.append("</section>\n</assessment>\n</questestinterop>\n").toString();
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
                + "<quiz_type>practice_quiz</quiz_type>\n<points_possible>" + items.size() + "</points_possible>\n"
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
