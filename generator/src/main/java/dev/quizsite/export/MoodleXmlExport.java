package dev.quizsite.export;

import static dev.quizsite.text.Markup.escape;

import dev.quizsite.model.Course;
import dev.quizsite.model.QuestionType;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * One Moodle XML file (Moodle's own question format, see docs.moodle.org "Moodle XML format"): a
 * {@code category} question naming the course, then one {@code multichoice} question per
 * question. Each HTML text carries the files it shows as base64 {@code file} elements, referenced
 * as {@code @@PLUGINFILE@@/PATH}; the question's id is its {@code idnumber}, and its tags are
 * Moodle tags. Fractions follow {@link Scoring}.
 */
final class MoodleXmlExport {

    private static final String PLUGINFILE = "@@PLUGINFILE@@/";

    private MoodleXmlExport() {
    }

    static byte[] write(Course course, List<ExportItem> items, Resources resources) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
        x.append("<question type=\"category\">\n<category><text>$course$/top/").append(plain(category(course.title())))
                .append("</text></category>\n<info format=\"html\"><text>").append(plain(course.description()))
                .append("</text></info>\n</question>\n");
        for (ExportItem item : items) {
            question(item, resources, x);
        }
        return x.append("</quiz>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Plain text where Moodle reads HTML (names and categories go through its format_string, the
     * category's info is HTML): escaped as HTML, then as XML, so that a title such as
     * {@code a <b> c} shows as written and never becomes markup.
     */
    private static String plain(String text) {
        return escape(escape(text));
    }

    /** Moodle reads {@code /} in a category path as a subcategory; a title's slash is written as Moodle escapes it. */
    static String category(String title) {
        return title.replace("/", "//");
    }

    private static void question(ExportItem item, Resources resources, StringBuilder x) {
        Scoring scoring = new Scoring(item);
        x.append("<question type=\"multichoice\">\n<name><text>").append(plain(item.title())).append("</text></name>\n");
        String text = (item.scenario().isEmpty() ? "" : item.scenario() + "\n") + "<p><strong>" + item.prompt() + "</strong></p>";
        x.append(html("questiontext", text, resources));
        x.append(html("generalfeedback", item.explanation(), resources));
        x.append("<defaultgrade>1</defaultgrade>\n<penalty>0</penalty>\n<hidden>0</hidden>\n<idnumber>")
                .append(escape(item.id())).append("</idnumber>\n<single>").append(item.type() == QuestionType.SINGLE)
                .append("</single>\n<shuffleanswers>").append(item.shuffle() ? 1 : 0)
                .append("</shuffleanswers>\n<answernumbering>abc</answernumbering>\n<showstandardinstruction>1</showstandardinstruction>\n")
                .append("<correctfeedback format=\"html\"><text></text></correctfeedback>\n")
                .append("<partiallycorrectfeedback format=\"html\"><text></text></partiallycorrectfeedback>\n")
                .append("<incorrectfeedback format=\"html\"><text></text></incorrectfeedback>\n");
        for (ExportItem.Choice choice : item.choices()) {
            x.append("<answer fraction=\"").append(scoring.fraction(choice.correct())).append("\" format=\"html\">\n<text>")
                    .append(escape(plugin(choice.text()))).append("</text>\n").append(files(choice.text(), resources))
                    .append(html("feedback", choice.feedback(), resources)).append("</answer>\n");
        }
        if (!item.tags().isEmpty()) {
            x.append("<tags>");
            item.tags().forEach(tag -> x.append("<tag><text>").append(plain(tag)).append("</text></tag>"));
            x.append("</tags>\n");
        }
        x.append("</question>\n");
    }

    /** An HTML text element with the files it shows. */
    private static String html(String element, String xhtml, Resources resources) {
        return "<" + element + " format=\"html\">\n<text>" + escape(plugin(xhtml)) + "</text>\n" + files(xhtml, resources)
                + "</" + element + ">\n";
    }

    private static String plugin(String xhtml) {
        return xhtml.replace("src=\"" + Xhtml.RESOURCE_PREFIX, "src=\"" + PLUGINFILE);
    }

    /** The {@code file} elements of the packaged files a text references, in path order. */
    private static String files(String xhtml, Resources resources) {
        StringBuilder x = new StringBuilder();
        for (String path : resources.files().keySet()) {
            if (xhtml.contains("src=\"" + Xhtml.RESOURCE_PREFIX + escape(path) + "\"")) {
                int slash = path.lastIndexOf('/');
                x.append("<file name=\"").append(escape(path.substring(slash + 1))).append("\" path=\"/")
                        .append(escape(path.substring(0, slash + 1))).append("\" encoding=\"base64\">")
                        .append(Base64.getEncoder().encodeToString(resources.bytes(path))).append("</file>\n");
            }
        }
        return x.toString();
    }
}
