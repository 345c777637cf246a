package dev.quizsite.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import uk.ac.ed.ph.jqtiplus.JqtiExtensionManager;
import uk.ac.ed.ph.jqtiplus.reading.AssessmentObjectXmlLoader;
import uk.ac.ed.ph.jqtiplus.reading.QtiObjectReadResult;
import uk.ac.ed.ph.jqtiplus.reading.QtiXmlReader;
import uk.ac.ed.ph.jqtiplus.resolution.RootNodeLookup;
import uk.ac.ed.ph.jqtiplus.running.ItemProcessingInitializer;
import uk.ac.ed.ph.jqtiplus.running.ItemSessionController;
import uk.ac.ed.ph.jqtiplus.running.ItemSessionControllerSettings;
import uk.ac.ed.ph.jqtiplus.state.ItemProcessingMap;
import uk.ac.ed.ph.jqtiplus.state.ItemSessionState;
import uk.ac.ed.ph.jqtiplus.types.Identifier;
import uk.ac.ed.ph.jqtiplus.types.ResponseData;
import uk.ac.ed.ph.jqtiplus.types.StringResponseData;
import uk.ac.ed.ph.jqtiplus.validation.ItemValidationResult;
import uk.ac.ed.ph.jqtiplus.validation.TestValidationResult;
import uk.ac.ed.ph.jqtiplus.value.FloatValue;
import uk.ac.ed.ph.jqtiplus.value.NullValue;
import uk.ac.ed.ph.jqtiplus.value.Value;
import uk.ac.ed.ph.jqtiplus.xmlutils.XmlParseResult;
import uk.ac.ed.ph.jqtiplus.xmlutils.locators.FileResourceLocator;

/**
 * The QTI 2.1 package read by JQTI+ (QTIWorks' engine): every item and the test parse, are valid
 * against the QTI 2.1 schema and JQTI+'s own model checks, and every item's response processing
 * scores as {@link Scoring} says: the right response the maximum, every other response less,
 * a partial answer its share.
 */
class Qti21JqtiTest {

    private static final JqtiExtensionManager EXTENSIONS = new JqtiExtensionManager();
    private static final Identifier RESPONSE = Identifier.parseString("RESPONSE");
    private static final Identifier SCORE = Identifier.parseString("SCORE");

    @TempDir
    Path tmp;

    @Test
    void theRepositorysCourseIsValidAndScoresRight() throws Exception {
        Path root = ExportRun.unzip(ExportRun.course(tmp.resolve("build")).zip(ExportFormat.QTI21), tmp.resolve("qti"));
        List<String> items = checkPackage(root);
        assertThat(items).contains("q-sometimes-small-is-better.xml", "q-how-large-can-a-batch-be.xml",
                "q-the-generalization-gap.xml").hasSize(3);
        // The seed question: options 2 and 4 are right (B and D), a multiple choice.
        Path seed = root.resolve("q-sometimes-small-is-better.xml");
        assertThat(score(seed, "B", "D")).isEqualTo(1.0);
        assertThat(score(seed, "B")).isEqualTo(0.5);
        assertThat(score(seed, "B", "D", "A")).isEqualTo(0.5);
        assertThat(score(seed, "A", "C")).isEqualTo(0.0);
    }

    @Test
    void theFixtureWithBothTypesIsValidAndScoresRight() throws Exception {
        Path root = ExportRun.unzip(ExportRun.fixture(tmp.resolve("build")).zip(ExportFormat.QTI21), tmp.resolve("qti"));
        assertThat(checkPackage(root)).containsExactly("q-pick-one.xml", "q-pick-some.xml");
        Path single = root.resolve("q-pick-one.xml");
        assertThat(score(single, "B")).isEqualTo(1.0);
        assertThat(score(single, "A")).isEqualTo(0.0);
        assertThat(score(single, "C")).isEqualTo(0.0);
        assertThat(scoreOfNoResponse(single)).isEqualTo(0.0);
        // Three right options (A, B, D), two wrong (C, E): a right one is worth 1/3, a wrong one takes 1/2.
        Path multiple = root.resolve("q-pick-some.xml");
        assertThat(score(multiple, "A", "B", "D")).isEqualTo(1.0);
        assertThat(score(multiple, "A", "B")).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(score(multiple, "A")).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(score(multiple, "A", "B", "D", "C")).isEqualTo(0.5);
        assertThat(score(multiple, "A", "B", "C", "D", "E")).isEqualTo(0.0);
        assertThat(score(multiple, "C", "E")).isEqualTo(0.0);
        assertThat(scoreOfNoResponse(multiple)).isEqualTo(0.0);
    }

    /**
     * One question of each kind that is not a choice: each scores 1 for the right response, less
     * for any other, partial credit as {@link Qti21Export} documents it (ordering: a share per item
     * in its place; matching: a share per right pair); short answers as the site normalises them
     * (case, spaces around and between words), patterns translated for {@code patternMatch}.
     */
    @Test
    void theFixtureWithEveryOtherTypeIsValidAndScoresRight() throws Exception {
        Path root = ExportRun.unzip(ExportRun.allTypes(tmp.resolve("build")).zip(ExportFormat.QTI21), tmp.resolve("qti"));
        assertThat(checkPackage(root)).containsExactly("q-http-verb.xml", "q-memory-size.xml", "q-training-steps.xml",
                "q-optimizers.xml");

        Path text = root.resolve("q-http-verb.xml");
        assertThat(score(text, "PUT")).isEqualTo(1.0);
        assertThat(score(text, "put")).isEqualTo(1.0);
        assertThat(score(text, "  Put ")).isEqualTo(1.0);
        assertThat(score(text, "HTTP  put request")).isEqualTo(1.0); // the pattern, any case and spacing
        assertThat(score(text, "put request")).isEqualTo(1.0);
        assertThat(score(text, "http put")).isEqualTo(0.0);
        assertThat(score(text, "POST")).isEqualTo(0.0);
        assertThat(score(text, "patch")).isEqualTo(0.0);
        assertThat(score(text, "putt")).isEqualTo(0.0);
        assertThat(scoreOfNoResponse(text)).isEqualTo(0.0);
        assertThat(feedback(text, "post")).containsExactly("C");
        assertThat(feedback(text, "Patch it")).containsExactly("D");
        assertThat(feedback(text, "put")).containsExactly("A");

        Path number = root.resolve("q-memory-size.xml");
        assertThat(score(number, "24")).isEqualTo(1.0);
        assertThat(score(number, "22.8")).isEqualTo(1.0); // 24 - 5%, inclusive
        assertThat(score(number, "25.2")).isEqualTo(1.0);
        assertThat(score(number, "25.21")).isEqualTo(0.0);
        assertThat(score(number, "22.355")).isEqualTo(1.0); // the second range
        assertThat(score(number, "22.5")).isEqualTo(0.0);
        assertThat(score(number, "12")).isEqualTo(0.0);
        assertThat(score(number, "-24")).isEqualTo(0.0);
        assertThat(feedback(number, "12")).containsExactly("C");
        assertThat(feedback(number, "23")).containsExactly("A");

        Path order = root.resolve("q-training-steps.xml");
        assertThat(score(order, "A", "B", "C")).isEqualTo(1.0);
        assertThat(score(order, "A", "C", "B")).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(score(order, "C", "B", "A")).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(score(order, "B", "C", "A")).isEqualTo(0.0);
        assertThat(feedback(order, "B", "C", "A")).containsExactlyInAnyOrder("A", "C");

        Path match = root.resolve("q-optimizers.xml");
        assertThat(score(match, "L1 R1", "L2 R2", "L3 R3")).isEqualTo(1.0);
        assertThat(score(match, "L1 R1", "L2 R3", "L3 R2")).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(score(match, "L1 R1", "L2 R2")).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(score(match, "L1 R2", "L2 R3", "L3 R1")).isEqualTo(0.0);
        assertThat(feedback(match, "L1 R2")).containsExactly("B");
    }

    /**
     * Checks the manifest against the package, the test and every item with JQTI+, and runs every
     * response each item can get (all subsets of its options, up to 8 of them): the right one
     * scores 1, every other less. Returns the item files.
     */
    private List<String> checkPackage(Path root) throws Exception {
        Document manifest = parse(root.resolve("imsmanifest.xml"));
        TreeSet<String> listed = new TreeSet<>();
        NodeList files = manifest.getElementsByTagName("file");
        for (int i = 0; i < files.getLength(); i++) {
            listed.add(((Element) files.item(i)).getAttribute("href"));
        }
        listed.add("imsmanifest.xml");
        try (var walk = java.nio.file.Files.walk(root)) {
            assertThat(walk.filter(java.nio.file.Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted())
                    .as("the package holds exactly what its manifest lists").containsExactlyElementsOf(listed);
        }
        AssessmentObjectXmlLoader loader = new AssessmentObjectXmlLoader(new QtiXmlReader(EXTENSIONS), new FileResourceLocator());
        List<String> items = new ArrayList<>();
        NodeList resources = manifest.getElementsByTagName("resource");
        for (int i = 0; i < resources.getLength(); i++) {
            Element resource = (Element) resources.item(i);
            if (!resource.getAttribute("type").equals("imsqti_item_xmlv2p1")) {
                continue;
            }
            String href = resource.getAttribute("href");
            items.add(href);
            Path file = root.resolve(href);
            ItemValidationResult item = loader.loadResolveAndValidateItem(file.toUri());
            assertSchemaValid(item.getResolvedAssessmentItem().getItemLookup());
            assertThat(item.getErrors()).as(href + " model errors").isEmpty();
            assertThat(item.getWarnings()).as(href + " model warnings").isEmpty();
            if (parse(file).getElementsByTagName("choiceInteraction").getLength() > 0) {
                scoresEveryResponse(file);
            }
        }
        TestValidationResult test = loader.loadResolveAndValidateTest(root.resolve("test.xml").toUri());
        assertThat(test.getErrors()).as("test model errors").isEmpty();
        assertThat(test.getWarnings()).as("test model warnings").isEmpty();
        assertSchemaValid(test.getResolvedAssessmentTest().getTestLookup());
        assertThat(test.getResolvedAssessmentTest().getAssessmentItemRefs()).isNotEmpty();

        return items;
    }

    private static void assertSchemaValid(RootNodeLookup<?> lookup) {
        XmlParseResult parse = lookup.wasSuccessful() ? ((QtiObjectReadResult<?>) lookup.getRootNodeHolder()).getXmlParseResult()
                : lookup.getBadResourceException() instanceof uk.ac.ed.ph.jqtiplus.reading.QtiXmlInterpretationException e
                        ? e.getXmlParseResult() : null;
        assertThat(lookup.wasSuccessful()).as(lookup.getSystemId() + " read: " + parse).isTrue();
        assertThat(parse.isValidated()).as(lookup.getSystemId() + " validated against the QTI 2.1 schema").isTrue();
        assertThat(parse.getFatalErrors()).as("fatal").isEmpty();
        assertThat(parse.getErrors()).as(lookup.getSystemId() + " schema errors").isEmpty();
        assertThat(parse.getWarnings()).as("schema warnings").isEmpty();
        assertThat(parse.isSchemaValid()).isTrue();
    }

    /** Every subset of the options: exactly the right ones score 1, any other less (and at least 0). */
    private void scoresEveryResponse(Path item) throws Exception {
        Document doc = parse(item);
        List<String> choices = values(doc, "simpleChoice");
        TreeSet<String> right = new TreeSet<>();
        NodeList values = ((Element) doc.getElementsByTagName("correctResponse").item(0)).getElementsByTagName("value");
        for (int i = 0; i < values.getLength(); i++) {
            right.add(values.item(i).getTextContent());
        }
        boolean single = ((Element) doc.getElementsByTagName("responseDeclaration").item(0)).getAttribute("cardinality").equals("single");
        assertThat(choices.size()).isLessThanOrEqualTo(8);
        for (int mask = 1; mask < 1 << choices.size(); mask++) {
            List<String> response = new ArrayList<>();
            for (int i = 0; i < choices.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    response.add(choices.get(i));
                }
            }
            if (single && response.size() > 1) {
                continue;
            }
            double score = score(item, response.toArray(String[]::new));
            if (new TreeSet<>(response).equals(right)) {
                assertThat(score).as(item.getFileName() + " " + response).isEqualTo(1.0);
            } else {
                assertThat(score).as(item.getFileName() + " " + response).isLessThan(1.0).isGreaterThanOrEqualTo(0.0);
            }
        }
    }

    /** Runs the item's response processing for a response, as a delivery engine does, and returns SCORE. */
    static double score(Path item, String... chosen) {
        return run(item, Map.of(RESPONSE, new StringResponseData(chosen)));
    }

    static double scoreOfNoResponse(Path item) {
        return run(item, Map.of(RESPONSE, new StringResponseData()));
    }

    /** The FEEDBACK identifiers after a response: which answer's, item's or pair's feedback shows. */
    static List<String> feedback(Path item, String... response) {
        ItemSessionState state = session(item, Map.of(RESPONSE, new StringResponseData(response)));
        Value value = state.getOutcomeValue(Identifier.parseString("FEEDBACK"));
        List<String> ids = new ArrayList<>();
        if (value instanceof uk.ac.ed.ph.jqtiplus.value.ListValue list) {
            for (int i = 0; i < list.size(); i++) {
                ids.add(list.get(i).toQtiString());
            }
        }
        return ids;
    }

    private static double run(Path item, Map<Identifier, ResponseData> responses) {
        ItemSessionState state = session(item, responses);
        Value score = state.getOutcomeValue(SCORE);
        assertThat(score).as("SCORE").isNotInstanceOf(NullValue.class);
        return ((FloatValue) score).doubleValue();
    }

    private static ItemSessionState session(Path item, Map<Identifier, ResponseData> responses) {
        AssessmentObjectXmlLoader loader = new AssessmentObjectXmlLoader(new QtiXmlReader(EXTENSIONS), new FileResourceLocator());
        ItemProcessingMap map = new ItemProcessingInitializer(loader.loadAndResolveAssessmentItem(item.toUri()), true).initialize();
        ItemSessionState state = new ItemSessionState();
        ItemSessionController session = new ItemSessionController(EXTENSIONS, new ItemSessionControllerSettings(), map, state);
        Date now = new Date(0);
        session.initialize(now);
        session.performTemplateProcessing(now);
        session.enterItem(now);
        assertThat(session.bindResponses(now, responses)).as("responses bound").isTrue();
        session.commitResponses(now);
        session.performResponseProcessing(now);
        return state;
    }

    private static List<String> values(Document doc, String tag) {
        List<String> ids = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            ids.add(((Element) nodes.item(i)).getAttribute("identifier"));
        }
        return ids;
    }

    static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    static Document parse(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }
}
