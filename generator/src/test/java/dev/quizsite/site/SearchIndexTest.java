package dev.quizsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** search/index.js: what it holds, decoded as search.js decodes it, and its size against the budget. */
class SearchIndexTest {

    private static final Path PROJECT = Path.of("..");

    @TempDir
    Path tmp;

    @Test
    void theCourseIndexHoldsEachQuestionsWordsAndStaysWithinFifteenPercentOfTheMarkdown() throws IOException {
        BuildResult result = new SiteBuilder().build(BuildSettings.defaults(PROJECT)
                .withOutput(tmp.resolve("site")).withData(PROJECT.resolve("site-src/data")));
        assertThat(result.report().problems()).isEmpty();
        Path index = tmp.resolve("site/" + SearchIndex.PATH);
        String script = Files.readString(index, StandardCharsets.UTF_8);
        List<List<String>> docs = decode(script);
        assertThat(docs).hasSize(result.questions());
        assertThat(docs.get(0).get(0).split(" ")).as("the seed's title").containsExactlyInAnyOrder("sometimes", "small", "better");
        assertThat(docs.get(0).get(1).split(" ")).as("its prompt, options, tags and scenario")
                .contains("arguments", "suspicion", "overfitting", "generalization", "training", "fynn", "unfortunately")
                .doesNotContain("the", "a", "answer")
                .as("the explanation is not searched").doesNotContain("ridiculous");

        long markdown;
        try (Stream<Path> files = Files.list(PROJECT.resolve("questions"))) {
            markdown = files.filter(p -> p.toString().endsWith(".md")).mapToLong(p -> p.toFile().length()).sum();
        }
        long size = Files.size(index);
        String line = "search index of the course (" + result.questions() + " questions): " + size + " B, Markdown "
                + markdown + " B, " + String.format(java.util.Locale.ROOT, "%.1f", 100.0 * size / markdown) + " %";
        System.out.println(line);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/search-index-size.txt"), line + "\n", StandardCharsets.UTF_8);
        assertThat(size).isLessThanOrEqualTo(markdown * 15 / 100);
    }

    /** Only the first words of a long text are folded, and they are exactly the first words of the whole. */
    @Test
    void aLimitTakesTheFirstWordsOfALongTextAsOfTheWhole() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            text.append(i % 7 == 0 ? "Café" : "w" + i).append(i % 5 == 0 ? ",\u00a0" : " ");
        }
        java.util.Set<String> first = SearchIndex.terms(text.toString(), 30);
        assertThat(first).hasSize(30 - 4).startsWith("cafe", "w1", "w2").contains("w29").doesNotContain("w30");
        assertThat(SearchIndex.terms(text.substring(0, text.indexOf("w30")), 30)).containsExactlyElementsOf(first);
        assertThat(SearchIndex.terms("short text", 30)).containsExactly("short", "text");
    }

    @Test
    void termsAreFoldedAndTheIndexIsTheSameEveryTime() {
        assertThat(SearchIndex.terms("Größe of the Café, naïve CAFÉ x 42", Integer.MAX_VALUE))
                .containsExactly("große", "cafe", "naive", "42");
        Map<String, Object> q = new HashMap<>();
        q.put("plainTitle", "Zeta alpha");
        q.put("prompt", "<strong>Why &amp; how</strong>?");
        q.put("options", List.of(Map.of("html", "<code>alphabet</code> soup")));
        q.put("tags", List.of("greek letters"));
        q.put("scenario", "<p>" + "word ".repeat(40) + "late</p>");
        String once = SearchIndex.script(List.of(SearchIndex.terms(q), SearchIndex.terms(q)));
        assertThat(SearchIndex.script(List.of(SearchIndex.terms(q), SearchIndex.terms(q)))).isEqualTo(once);
        List<List<String>> docs = decode(once);
        assertThat(docs.get(0)).containsExactly("alpha zeta", "alphabet greek how letters soup why word");
        assertThat(docs.get(1)).isEqualTo(docs.get(0));
        assertThat(once).startsWith("window.quizsiteSearchIndex={\"v\":1,\"terms\":\"0alpha 5bet 0greek 0how 0letters 0soup 0why 1ord 0zeta\"");
    }

    @Test
    void gapsOfManyTermsTakeSeveralDigits() {
        List<SearchIndex.Terms> questions = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            questions.add(SearchIndex.terms(Map.of("plainTitle", "t" + i, "prompt", "", "scenario", "")));
        }
        List<List<String>> docs = decode(SearchIndex.script(questions));
        for (int i = 0; i < 300; i++) {
            assertThat(docs.get(i).get(0)).isEqualTo("t" + i);
        }
    }

    /**
     * The preview's dictionary, kept across edits (questions changed, added, removed, words new
     * and gone, one question's terms listed twice), writes what a new one writes, and that reads
     * back as each question's terms.
     */
    @Test
    void aDictionaryKeptAcrossEditsWritesWhatANewOneWrites() {
        java.util.Random random = new java.util.Random(42);
        List<SearchIndex.Terms> questions = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            questions.add(randomTerms(random, 40));
        }
        SearchDictionary kept = new SearchDictionary();
        for (int step = 0; step < 200; step++) {
            int at = random.nextInt(questions.size());
            switch (random.nextInt(5)) {
                case 0 -> questions.add(at, randomTerms(random, 40));
                case 1 -> questions.remove(at);
                case 2 -> questions.set(at, questions.get(random.nextInt(questions.size()))); // the same terms twice
                case 3 -> questions.set(at, randomTerms(random, 1000 + step)); // words no question had
                default -> questions.set(at, randomTerms(random, 40));
            }
            String script = kept.script(questions);
            assertThat(script).as("step " + step).isEqualTo(new SearchDictionary().script(questions));
            List<List<String>> docs = decode(script);
            for (int i = 0; i < questions.size(); i++) {
                assertThat(docs.get(i).get(0).split(" ")).containsExactlyInAnyOrderElementsOf(questions.get(i).title());
                assertThat(docs.get(i).get(1).split(" ")).containsExactlyInAnyOrderElementsOf(questions.get(i).body());
            }
        }
    }

    /** Distinct words from a vocabulary of {@code words}: two for the title, the others for the body. */
    private static SearchIndex.Terms randomTerms(java.util.Random random, int words) {
        java.util.LinkedHashSet<String> picked = new java.util.LinkedHashSet<>();
        while (picked.size() < 6) {
            picked.add("w" + random.nextInt(words));
        }
        List<String> all = new ArrayList<>(picked);
        return new SearchIndex.Terms(all.subList(0, 2), all.subList(2, 6));
    }

    /** Each document's title terms and other terms, as search.js decodes them. */
    static List<List<String>> decode(String script) {
        Matcher m = Pattern.compile("\"terms\":\"([^\"]*)\",\"docs\":\\[(.*)\\]\\};\n").matcher(script);
        assertThat(m.find()).as(script).isTrue();
        List<String> terms = new ArrayList<>();
        String previous = "";
        for (String entry : m.group(1).split(" ")) {
            previous = previous.substring(0, Character.digit(entry.charAt(0), 36)) + entry.substring(1);
            terms.add(previous);
        }
        List<List<String>> docs = new ArrayList<>();
        for (String doc : m.group(2).split(",")) {
            String[] parts = doc.substring(1, doc.length() - 1).split("\\|", -1);
            docs.add(List.of(gaps(parts[0], terms), gaps(parts[1], terms)));
        }
        return docs;
    }

    private static String gaps(String gaps, List<String> terms) {
        List<String> out = new ArrayList<>();
        int last = -1, value = 0, shift = 0;
        for (char c : gaps.toCharArray()) {
            if (c >= 'g') {
                value |= (c - 'g') << shift;
                shift += 4;
                continue;
            }
            value |= Character.digit(c, 16) << shift;
            last += value + 1;
            out.add(terms.get(last));
            value = 0;
            shift = 0;
        }
        return String.join(" ", out);
    }
}
