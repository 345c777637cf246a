package dev.quizsite.export;

import static dev.quizsite.text.Markup.escape;

import dev.quizsite.model.Course;
import dev.quizsite.model.QuestionType;
import dev.quizsite.report.Report;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One Moodle XML file (Moodle's own question format, see docs.moodle.org "Moodle XML format"): a
 * {@code category} question naming the course, then one question per question: {@code multichoice},
 * {@code shortanswer}, {@code numerical}, {@code ordering} or {@code matching}, with the hints as
 * Moodle's {@code hint}s (shown between tries in the interactive behaviour). Each HTML text carries the files it shows as base64 {@code file} elements, referenced
 * as {@code @@PLUGINFILE@@/PATH}; the question's id is its {@code idnumber}, and its tags are
 * Moodle tags. Fractions follow {@link Scoring}.
 */
final class MoodleXmlExport {

    private static final String PLUGINFILE = "@@PLUGINFILE@@/";

    private MoodleXmlExport() {
    }

    static byte[] write(Course course, List<ExportItem> items, Resources resources, Report report) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
        x.append("<question type=\"category\">\n<category><text>$course$/top/").append(plain(category(course.title())))
                .append("</text></category>\n<info format=\"html\"><text>").append(plain(course.description()))
                .append("</text></info>\n</question>\n");
        for (ExportItem item : items) {
            if (item.body() instanceof ExportItem.Choices) {
                question(item, resources, x);
            } else {
                other(item, resources, x, report);
            }
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
        tail(item, resources, x);
    }

    /** The hints, then the tags, then the end of the question. */
    private static void tail(ExportItem item, Resources resources, StringBuilder x) {
        item.hints().forEach(hint -> x.append(html("hint", hint, resources)));
        if (!item.tags().isEmpty()) {
            x.append("<tags>");
            item.tags().forEach(tag -> x.append("<tag><text>").append(plain(tag)).append("</text></tag>"));
            x.append("</tags>\n");
        }
        x.append("</question>\n");
    }

    /** The start every question type shares: name, text, general feedback, grade, id number. */
    private static void head(ExportItem item, String type, Resources resources, StringBuilder x) {
        x.append("<question type=\"").append(type).append("\">\n<name><text>").append(plain(item.title())).append("</text></name>\n");
        String text = (item.scenario().isEmpty() ? "" : item.scenario() + "\n") + "<p><strong>" + item.prompt() + "</strong></p>";
        x.append(html("questiontext", text, resources));
        x.append(html("generalfeedback", item.explanation(), resources));
        x.append("<defaultgrade>1</defaultgrade>\n<penalty>0</penalty>\n<hidden>0</hidden>\n<idnumber>")
                .append(escape(item.id())).append("</idnumber>\n");
    }

    private static final String COMBINED_FEEDBACK = "<correctfeedback format=\"html\"><text></text></correctfeedback>\n"
            + "<partiallycorrectfeedback format=\"html\"><text></text></partiallycorrectfeedback>\n"
            + "<incorrectfeedback format=\"html\"><text></text></incorrectfeedback>\n";

    private static void other(ExportItem item, Resources resources, StringBuilder x, Report report) {
        ExportItem.Body body = item.body();
        if (body instanceof ExportItem.ShortText s) {
            shortAnswer(item, s, resources, x, report);
        } else if (body instanceof ExportItem.Numeric n) {
            numerical(item, n, resources, x);
        } else if (body instanceof ExportItem.Ordering o) {
            ordering(item, o, resources, x);
        } else {
            matching(item, (ExportItem.Matching) body, resources, x);
        }
    }

    /**
     * A short answer as Moodle's {@code shortanswer}: {@code usecase} per {@code matchCase}, every
     * answer in the author's order (Moodle takes the first that matches), right ones 100, foreseen
     * mistakes 0 with their feedback. Literal text has its {@code *} escaped ({@code *} is Moodle's
     * wildcard); a pattern that is literal text and {@code .*} becomes a wildcard answer, any other
     * pattern is left out with a warning (the question is, when it accepts nothing else).
     */
    private static void shortAnswer(ExportItem item, ExportItem.ShortText s, Resources resources, StringBuilder x, Report report) {
        List<String[]> answers = new ArrayList<>(); // text, fraction, feedback
        boolean right = false;
        for (ExportItem.TextAnswer a : s.answers()) {
            Optional<String> text = a.pattern() ? AnswerRegex.moodleWildcard(a.text())
                    : Optional.of(a.text().replace("*", "\\*"));
            if (text.isEmpty()) {
                report.warning(item.source(), a.location().line(), a.location().column(), "Moodle's short answer has no"
                        + " regular expressions, only `*` for any text: `" + (a.right() ? "~ " : "!~ ") + a.text()
                        + "` is left out of " + ExportFormat.MOODLE.fileName()
                        + (a.right() ? ", which accepts only the other answers" : ""));
                continue;
            }
            right |= a.right();
            answers.add(new String[] {text.get(), a.right() ? "100" : "0", a.feedback()});
        }
        if (!right) {
            ExportItem.TextAnswer first = s.accepted().get(0);
            report.warning(item.source(), first.location().line(), first.location().column(), "Moodle's short answer"
                    + " cannot say any of this question's accepted patterns: it is not in " + ExportFormat.MOODLE.fileName());
            return;
        }
        head(item, "shortanswer", resources, x);
        x.append("<usecase>").append(s.matchCase() ? 1 : 0).append("</usecase>\n");
        for (String[] a : answers) {
            x.append("<answer fraction=\"").append(a[1]).append("\" format=\"moodle_auto_format\">\n<text>").append(escape(a[0]))
                    .append("</text>\n").append(html("feedback", a[2], resources)).append("</answer>\n");
        }
        tail(item, resources, x);
    }

    /**
     * A number as Moodle's {@code numerical}: each range its middle with half its width as the
     * tolerance (Moodle's tolerance is inclusive, as the site's ranges are), right ones 100, foreseen
     * mistakes 0; the unit as the question's one unit, not graded.
     */
    private static void numerical(ExportItem item, ExportItem.Numeric n, Resources resources, StringBuilder x) {
        head(item, "numerical", resources, x);
        for (ExportItem.NumberAnswer a : n.answers()) {
            x.append("<answer fraction=\"").append(a.right() ? "100" : "0").append("\" format=\"moodle_auto_format\">\n<text>")
                    .append(a.middle().toPlainString()).append("</text>\n<tolerance>").append(a.halfWidth().toPlainString())
                    .append("</tolerance>\n").append(html("feedback", a.feedback(), resources)).append("</answer>\n");
        }
        if (!n.unit().isEmpty()) {
            x.append("<units><unit><multiplier>1</multiplier><unit_name>").append(escape(n.unit()))
                    .append("</unit_name></unit></units>\n");
        }
        x.append("<unitgradingtype>0</unitgradingtype>\n<unitpenalty>0</unitpenalty>\n<showunits>3</showunits>\n<unitsleft>0</unitsleft>\n");
        tail(item, resources, x);
    }

    /**
     * Items to order as Moodle's {@code ordering} (a standard question type since Moodle 4.4; a
     * plugin before): all items shown, vertically, in the right order here, graded by absolute
     * position (a share per item in its place, as the QTI package scores it), each item's feedback.
     */
    private static void ordering(ExportItem item, ExportItem.Ordering o, Resources resources, StringBuilder x) {
        head(item, "ordering", resources, x);
        x.append("<layouttype>VERTICAL</layouttype>\n<selecttype>ALL</selecttype>\n<selectcount>").append(o.items().size())
                .append("</selectcount>\n<gradingtype>ABSOLUTE_POSITION</gradingtype>\n<showgrading>SHOW</showgrading>\n")
                .append("<numberingstyle>none</numberingstyle>\n").append(COMBINED_FEEDBACK).append("<shownumcorrect>1</shownumcorrect>\n");
        for (int i = 0; i < o.items().size(); i++) {
            ExportItem.Item it = o.items().get(i);
            x.append("<answer fraction=\"").append(i + 1).append("\" format=\"html\">\n<text>").append(escape(plugin(it.text())))
                    .append("</text>\n").append(files(it.text(), resources)).append(html("feedback", it.feedback(), resources))
                    .append("</answer>\n");
        }
        tail(item, resources, x);
    }

    /**
     * Pairs as Moodle's {@code matching}: each left item a {@code subquestion} (HTML), its right
     * item the answer (plain text, as Moodle's drop-down shows it), shuffled; Moodle gives a share
     * per right pair. Moodle keeps no feedback per pair.
     */
    private static void matching(ExportItem item, ExportItem.Matching m, Resources resources, StringBuilder x) {
        head(item, "matching", resources, x);
        x.append("<shuffleanswers>true</shuffleanswers>\n").append(COMBINED_FEEDBACK).append("<shownumcorrect>1</shownumcorrect>\n");
        for (ExportItem.Pair pair : m.pairs()) {
            x.append("<subquestion format=\"html\">\n<text>").append(escape(plugin(pair.left()))).append("</text>\n")
                    .append(files(pair.left(), resources)).append("<answer><text>").append(escape(pair.rightText()))
                    .append("</text></answer>\n</subquestion>\n");
        }
        tail(item, resources, x);
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
