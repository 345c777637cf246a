package dev.quizsite.site;

import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Writes {@link SearchIndex}'s script: the sorted dictionary of every question's terms and each
 * question's terms as gaps between dictionary numbers. The preview keeps one between builds and
 * brings it up to date by the questions whose terms changed: after one edit the index of 10,000
 * questions was made again from 300,000 words, the largest part of the rebuild. Each question's
 * terms point at their dictionary entries, so that numbering the dictionary again (a word added or
 * gone moves every number after it) is one walk over the dictionary, and a question's encoded
 * terms are kept while the numbering holds. A one-shot build writes with a new one.
 */
final class SearchDictionary {

    /** A term of the dictionary: how many questions' terms hold it, and its number in the sorted dictionary. */
    private static final class Entry {
        final String term;
        int uses;
        int number;

        Entry(String term) {
            this.term = term;
        }
    }

    /** One question's terms as dictionary entries; its encoded form, made for one numbering. */
    private static final class Doc {
        final Entry[] title;
        final Entry[] body;
        /** How many times the index lists these terms (two questions may share a Terms value). */
        int copies;
        String encoded;
        int encodedFor = -1;

        Doc(Entry[] title, Entry[] body) {
            this.title = title;
            this.body = body;
        }
    }

    private final TreeMap<String, Entry> dictionary = new TreeMap<>();
    /** By the Terms object itself: an unchanged question's terms are the same object from the store. */
    private final Map<SearchIndex.Terms, Doc> docs = new IdentityHashMap<>();
    /** Which numbering the entries hold; a new one each time the dictionary changed. */
    private int numbering;
    private boolean changed = true;
    private String codedTerms = "";

    /** @param questions each question's terms, in the index's order */
    synchronized String script(List<SearchIndex.Terms> questions) {
        Map<SearchIndex.Terms, Integer> copies = new IdentityHashMap<>(questions.size() * 2);
        questions.forEach(q -> copies.merge(q, 1, Integer::sum));
        for (Iterator<Map.Entry<SearchIndex.Terms, Doc>> it = docs.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<SearchIndex.Terms, Doc> doc = it.next();
            if (!copies.containsKey(doc.getKey())) {
                use(doc.getValue(), -doc.getValue().copies);
                it.remove();
            }
        }
        copies.forEach((terms, count) -> {
            Doc doc = docs.computeIfAbsent(terms, t -> new Doc(entries(t.title()), entries(t.body())));
            use(doc, count - doc.copies);
        });
        if (changed) {
            renumber();
        }
        // Encoded side by side when the numbering moved (every question's numbers did), kept on the
        // docs after: two questions may share a doc, and one doc must not be written from two threads.
        Doc[] each = new Doc[questions.size()];
        String[] encoded = new String[questions.size()];
        for (int i = 0; i < each.length; i++) {
            each[i] = docs.get(questions.get(i));
        }
        IntStream.range(0, each.length).parallel()
                .forEach(i -> encoded[i] = each[i].encodedFor == numbering ? each[i].encoded : encode(each[i]));
        StringBuilder out = new StringBuilder(codedTerms.length() + questions.size() * 40 + 64)
                .append("window.quizsiteSearchIndex={\"v\":1,\"terms\":\"").append(codedTerms).append("\",\"docs\":[");
        for (int i = 0; i < each.length; i++) {
            each[i].encoded = encoded[i];
            each[i].encodedFor = numbering;
            out.append(i > 0 ? ",\"" : "\"").append(encoded[i]).append('"');
        }
        return out.append("]};\n").toString();
    }

    private Entry[] entries(List<String> terms) {
        Entry[] entries = new Entry[terms.size()];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = dictionary.computeIfAbsent(terms.get(i), t -> {
                changed = true;
                return new Entry(t);
            });
        }
        return entries;
    }

    /** Counts {@code delta} more (or fewer) copies of a question's terms; a term no question holds leaves the dictionary. */
    private void use(Doc doc, int delta) {
        if (delta == 0) {
            return;
        }
        doc.copies += delta;
        for (Entry[] part : List.of(doc.title, doc.body)) {
            for (Entry entry : part) {
                entry.uses += delta;
                if (entry.uses <= 0) {
                    dictionary.remove(entry.term);
                    changed = true;
                }
            }
        }
    }

    /** Numbers the dictionary in order and front-codes it: each term the characters it shares with the one before, then the rest. */
    private void renumber() {
        StringBuilder terms = new StringBuilder();
        String previous = "";
        int number = 0;
        for (Map.Entry<String, Entry> e : dictionary.entrySet()) {
            String term = e.getKey();
            int shared = 0;
            int max = Math.min(Math.min(previous.length(), term.length()), 35);
            while (shared < max && previous.charAt(shared) == term.charAt(shared)) {
                shared++;
            }
            if (number > 0) {
                terms.append(' ');
            }
            terms.append(Character.forDigit(shared, 36)).append(term, shared, term.length());
            e.getValue().number = number++;
            previous = term;
        }
        codedTerms = SearchIndex.json(terms.toString());
        numbering++;
        changed = false;
    }

    /** A question's terms as gaps between their numbers in the current numbering. */
    private static String encode(Doc doc) {
        StringBuilder out = new StringBuilder();
        SearchIndex.gaps(out, numbers(doc.title));
        out.append('|');
        SearchIndex.gaps(out, numbers(doc.body));
        return out.toString();
    }

    /** The numbers of a question's entries, ascending. */
    private static int[] numbers(Entry[] entries) {
        int[] numbers = new int[entries.length];
        for (int i = 0; i < entries.length; i++) {
            numbers[i] = entries[i].number;
        }
        java.util.Arrays.sort(numbers);
        return numbers;
    }
}
