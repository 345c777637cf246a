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
 * question ({@code q-ID.xml}: a {@code choiceInteraction}, a {@code textEntryInteraction} for a
 * short answer or a number, an {@code orderInteraction}, a {@code matchInteraction}), an {@code assessmentTest} of them all
 * ({@code test.xml}), and the files the items show under {@code resources/}.
 *
 * <p>Response processing is written out (no template), so that an engine needs nothing from the
 * network: a single choice scores 1 when it matches the right option; a multiple choice scores
 * {@code mapResponse} (see {@link Scoring}) divided by its maximum; the other kinds as their
 * methods below say. {@code FEEDBACK} holds the chosen options, which shows their feedback (for the
 * other kinds: the answer given, every item, every pair); {@code SOLUTION} shows the explanation once the
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
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<assessmentItem xmlns=\"").append(NS).append("\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
                .append(" xsi:schemaLocation=\"").append(SCHEMA).append("\" identifier=\"").append(identifier(item))
                .append("\" title=\"").append(escape(item.title())).append("\" adaptive=\"false\" timeDependent=\"false\"")
                .append(" xml:lang=\"").append(escape(language)).append("\">\n");
        if (item.body() instanceof ExportItem.Choices) {
            choiceItem(item, x);
        } else {
            Interaction interaction = interaction(item);
            x.append(interaction.declaration());
            x.append(outcome("SCORE", "single", "float", "0")).append(outcome("MAXSCORE", "single", "float", "1"))
                    .append(outcome("FEEDBACK", "multiple", "identifier", null))
                    .append(outcome("SOLUTION", "single", "identifier", null));
            x.append("<itemBody>\n");
            if (!item.scenario().isEmpty()) {
                x.append("<div class=\"scenario\">").append(item.scenario()).append("</div>\n");
            }
            x.append(interaction.body()).append("</itemBody>\n");
            x.append("<responseProcessing>\n<responseCondition>\n<responseIf><isNull><variable identifier=\"RESPONSE\"/></isNull>")
                    .append(set("SCORE", "<baseValue baseType=\"float\">0</baseValue>")).append("</responseIf>\n<responseElse>\n")
                    .append(interaction.processing())
                    .append(set("SOLUTION", "<baseValue baseType=\"identifier\">explanation</baseValue>"))
                    .append("\n</responseElse>\n</responseCondition>\n</responseProcessing>\n");
            x.append(interaction.feedback());
        }
        if (!item.explanation().isEmpty()) {
            x.append("<modalFeedback outcomeIdentifier=\"SOLUTION\" identifier=\"explanation\" showHide=\"show\" title=\"Answer\"><div>")
                    .append(item.explanation()).append("</div></modalFeedback>\n");
        }
        return x.append("</assessmentItem>\n").toString();
    }

    private static void choiceItem(ExportItem item, StringBuilder x) {
        Scoring scoring = new Scoring(item);
        boolean single = item.type() == QuestionType.SINGLE;
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
                x.append(feedbackBlock(id, choice.feedback()));
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
    }

    /**
     * The parts of an item that differ by kind of question, other than choices.
     *
     * @param declaration the {@code responseDeclaration} of {@code RESPONSE}
     * @param body        the prompt and the interaction, in the item body
     * @param processing  the rules run on a response that is not NULL: {@code SCORE} and {@code FEEDBACK}
     * @param feedback    the {@code modalFeedback} of the answers, items or pairs
     */
    private record Interaction(String declaration, String body, String processing, String feedback) {
    }

    private static Interaction interaction(ExportItem item) {
        ExportItem.Body body = item.body();
        if (body instanceof ExportItem.ShortText s) {
            return shortText(item, s);
        } else if (body instanceof ExportItem.Numeric n) {
            return numeric(item, n);
        } else if (body instanceof ExportItem.Ordering o) {
            return ordering(item, o);
        }
        return matching(item, (ExportItem.Matching) body);
    }

    /** The identifier of an answer's feedback, by the answer's place: {@code A}, {@code B}, … */
    private static String answerId(int index) {
        return ExportItem.choiceId(index);
    }

    private static String prompt(ExportItem item) {
        return "<p><strong>" + item.prompt() + "</strong></p>\n";
    }

    /**
     * A short answer: {@code textEntryInteraction}, a string. The accepted literals are the
     * {@code correctResponse} (the first) and the {@code mapping} (case per {@code matchCase}); the
     * response scores 1 when {@code mapResponse} finds it, or when it matches one of the accepted
     * answers as {@link AnswerRegex} writes them ({@code patternMatch}): literals with any spacing
     * around and between words, patterns translated. A pattern that cannot be written as XML
     * Schema's is left out (the format warns). The feedback shown is that of the first answer, in
     * the author's order, the response matches.
     */
    private static Interaction shortText(ExportItem item, ExportItem.ShortText s) {
        StringBuilder d = new StringBuilder("<responseDeclaration identifier=\"RESPONSE\" cardinality=\"single\" baseType=\"string\">\n");
        List<ExportItem.TextAnswer> literals = s.accepted().stream().filter(a -> !a.pattern()).toList();
        if (!literals.isEmpty()) {
            d.append("<correctResponse><value>").append(escape(literals.get(0).text())).append("</value></correctResponse>\n");
            d.append("<mapping lowerBound=\"0\" upperBound=\"1\" defaultValue=\"0\">");
            for (ExportItem.TextAnswer a : literals) {
                d.append("<mapEntry mapKey=\"").append(escape(a.text())).append("\" mappedValue=\"1\" caseSensitive=\"")
                        .append(s.matchCase()).append("\"/>");
            }
            d.append("</mapping>\n");
        }
        d.append("</responseDeclaration>\n");
        int longest = s.answers().stream().mapToInt(a -> a.text().length()).max().orElse(10);
        String body = prompt(item) + "<p><textEntryInteraction responseIdentifier=\"RESPONSE\" expectedLength=\""
                + Math.max(10, Math.min(longest, 80)) + "\"/></p>\n";
        StringBuilder right = new StringBuilder("<or>");
        if (!literals.isEmpty()) {
            right.append("<gte><mapResponse identifier=\"RESPONSE\"/><baseValue baseType=\"float\">1</baseValue></gte>");
        }
        for (ExportItem.TextAnswer a : s.accepted()) {
            regex(a, s.matchCase()).ifPresent(r -> right.append(patternMatch(r)));
        }
        right.append("</or>");
        StringBuilder p = new StringBuilder(scoreIf(right.toString()));
        StringBuilder chain = new StringBuilder();
        StringBuilder feedback = new StringBuilder();
        for (int i = 0; i < s.answers().size(); i++) {
            ExportItem.TextAnswer a = s.answers().get(i);
            java.util.Optional<String> r = regex(a, s.matchCase());
            if (a.feedback().isEmpty() || r.isEmpty()) {
                continue;
            }
            chain.append(feedbackIf(chain.length() == 0, patternMatch(r.get()), answerId(i)));
            feedback.append(modal(answerId(i), a.feedback()));
        }
        if (chain.length() > 0) {
            p.append("<responseCondition>").append(chain).append("</responseCondition>\n");
        }
        return new Interaction(d.toString(), body, p.toString(), feedback.toString());
    }

    /** An answer as the expression {@code patternMatch} runs; empty for a pattern XML Schema cannot say. */
    static java.util.Optional<String> regex(ExportItem.TextAnswer answer, boolean matchCase) {
        return answer.pattern() ? AnswerRegex.pattern(answer.text(), matchCase).regex()
                : java.util.Optional.of(AnswerRegex.literal(answer.text(), matchCase));
    }

    private static String patternMatch(String regex) {
        return "<patternMatch pattern=\"" + escape(regex) + "\"><variable identifier=\"RESPONSE\"/></patternMatch>";
    }

    /**
     * A number: {@code textEntryInteraction}, a float; the unit after the field. It scores 1 when it
     * lies in one of the right ranges ({@code gte} the low end and {@code lte} the high one), else 0;
     * the {@code correctResponse} is the middle of the first range. A response that is not a number
     * (a decimal comma, a unit typed in) is not accepted by the engine.
     */
    private static Interaction numeric(ExportItem item, ExportItem.Numeric n) {
        String d = "<responseDeclaration identifier=\"RESPONSE\" cardinality=\"single\" baseType=\"float\">\n<correctResponse><value>"
                + n.accepted().get(0).middle().toPlainString() + "</value></correctResponse>\n</responseDeclaration>\n";
        String body = prompt(item) + "<p><textEntryInteraction responseIdentifier=\"RESPONSE\" expectedLength=\"10\"/>"
                + (n.unit().isEmpty() ? "" : " " + escape(n.unit())) + "</p>\n";
        StringBuilder right = new StringBuilder("<or>");
        n.accepted().forEach(a -> right.append(inRange(a)));
        right.append("</or>");
        StringBuilder p = new StringBuilder(scoreIf(right.toString()));
        StringBuilder chain = new StringBuilder();
        StringBuilder feedback = new StringBuilder();
        for (int i = 0; i < n.answers().size(); i++) {
            ExportItem.NumberAnswer a = n.answers().get(i);
            if (a.feedback().isEmpty()) {
                continue;
            }
            chain.append(feedbackIf(chain.length() == 0, inRange(a), answerId(i)));
            feedback.append(modal(answerId(i), a.feedback()));
        }
        if (chain.length() > 0) {
            p.append("<responseCondition>").append(chain).append("</responseCondition>\n");
        }
        return new Interaction(d, body, p.toString(), feedback.toString());
    }

    private static String inRange(ExportItem.NumberAnswer a) {
        return "<and><gte><variable identifier=\"RESPONSE\"/><baseValue baseType=\"float\">" + a.low().toPlainString()
                + "</baseValue></gte><lte><variable identifier=\"RESPONSE\"/><baseValue baseType=\"float\">"
                + a.high().toPlainString() + "</baseValue></lte></and>";
    }

    /**
     * Items to order: {@code orderInteraction}, always shuffled (in the written order the answer
     * would show), an ordered response. Partial credit, as Moodle's "absolute position" grading:
     * each item in its right place earns an equal share, so only the right order scores 1. Every
     * item's feedback is shown once the candidate has answered.
     */
    private static Interaction ordering(ExportItem item, ExportItem.Ordering o) {
        int size = o.items().size();
        StringBuilder d = new StringBuilder("<responseDeclaration identifier=\"RESPONSE\" cardinality=\"ordered\" baseType=\"identifier\">\n<correctResponse>");
        for (int i = 0; i < size; i++) {
            d.append("<value>").append(answerId(i)).append("</value>");
        }
        d.append("</correctResponse>\n</responseDeclaration>\n");
        StringBuilder body = new StringBuilder("<orderInteraction responseIdentifier=\"RESPONSE\" shuffle=\"true\">\n<prompt>")
                .append(item.prompt()).append("</prompt>\n");
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < size; i++) {
            ExportItem.Item it = o.items().get(i);
            body.append("<simpleChoice identifier=\"").append(answerId(i)).append("\">").append(it.text());
            if (!it.feedback().isEmpty()) {
                body.append(feedbackBlock(answerId(i), it.feedback()));
                shown.append("<baseValue baseType=\"identifier\">").append(answerId(i)).append("</baseValue>");
            }
            body.append("</simpleChoice>\n");
        }
        body.append("</orderInteraction>\n");
        StringBuilder p = new StringBuilder(set("SCORE", "<baseValue baseType=\"float\">0</baseValue>")).append('\n');
        for (int i = 0; i < size; i++) {
            p.append("<responseCondition><responseIf><match><index n=\"").append(i + 1)
                    .append("\"><variable identifier=\"RESPONSE\"/></index><baseValue baseType=\"identifier\">").append(answerId(i))
                    .append("</baseValue></match>")
                    .append(set("SCORE", "<sum><variable identifier=\"SCORE\"/><baseValue baseType=\"float\">1</baseValue></sum>"))
                    .append("</responseIf></responseCondition>\n");
        }
        p.append(set("SCORE", "<divide><variable identifier=\"SCORE\"/><baseValue baseType=\"float\">" + size
                + "</baseValue></divide>")).append('\n');
        if (shown.length() > 0) {
            p.append(set("FEEDBACK", "<multiple>" + shown + "</multiple>"));
        }
        return new Interaction(d.toString(), body.toString(), p.toString(), "");
    }

    /** A left item's identifier ({@code L1}, …) and a right one's ({@code R1}, …), by the pair's place. */
    static String leftId(int index) {
        return "L" + (index + 1);
    }

    static String rightId(int index) {
        return "R" + (index + 1);
    }

    /**
     * Pairs: {@code matchInteraction} of the left items and the right ones, each used once, always
     * shuffled; a response of directed pairs. Partial credit: each right pair earns an equal share
     * ({@code mapResponse} over the pairs, divided by their number), a wrong one nothing. Every
     * pair's feedback is shown once the candidate has answered.
     */
    private static Interaction matching(ExportItem item, ExportItem.Matching m) {
        int size = m.pairs().size();
        StringBuilder d = new StringBuilder("<responseDeclaration identifier=\"RESPONSE\" cardinality=\"multiple\" baseType=\"directedPair\">\n<correctResponse>");
        for (int i = 0; i < size; i++) {
            d.append("<value>").append(leftId(i)).append(' ').append(rightId(i)).append("</value>");
        }
        d.append("</correctResponse>\n<mapping lowerBound=\"0\" upperBound=\"").append(size).append("\" defaultValue=\"0\">");
        for (int i = 0; i < size; i++) {
            d.append("<mapEntry mapKey=\"").append(leftId(i)).append(' ').append(rightId(i)).append("\" mappedValue=\"1\"/>");
        }
        d.append("</mapping>\n</responseDeclaration>\n");
        StringBuilder body = new StringBuilder("<matchInteraction responseIdentifier=\"RESPONSE\" shuffle=\"true\" maxAssociations=\"")
                .append(size).append("\">\n<prompt>").append(item.prompt()).append("</prompt>\n<simpleMatchSet>\n");
        for (int i = 0; i < size; i++) {
            body.append("<simpleAssociableChoice identifier=\"").append(leftId(i)).append("\" matchMax=\"1\">")
                    .append(m.pairs().get(i).left()).append("</simpleAssociableChoice>\n");
        }
        body.append("</simpleMatchSet>\n<simpleMatchSet>\n");
        for (int i = 0; i < size; i++) {
            body.append("<simpleAssociableChoice identifier=\"").append(rightId(i)).append("\" matchMax=\"1\">")
                    .append(m.pairs().get(i).right()).append("</simpleAssociableChoice>\n");
        }
        body.append("</simpleMatchSet>\n</matchInteraction>\n");
        StringBuilder p = new StringBuilder(set("SCORE", "<divide><mapResponse identifier=\"RESPONSE\"/><baseValue baseType=\"float\">"
                + size + "</baseValue></divide>")).append('\n');
        StringBuilder shown = new StringBuilder();
        StringBuilder feedback = new StringBuilder();
        for (int i = 0; i < size; i++) {
            if (!m.pairs().get(i).feedback().isEmpty()) {
                shown.append("<baseValue baseType=\"identifier\">").append(answerId(i)).append("</baseValue>");
                feedback.append(modal(answerId(i), m.pairs().get(i).feedback()));
            }
        }
        if (shown.length() > 0) {
            p.append(set("FEEDBACK", "<multiple>" + shown + "</multiple>"));
        }
        return new Interaction(d.toString(), body.toString(), p.toString(), feedback.toString());
    }

    /** A branch of the feedback chain: the first answer that matches shows its feedback. */
    private static String feedbackIf(boolean first, String condition, String id) {
        String element = first ? "responseIf" : "responseElseIf";
        return "<" + element + ">" + condition
                + set("FEEDBACK", "<multiple><baseValue baseType=\"identifier\">" + id + "</baseValue></multiple>")
                + "</" + element + ">";
    }

    /** SCORE 1 when {@code condition} holds, else 0. */
    private static String scoreIf(String condition) {
        return "<responseCondition><responseIf>" + condition + set("SCORE", "<baseValue baseType=\"float\">1</baseValue>")
                + "</responseIf><responseElse>" + set("SCORE", "<baseValue baseType=\"float\">0</baseValue>")
                + "</responseElse></responseCondition>\n";
    }

    private static String feedbackBlock(String id, String xhtml) {
        return "<feedbackBlock outcomeIdentifier=\"FEEDBACK\" identifier=\"" + id + "\" showHide=\"show\"><div>" + xhtml
                + "</div></feedbackBlock>";
    }

    private static String modal(String id, String xhtml) {
        return "<modalFeedback outcomeIdentifier=\"FEEDBACK\" identifier=\"" + id + "\" showHide=\"show\"><div>" + xhtml
                + "</div></modalFeedback>\n";
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
