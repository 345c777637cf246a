package dev.quizsite.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Moodle XML, element by element as docs.moodle.org's "Moodle XML format" describes multichoice
 * questions, parsed back with the JDK's parser; the Canvas package's manifest and items; and the
 * determinism of all three.
 */
class MoodleAndCanvasTest {

    private static final Pattern PLUGINFILE = Pattern.compile("@@PLUGINFILE@@/([^\"]+)\"");

    @TempDir
    Path tmp;

    @Test
    void moodleXmlHasTheCategoryTheQuestionsTheirFractionsFeedbackTagsAndFiles() throws Exception {
        ExportRun.Exported run = ExportRun.fixture(tmp.resolve("a"));
        Document doc = Qti21JqtiTest.parse(run.file(ExportFormat.MOODLE));
        Element quiz = doc.getDocumentElement();
        assertThat(quiz.getTagName()).isEqualTo("quiz");
        List<Element> questions = children(quiz, "question");
        assertThat(questions).hasSize(3);
        assertThat(questions.get(0).getAttribute("type")).isEqualTo("category");
        assertThat(text(child(child(questions.get(0), "category"), "text"))).isEqualTo("$course$/top/Both types");

        Element single = questions.get(1);
        assertThat(single.getAttribute("type")).isEqualTo("multichoice");
        assertThat(text(child(child(single, "name"), "text"))).isEqualTo("What is 2 + 2?");
        assertThat(text(child(single, "idnumber"))).isEqualTo("pick-one");
        assertThat(text(child(single, "single"))).isEqualTo("true");
        assertThat(text(child(single, "shuffleanswers"))).isEqualTo("1");
        assertThat(child(single, "questiontext").getAttribute("format")).isEqualTo("html");
        String question = text(child(child(single, "questiontext"), "text"));
        assertThat(question).contains("A short sum", "<strong>Pick the right result.</strong>",
                "src=\"@@PLUGINFILE@@/charts/goyal2017-resnet50-imagenet.svg\"").doesNotContain("<svg", "data-chart");
        List<Element> answers = children(single, "answer");
        assertThat(answers).extracting(a -> a.getAttribute("fraction")).containsExactly("0", "100", "0");
        assertThat(text(child(child(answers.get(1), "feedback"), "text"))).isEqualTo("<p>Right: 2 + 2 = 4.</p>");
        String general = text(child(child(single, "generalfeedback"), "text"));
        assertThat(general).contains("Two and two make <strong>four</strong>.", "<strong>References</strong>",
                "<li><a href=\"https://en.wikipedia.org/wiki/Addition\">Addition</a></li>");
        assertThat(tags(single)).containsExactly("arithmetic");

        Element multiple = questions.get(2);
        assertThat(text(child(multiple, "single"))).isEqualTo("false");
        assertThat(text(child(multiple, "shuffleanswers"))).isEqualTo("0");
        List<Double> fractions = children(multiple, "answer").stream().map(a -> Double.parseDouble(a.getAttribute("fraction"))).toList();
        assertThat(fractions.stream().filter(f -> f > 0).mapToDouble(Double::doubleValue).sum()).isCloseTo(100, within(1e-4));
        assertThat(fractions.stream().filter(f -> f < 0).mapToDouble(Double::doubleValue).sum()).isCloseTo(-100, within(1e-4));
        assertThat(fractions).containsExactly(33.3333333, 33.3333333, -50.0, 33.3333333, -50.0);
        assertThat(tags(multiple)).containsExactly("numbers", "primes");

        // Every file a text references is embedded in that text's element, and decodes to the site's bytes.
        byte[] favicon = Files.readAllBytes(run.site().resolve("assets/favicon.svg"));
        SortedMap<String, byte[]> qti = run.zip(ExportFormat.QTI21);
        int checked = 0;
        for (Element withText : elements(doc, "text")) {
            Element owner = (Element) withText.getParentNode();
            Matcher m = PLUGINFILE.matcher(text(withText));
            while (m.find()) {
                String path = m.group(1);
                Element file = children(owner, "file").stream()
                        .filter(f -> (f.getAttribute("path") + f.getAttribute("name")).equals("/" + path)).findFirst().orElseThrow();
                assertThat(file.getAttribute("encoding")).isEqualTo("base64");
                byte[] bytes = Base64.getDecoder().decode(text(file));
                assertThat(bytes).isEqualTo(qti.get("resources/" + path));
                if (path.equals("images/assets/favicon.svg")) {
                    assertThat(bytes).isEqualTo(favicon);
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(3); // the inline chart, the image, the chart after the Answer
    }

    @Test
    void theCanvasPackageListsItsFilesAndHoldsOneItemPerQuestion() throws Exception {
        SortedMap<String, byte[]> zip = ExportRun.fixture(tmp.resolve("a")).zip(ExportFormat.CANVAS);
        Document manifest = Qti21JqtiTest.parse(zip.get("imsmanifest.xml"));
        TreeSet<String> listed = new TreeSet<>(List.of("imsmanifest.xml"));
        elements(manifest, "file").forEach(f -> listed.add(f.getAttribute("href")));
        assertThat(zip.keySet()).containsExactlyElementsOf(listed);
        Element quiz = elements(manifest, "resource").stream()
                .filter(r -> r.getAttribute("type").equals("imsqti_xmlv1p2")).findFirst().orElseThrow();
        String href = child(quiz, "file").getAttribute("href");
        assertThat(href).isEqualTo("course-both-types/course-both-types.xml");

        Document qti = Qti21JqtiTest.parse(zip.get(href));
        assertThat(qti.getDocumentElement().getTagName()).isEqualTo("questestinterop");
        List<Element> items = elements(qti, "item");
        assertThat(items).extracting(i -> i.getAttribute("ident")).containsExactly("q-pick-one", "q-pick-some");
        assertThat(metadata(items.get(0), "question_type")).isEqualTo("multiple_choice_question");
        assertThat(metadata(items.get(1), "question_type")).isEqualTo("multiple_answers_question");
        assertThat(child(elements(items.get(0), "response_lid").get(0), "render_choice").getAttribute("shuffle")).isEqualTo("Yes");
        assertThat(elements(items.get(1), "response_label")).hasSize(5);
        String text = text(elements(items.get(0), "mattext").get(0));
        assertThat(text).contains("src=\"$IMS-CC-FILEBASE$/charts/goyal2017-resnet50-imagenet.svg\"");
        assertThat(zip).containsKey("web_resources/charts/goyal2017-resnet50-imagenet.svg");
        // The score condition: the right options, and for multiple answers none of the wrong ones.
        Element scoring = elements(items.get(1), "respcondition").stream()
                .filter(r -> r.getAttribute("continue").equals("No")).findFirst().orElseThrow();
        assertThat(text(child(scoring, "setvar"))).isEqualTo("100");
        assertThat(elements(scoring, "not")).extracting(MoodleAndCanvasTest::text)
                .containsExactly("q-pick-some-C", "q-pick-some-E");
        assertThat(elements(items.get(1), "itemfeedback")).extracting(f -> f.getAttribute("ident"))
                .containsExactly("general_fb", "q-pick-some-A_fb", "q-pick-some-C_fb", "q-pick-some-E_fb");
    }

    @Test
    void moodleXmlHasEveryOtherTypeAsMoodleDocumentsIt() throws Exception {
        ExportRun.Exported run = ExportRun.allTypes(tmp.resolve("a"));
        List<Element> questions = children(Qti21JqtiTest.parse(run.file(ExportFormat.MOODLE)).getDocumentElement(), "question");
        assertThat(questions).extracting(q -> q.getAttribute("type"))
                .containsExactly("category", "shortanswer", "numerical", "ordering", "matching");
        assertThat(questions.subList(1, 5)).extracting(q -> text(child(q, "idnumber")))
                .containsExactly("http-verb", "memory-size", "training-steps", "optimizers");

        // Short answer: the literal, the pattern's wildcard form (none here: it is a real pattern, left out
        // with a warning), the foreseen mistakes with fraction 0 (the `!~ patch.*` one as a wildcard).
        Element shortAnswer = questions.get(1);
        assertThat(text(child(shortAnswer, "usecase"))).isEqualTo("0");
        List<Element> answers = children(shortAnswer, "answer");
        assertThat(answers).extracting(a -> text(child(a, "text"))).containsExactly("PUT", "POST", "patch*");
        assertThat(answers).extracting(a -> a.getAttribute("fraction")).containsExactly("100", "0", "0");
        assertThat(text(child(child(answers.get(1), "feedback"), "text"))).contains("POST creates a resource");
        assertThat(children(shortAnswer, "hint")).extracting(h -> text(child(h, "text")))
                .containsExactly("It is idempotent.", "Three letters.");
        assertThat(text(child(child(shortAnswer, "generalfeedback"), "text"))).contains("<code>PUT</code>");

        // Numerical: the middle and half the width of each range, inclusive like the site's.
        Element numerical = questions.get(2);
        List<Element> numbers = children(numerical, "answer");
        assertThat(numbers).extracting(a -> text(child(a, "text"))).containsExactly("24.0", "22.355", "12");
        assertThat(numbers).extracting(a -> text(child(a, "tolerance"))).containsExactly("1.2", "0.005", "0");
        assertThat(numbers).extracting(a -> a.getAttribute("fraction")).containsExactly("100", "100", "0");
        assertThat(text(child(child(child(numerical, "units"), "unit"), "unit_name"))).isEqualTo("GB");

        // Ordering: the items in the right order, graded by position, all shown.
        Element ordering = questions.get(3);
        assertThat(text(child(ordering, "gradingtype"))).isEqualTo("ABSOLUTE_POSITION");
        assertThat(text(child(ordering, "selecttype"))).isEqualTo("ALL");
        assertThat(text(child(ordering, "selectcount"))).isEqualTo("3");
        assertThat(children(ordering, "answer")).extracting(a -> text(child(a, "text")))
                .containsExactly("Forward pass", "Backward pass", "Optimizer step");
        assertThat(children(ordering, "answer")).extracting(a -> a.getAttribute("fraction")).containsExactly("1", "2", "3");

        // Matching: left as HTML, right as plain text; raw HTML in a pair stays text, escaped once for XML.
        Element matching = questions.get(4);
        List<Element> subquestions = children(matching, "subquestion");
        assertThat(subquestions).extracting(q -> text(child(q, "text"))).containsExactly("SGD", "Momentum", "Adam");
        assertThat(subquestions).extracting(q -> text(child(child(q, "answer"), "text"))).hasSize(3)
                .allSatisfy(t -> assertThat(t).doesNotContain("<b>").doesNotContain("&lt;b"));
        assertThat(text(child(child(subquestions.get(1), "answer"), "text"))).isEqualTo("a running average of gradients");
    }

    @Test
    void canvasGetsWhatItCanExpressAndEveryLossIsAWarningAtItsLine() throws Exception {
        ExportRun.Exported run = ExportRun.allTypes(tmp.resolve("a"));
        SortedMap<String, byte[]> zip = run.zip(ExportFormat.CANVAS);
        Document qti = Qti21JqtiTest.parse(zip.get("course-all-types/course-all-types.xml"));
        List<Element> items = elements(qti, "item");
        assertThat(items).extracting(i -> i.getAttribute("ident")).containsExactly("q-http-verb", "q-memory-size", "q-optimizers");
        assertThat(items).extracting(i -> metadata(i, "question_type"))
                .containsExactly("short_answer_question", "numerical_question", "matching_question");
        Element scoring = elements(items.get(0), "respcondition").stream()
                .filter(r -> r.getAttribute("continue").equals("No")).findFirst().orElseThrow();
        assertThat(elements(scoring, "varequal")).extracting(MoodleAndCanvasTest::text).containsExactly("PUT");
        assertThat(elements(items.get(1), "vargte")).extracting(MoodleAndCanvasTest::text).containsExactly("22.8", "22.35");
        assertThat(elements(items.get(1), "varlte")).extracting(MoodleAndCanvasTest::text).containsExactly("25.2", "22.36");
        assertThat(elements(items.get(2), "response_lid")).hasSize(3);
        assertThat(elements(items.get(2), "setvar")).extracting(MoodleAndCanvasTest::text).containsOnly("33.33");
        assertThat(Qti21JqtiTest.parse(zip.get("course-all-types/assessment_meta.xml")).getElementsByTagName("points_possible")
                .item(0).getTextContent()).isEqualTo("3");

        assertThat(run.result().report().problems()).extracting(p -> p.format()).filteredOn(m -> !m.contains("raw HTML"))
                .containsExactly(
                        "questions/a-short.md: warning: Canvas (classic quizzes) has no hints to open before answering:"
                                + " this question's 2 hints are not in quizsite-canvas-qti12.zip (Moodle XML has them)",
                        "questions/a-short.md: warning: QTI 2.1 has no hints to open before answering: this question's"
                                + " 2 hints are not in quizsite-qti21.zip (Moodle XML has them)",
                        "questions/a-short.md:11:1: warning: Canvas has no pattern answers: `~ ^(http )?put request$` is left out"
                                + " of quizsite-canvas-qti12.zip, which accepts only the literal answers",
                        "questions/a-short.md:11:1: warning: Moodle's short answer has no regular expressions, only `*` for any"
                                + " text: `~ ^(http )?put request$` is left out of quizsite-moodle.xml, which accepts only the other answers",
                        "questions/b-numeric.md:10:1: warning: Canvas numerical questions have no unit: `GB` is not shown there;"
                                + " say it in the prompt if it matters",
                        "questions/c-ordering.md:8:1: warning: Canvas (classic quizzes) has no ordering question: this question"
                                + " is not in quizsite-canvas-qti12.zip (the QTI 2.1 package and Moodle XML have it)");
    }

    @Test
    void twoExportsOfTheSameCourseAreByteIdentical() throws Exception {
        ExportRun.Exported a = ExportRun.course(tmp.resolve("a"));
        ExportRun.Exported b = ExportRun.course(tmp.resolve("b"));
        assertThat(a.result().exports()).hasSize(3);
        for (ExportFormat format : ExportFormat.values()) {
            assertThat(a.file(format)).as(format.key()).hasSameBinaryContentAs(b.file(format));
        }
        ExportRun.Exported c = ExportRun.allTypes(tmp.resolve("c"));
        ExportRun.Exported d = ExportRun.allTypes(tmp.resolve("d"));
        for (ExportFormat format : ExportFormat.values()) {
            assertThat(c.file(format)).as("every type, " + format.key()).hasSameBinaryContentAs(d.file(format));
        }
        for (ExportFormat zip : List.of(ExportFormat.QTI21, ExportFormat.CANVAS)) {
            try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(a.file(zip)))) {
                List<String> names = new ArrayList<>();
                for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    assertThat(e.getTimeLocal()).isEqualTo(Zip.ENTRY_TIME);
                    names.add(e.getName());
                }
                assertThat(names).isSorted();
            }
        }
    }

    private static String metadata(Element item, String label) {
        return elements(item, "qtimetadatafield").stream().filter(f -> text(child(f, "fieldlabel")).equals(label))
                .map(f -> text(child(f, "fieldentry"))).findFirst().orElseThrow();
    }

    private static List<String> tags(Element question) {
        return elements(child(question, "tags"), "text").stream().map(MoodleAndCanvasTest::text).toList();
    }

    static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                out.add(e);
            }
        }
        return out;
    }

    static Element child(Element parent, String tag) {
        List<Element> found = children(parent, tag);
        assertThat(found).as("<" + tag + "> in <" + parent.getTagName() + ">").hasSize(1);
        return found.get(0);
    }

    static List<Element> elements(Node root, String tag) {
        NodeList nodes = root instanceof Document d ? d.getElementsByTagName(tag) : ((Element) root).getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    static String text(Element e) {
        return e.getTextContent();
    }
}
