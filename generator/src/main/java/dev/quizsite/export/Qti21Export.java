package dev.quizsite.export;

import static dev.quizsite.text.Markup.escape;

import dev.quizsite.model.Course;
import dev.quizsite.model.QuestionType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An IMS QTI 2.1 content package: {@code imsmanifest.xml}, one {@code assessmentItem} per
 * question ({@code q-ID.xml}, a {@code choiceInteraction}), an {@code assessmentTest} of them all
 * ({@code test.xml}), and the files the items show under {@code resources/}.
 *
 * <p>Response processing is written out (no template), so that an engine needs nothing from the
 * network: a single choice scores 1 when it matches the right option; a multiple choice scores
 * {@code mapResponse} (see {@link Scoring}) divided by its maximum. {@code FEEDBACK} holds the
 * chosen options, which shows their feedback; {@code SOLUTION} shows the explanation once the
 * candidate has answered.
 */
final class Qti21Export {

    static final String NS = "http://www.imsglobal.org/xsd/imsqti_v2p1";
    private static final String SCHEMA = NS + " http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd";

    private Qti21Export() {
    }

    static byte[] write(Course course, List<ExportItem> items, Resources resources) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (ExportItem item : items) {
            files.put(itemFile(item), utf8(item(item, course.language())));
        }
        files.put("test.xml", utf8(test(course, items)));
        files.put("imsmanifest.xml", utf8(manifest(course, items, resources)));
        resources.files().forEach((path, bytes) -> files.put(Xhtml.RESOURCE_PREFIX + path, bytes));
        return Zip.of(files);
    }

    static String identifier(ExportItem item) {
        return "q-" + item.id();
    }

    static String itemFile(ExportItem item) {
        return identifier(item) + ".xml";
    }

    static String item(ExportItem item, String language) {
        Scoring scoring = new Scoring(item);
        boolean single = item.type() == QuestionType.SINGLE;
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<assessmentItem xmlns=\"").append(NS).append("\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
                .append(" xsi:schemaLocation=\"").append(SCHEMA).append("\" identifier=\"").append(identifier(item))
                .append("\" title=\"").append(escape(item.title())).append("\" adaptive=\"false\" timeDependent=\"false\"")
                .append(" xml:lang=\"").append(escape(language)).append("\">\n");
        x.append("<responseDeclaration identifier=\"RESPONSE\" cardinality=\"").append(single ? "single" : "multiple")
                .append("\" baseType=\"identifier\">\n<correctResponse>");
        for (int i = 0; i < item.choices().size(); i++) {
            if (item.choices().get(i).correct()) {
                x.append("<value>").append(ExportItem.choiceId(i)).append("</value>");
            }
        }
        x.append("</correctResponse>\n");
        if (!single) {
            x.append("<mapping lowerBound=\"0\" upperBound=\"").append(scoring.maxPoints()).append("\" defaultValue=\"0\">");
            for (int i = 0; i < item.choices().size(); i++) {
                boolean correct = item.choices().get(i).correct();
                x.append("<mapEntry mapKey=\"").append(ExportItem.choiceId(i)).append("\" mappedValue=\"")
                        .append(correct ? scoring.rightPoints() : -scoring.wrongPoints()).append("\"/>");
            }
            x.append("</mapping>\n");
        }
        x.append("</responseDeclaration>\n");
        x.append(outcome("SCORE", "single", "float", "0")).append(outcome("MAXSCORE", "single", "float", "1"))
                .append(outcome("FEEDBACK", "multiple", "identifier", null))
                .append(outcome("SOLUTION", "single", "identifier", null));
        x.append("<itemBody>\n");
        if (!item.scenario().isEmpty()) {
            x.append("<div class=\"scenario\">").append(item.scenario()).append("</div>\n");
        }
        x.append("<choiceInteraction responseIdentifier=\"RESPONSE\" shuffle=\"").append(item.shuffle())
                .append("\" maxChoices=\"").append(single ? 1 : 0).append("\" minChoices=\"0\">\n<prompt>")
                .append(item.prompt()).append("</prompt>\n");
        for (int i = 0; i < item.choices().size(); i++) {
            ExportItem.Choice choice = item.choices().get(i);
            String id = ExportItem.choiceId(i);
            x.append("<simpleChoice identifier=\"").append(id).append("\">").append(choice.text());
            if (!choice.feedback().isEmpty()) {
                x.append("<feedbackBlock outcomeIdentifier=\"FEEDBACK\" identifier=\"").append(id)
                        .append("\" showHide=\"show\"><div>").append(choice.feedback()).append("</div></feedbackBlock>");
            }
            x.append("</simpleChoice>\n");
        }
        x.append("</choiceInteraction>\n</itemBody>\n");
        x.append("<responseProcessing>\n<responseCondition>\n<responseIf><isNull><variable identifier=\"RESPONSE\"/></isNull>")
                .append(set("SCORE", "<baseValue baseType=\"float\">0</baseValue>")).append("</responseIf>\n<responseElse>\n");
        if (single) {
            x.append("<responseCondition><responseIf><match><variable identifier=\"RESPONSE\"/><correct identifier=\"RESPONSE\"/></match>")
                    .append(set("SCORE", "<baseValue baseType=\"float\">1</baseValue>")).append("</responseIf><responseElse>")
                    .append(set("SCORE", "<baseValue baseType=\"float\">0</baseValue>")).append("</responseElse></responseCondition>\n");
        } else {
            x.append(set("SCORE", "<divide><mapResponse identifier=\"RESPONSE\"/><baseValue baseType=\"float\">"
                    + scoring.maxPoints() + "</baseValue></divide>")).append('\n');
        }
        x.append(set("FEEDBACK", "<multiple><variable identifier=\"RESPONSE\"/></multiple>"))
                .append(set("SOLUTION", "<baseValue baseType=\"identifier\">explanation</baseValue>"))
                .append("\n</responseElse>\n</responseCondition>\n</responseProcessing>\n");
        if (!item.explanation().isEmpty()) {
            x.append("<modalFeedback outcomeIdentifier=\"SOLUTION\" identifier=\"explanation\" showHide=\"show\" title=\"Answer\"><div>")
                    .append(item.explanation()).append("</div></modalFeedback>\n");
        }
        return x.append("</assessmentItem>\n").toString();
    }

    static String test(Course course, List<ExportItem> items) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<assessmentTest xmlns=\"").append(NS).append("\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
                .append(" xsi:schemaLocation=\"").append(SCHEMA).append("\" identifier=\"").append(Exports.courseId(course))
                .append("\" title=\"").append(escape(course.title())).append("\">\n")
                .append(outcome("SCORE", "single", "float", "0"))
                .append(outcome("MAXSCORE", "single", "float", Integer.toString(items.size())))
                .append("<testPart identifier=\"part\" navigationMode=\"nonlinear\" submissionMode=\"individual\">\n")
                .append("<assessmentSection identifier=\"questions\" title=\"").append(escape(course.title()))
                .append("\" visible=\"true\">\n");
        for (ExportItem item : items) {
            x.append("<assessmentItemRef identifier=\"").append(identifier(item)).append("\" href=\"")
                    .append(itemFile(item)).append("\"/>\n");
        }
        x.append("</assessmentSection>\n</testPart>\n<outcomeProcessing>")
                .append(set("SCORE", "<sum><testVariables variableIdentifier=\"SCORE\"/></sum>"))
                .append("</outcomeProcessing>\n</assessmentTest>\n");
        return x.toString();
    }

    static String manifest(Course course, List<ExportItem> items, Resources resources) {
        String id = Exports.courseId(course);
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<manifest xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\" identifier=\"manifest-").append(id).append("\">\n")
                .append("<metadata><schema>QTIv2.1 Package</schema><schemaversion>1.0.0</schemaversion></metadata>\n")
                .append("<organizations/>\n<resources>\n");
        x.append("<resource identifier=\"").append(id).append("\" type=\"imsqti_test_xmlv2p1\" href=\"test.xml\">")
                .append("<file href=\"test.xml\"/>");
        items.forEach(item -> x.append("<dependency identifierref=\"").append(identifier(item)).append("\"/>"));
        x.append("</resource>\n");
        for (ExportItem item : items) {
            x.append("<resource identifier=\"").append(identifier(item)).append("\" type=\"imsqti_item_xmlv2p1\" href=\"")
                    .append(itemFile(item)).append("\"><file href=\"").append(itemFile(item)).append("\"/>");
            item.resources().forEach(path -> x.append("<dependency identifierref=\"").append(fileId(resources, path)).append("\"/>"));
            x.append("</resource>\n");
        }
        for (String path : resources.files().keySet()) {
            String href = escape(Xhtml.RESOURCE_PREFIX + path);
            x.append("<resource identifier=\"").append(fileId(resources, path)).append("\" type=\"webcontent\" href=\"")
                    .append(href).append("\"><file href=\"").append(href).append("\"/></resource>\n");
        }
        return x.append("</resources>\n</manifest>\n").toString();
    }

    /** A packaged file's identifier in the manifest: its place in the sorted list, stable for the same files. */
    static String fileId(Resources resources, String path) {
        return "file-" + (resources.files().headMap(path).size() + 1);
    }

    private static String outcome(String id, String cardinality, String baseType, String value) {
        return "<outcomeDeclaration identifier=\"" + id + "\" cardinality=\"" + cardinality + "\" baseType=\"" + baseType
                + (value == null ? "\"/>\n" : "\"><defaultValue><value>" + value + "</value></defaultValue></outcomeDeclaration>\n");
    }

    private static String set(String id, String expression) {
        return "<setOutcomeValue identifier=\"" + id + "\">" + expression + "</setOutcomeValue>";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
