package dev.quizsite.site;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code search/index.js}, the index page's search index: for each question (in the index's order)
 * the words of its title, and those of its prompt, options, tags and the start of its scenario,
 * as plain, folded terms (lower case, accents removed). Compact, since a course of 10,000 questions
 * must not make readers download its text: one sorted dictionary, front-coded (each term the
 * number of characters it shares with the one before, then the rest), and per question the
 * dictionary numbers as ascending gaps, each a base-32 variable-length number in letters and digits.
 * A script rather than JSON, so that it loads from {@code file://} too and under {@code script-src
 * 'self'}; assets/search.js hands the terms to MiniSearch, which ranks them.
 */
final class SearchIndex {

    /** The file's path in the site. */
    static final String PATH = "search/index.js";

    /** How much of a scenario is searched: its first words, enough to find a question by its story. */
    static final int SCENARIO_WORDS = 30;

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Words too common to find anything by (English; a query of them alone finds nothing). */
    private static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "for", "from",
            "has", "have", "if", "in", "into", "is", "it", "its", "of", "on", "or", "so", "than", "that", "the",
            "their", "there", "this", "to", "was", "we", "were", "what", "which", "will", "with");
    /** Base-32 digits of the gaps: the first 16 continue a number, the last 16 end it. */
    private static final String MORE = "ghijklmnopqrstuv";
    private static final String LAST = "0123456789abcdef";

    private SearchIndex() {
    }

    /**
     * A question's searchable words: those of its title, and the rest (prompt, options, tags, the
     * start of the scenario) without the title's. Depends on the question alone, so the build keeps
     * it in the store by the question's parse key, and an edit folds only the edited question again.
     *
     * @param hash of the title's and the body's terms: what the index is filed under, so that an
     *             edit that leaves a question's terms as they were makes no new index
     */
    record Terms(List<String> title, List<String> body, String hash) implements java.io.Serializable {
        Terms {
            title = List.copyOf(title);
            body = List.copyOf(body);
        }

        Terms(List<String> title, List<String> body) {
            this(title, body, dev.quizsite.store.Store.hash(String.join(" ", title) + "|" + String.join(" ", body)));
        }
    }

    /** @param q the question's {@code render.Views.question} map */
    static Terms terms(Map<String, Object> q) {
        Set<String> title = terms(String.valueOf(q.get("plainTitle")), Integer.MAX_VALUE);
        Set<String> body = new LinkedHashSet<>(terms(text(q.get("prompt")), Integer.MAX_VALUE));
        if (q.get("options") instanceof List<?> options) {
            for (Object option : options) {
                if (option instanceof Map<?, ?> o) {
                    body.addAll(terms(text(o.get("html")), Integer.MAX_VALUE));
                }
            }
        }
        if (q.get("tags") instanceof List<?> tags) {
            tags.forEach(tag -> body.addAll(terms(String.valueOf(tag), Integer.MAX_VALUE)));
        }
        body.addAll(terms(text(q.get("scenario")), SCENARIO_WORDS));
        body.removeAll(title);
        return new Terms(new ArrayList<>(title), new ArrayList<>(body));
    }

    /** @param questions each question's terms, in the index's order (see {@link SearchDictionary}, which writes it) */
    static String script(List<Terms> questions) {
        return new SearchDictionary().script(questions);
    }

    /** A term set, by its ascending dictionary numbers, as the gaps between them (the first from −1). */
    static void gaps(StringBuilder out, int[] numbers) {
        int last = -1;
        for (int n : numbers) {
            int gap = n - last - 1;
            last = n;
            // Little end first: 4 bits a letter, a letter of MORE when more follow.
            while (gap >= 16) {
                out.append(MORE.charAt(gap & 15));
                gap >>>= 4;
            }
            out.append(LAST.charAt(gap));
        }
    }

    /** The folded words of a text, at most {@code limit} of them (counting repeats), without stop words. */
    static Set<String> terms(String text, int limit) {
        // A scenario is long and only its first words count: fold a prefix that ends at whitespace
        // (which folds to a separator, so the prefix has exactly the whole text's first words),
        // doubling it until it holds more than enough words or is the whole text.
        for (int end = limit < Integer.MAX_VALUE ? limit * 12 : text.length(); end < text.length(); end *= 2) {
            int cut = end;
            while (cut < text.length() && !Character.isWhitespace(text.charAt(cut))) {
                cut++;
            }
            Folded prefix = fold(text.substring(0, cut), limit);
            if (prefix.full()) {
                return prefix.terms();
            }
        }
        return fold(text, limit).terms();
    }

    /** @param full whether the text had more than the limit's words (so that a longer text has the same terms) */
    private record Folded(Set<String> terms, boolean full) {
    }

    private static Folded fold(String text, int limit) {
        Set<String> terms = new LinkedHashSet<>();
        String folded = MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD))
                .replaceAll("");
        int words = 0;
        for (String word : NOT_A_WORD.split(folded)) {
            if (word.isEmpty()) {
                continue;
            }
            if (++words > limit) {
                return new Folded(terms, true);
            }
            if (word.length() > 1 && !STOP.contains(word)) {
                terms.add(word);
            }
        }
        return new Folded(terms, false);
    }

    /** Plain text of rendered HTML (Quizsite's own: Flexmark's, or sanitised by Jsoup). */
    private static String text(Object html) {
        return html == null ? "" : org.jsoup.parser.Parser.unescapeEntities(TAG.matcher(html.toString()).replaceAll(" "), false);
    }

    static String json(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c"); // never `</script>`, never markup
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
