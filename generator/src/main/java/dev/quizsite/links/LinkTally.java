package dev.quizsite.links;

import dev.quizsite.model.Location;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The site's links gathered from its pages' findings: each internal target once, with every place
 * that links there, and each external URL once, with its places. It is brought up to date by the
 * pages that changed ({@link #count}): the preview keeps one between checks, so that a rebuild
 * that changed one page of ten thousand takes that page's links out and puts its new ones in,
 * instead of gathering 200,000 links again. A one-shot build counts every page into a new one.
 */
final class LinkTally {

    /** The pages counted, by their findings (the same object while a page is unchanged), each with a number. */
    private final Map<InternalChecker.PageFound, Integer> counted = new IdentityHashMap<>();
    private int nextNumber;
    private final Map<String, Gathered<InternalChecker.Target, CheckedLink>> internal = new LinkedHashMap<>();
    private final Map<String, Gathered<ExternalRef, ExternalRef>> external = new LinkedHashMap<>();

    /**
     * One link target and what each page that links there found, by the page's number in the
     * order pages were counted; and what they come to, made once until a page changes.
     */
    private static final class Gathered<T, R> {
        final Map<Integer, T> byPage = new LinkedHashMap<>(2);
        Optional<R> made = Optional.empty();
    }

    /** Brings the tally to exactly these pages' findings: pages gone or changed are taken out, new ones put in. */
    void count(Collection<InternalChecker.PageFound> pages) {
        Map<InternalChecker.PageFound, Boolean> now = new IdentityHashMap<>(pages.size() * 2);
        pages.forEach(page -> now.put(page, true));
        for (Iterator<Map.Entry<InternalChecker.PageFound, Integer>> it = counted.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<InternalChecker.PageFound, Integer> page = it.next();
            if (!now.containsKey(page.getKey())) {
                remove(page.getKey(), page.getValue());
                it.remove();
            }
        }
        for (InternalChecker.PageFound page : pages) {
            if (!counted.containsKey(page)) {
                int number = nextNumber++;
                counted.put(page, number);
                add(page, number);
            }
        }
    }

    /**
     * Every internal target with its verdict (that of the first page counted that links there: the
     * verdict is the same from every page, but for the form of a suggestion) and all its places.
     */
    List<CheckedLink> internal() {
        List<CheckedLink> links = new ArrayList<>(internal.size());
        for (Gathered<InternalChecker.Target, CheckedLink> target : internal.values()) {
            if (target.made.isEmpty()) {
                List<Location> places = new ArrayList<>();
                target.byPage.values().forEach(found -> places.addAll(found.places()));
                target.made = Optional.of(new CheckedLink(false, target.byPage.values().iterator().next().result(), places));
            }
            links.add(target.made.get());
        }
        return links;
    }

    /** Every external URL once, with all the places it is written. */
    List<ExternalRef> external() {
        List<ExternalRef> refs = new ArrayList<>(external.size());
        for (Gathered<ExternalRef, ExternalRef> url : external.values()) {
            if (url.made.isEmpty()) {
                List<Location> places = new ArrayList<>();
                url.byPage.values().forEach(ref -> places.addAll(ref.locations()));
                url.made = Optional.of(new ExternalRef(url.byPage.values().iterator().next().uri(), places));
            }
            refs.add(url.made.get());
        }
        return refs;
    }

    private void add(InternalChecker.PageFound page, int number) {
        page.internal().forEach((key, target) -> put(internal, key, number, target, (first, same) -> first)); // one a key
        for (ExternalRef ref : page.external()) {
            put(external, ref.uri().toString(), number, ref,
                    (first, again) -> new ExternalRef(first.uri(), concat(first.locations(), again.locations())));
        }
    }

    private void remove(InternalChecker.PageFound page, int number) {
        page.internal().keySet().forEach(key -> drop(internal, key, number));
        for (ExternalRef ref : page.external()) {
            drop(external, ref.uri().toString(), number);
        }
    }

    private static <T, R> void put(Map<String, Gathered<T, R>> all, String key, int page, T found,
            java.util.function.BinaryOperator<T> merge) {
        Gathered<T, R> gathered = all.computeIfAbsent(key, k -> new Gathered<>());
        gathered.byPage.merge(page, found, merge); // a page may write one external URL twice
        gathered.made = Optional.empty();
    }

    private static List<Location> concat(List<Location> a, List<Location> b) {
        List<Location> both = new ArrayList<>(a);
        both.addAll(b);
        return both;
    }

    private static <T, R> void drop(Map<String, Gathered<T, R>> all, String key, int page) {
        Gathered<T, R> gathered = all.get(key);
        if (gathered != null && gathered.byPage.remove(page) != null) {
            gathered.made = Optional.empty();
            if (gathered.byPage.isEmpty()) {
                all.remove(key);
            }
        }
    }
}
