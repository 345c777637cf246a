package dev.quizsite.links;

import dev.quizsite.model.Location;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Predicate;

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
    private final Gathering<InternalChecker.Target, CheckedLink> internal = new Gathering<>(
            (first, same) -> first, // one a key
            byPage -> new CheckedLink(false, byPage.get(0).result(),
                    new Places(byPage, InternalChecker.Target::places)),
            link -> link.result().linkClass() != LinkClass.OK);
    private final Gathering<ExternalRef, ExternalRef> external = new Gathering<>(
            (first, again) -> new ExternalRef(first.uri(), concat(first.locations(), again.locations())),
            byPage -> new ExternalRef(byPage.get(0).uri(), new Places(byPage, ExternalRef::locations)),
            ref -> false);

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
     * verdict is the same from every page, but for the form of a suggestion) and all its places, in
     * the order the targets were first counted.
     */
    List<CheckedLink> internal() {
        return internal.made();
    }

    /** The internal targets whose verdict is not ok, in the order of {@link #internal()}. */
    List<CheckedLink> internalNotOk() {
        return internal.notable();
    }

    /** Every external URL once, with all the places it is written. */
    List<ExternalRef> external() {
        return external.made();
    }

    private void add(InternalChecker.PageFound page, int number) {
        page.internal().forEach((key, target) -> internal.put(key, number, target));
        for (ExternalRef ref : page.external()) {
            external.put(ref.uri().toString(), number, ref);
        }
    }

    private void remove(InternalChecker.PageFound page, int number) {
        page.internal().keySet().forEach(key -> internal.drop(key, number));
        for (ExternalRef ref : page.external()) {
            external.drop(ref.uri().toString(), number);
        }
    }

    private static List<Location> concat(List<Location> a, List<Location> b) {
        List<Location> both = new ArrayList<>(a);
        both.addAll(b);
        return both;
    }

    /**
     * Link targets by key, each with what every page that links there found, and what they come
     * to in a slot of one list, in the order the targets were first counted. Only the targets a
     * changed page links to are made again: after one edit, walking 60,000 targets to gather their
     * lists again cost more than the rest of the link check.
     *
     * @param <T> what one page found of a target
     * @param <R> what the target comes to
     */
    private static final class Gathering<T, R> {
        private final BinaryOperator<T> merge;
        private final Function<List<T>, R> make;
        private final Map<String, Target<T>> byKey = new HashMap<>();
        /** Each target's slot, in the order first counted; null where a target is gone. */
        private final List<Target<T>> slots = new ArrayList<>();
        /** What each slot's target comes to; null where it is gone or must be made again. */
        private final List<R> made = new ArrayList<>();
        private final List<Target<T>> changed = new ArrayList<>();
        private int gone;
        /** Which targets come to something {@link #notable} says is worth a look. */
        private final BitSet notable = new BitSet();
        private final Predicate<R> isNotable;

        Gathering(BinaryOperator<T> merge, Function<List<T>, R> make, Predicate<R> isNotable) {
            this.merge = merge;
            this.make = make;
            this.isNotable = isNotable;
        }

        /**
         * One target: what each page that links there found, in the order of the pages' numbers
         * (a page is counted with a number higher than all before it, so it always comes last).
         */
        private static final class Target<T> {
            final String key;
            int[] pages = new int[2];
            Object[] found = new Object[2];
            int size;
            int slot;
            boolean changed;

            Target(String key) {
                this.key = key;
            }

            /** Adds what page {@code page}, the last one counted, found here; merged with what it found before. */
            void add(int page, T what, BinaryOperator<T> merge) {
                if (size > 0 && pages[size - 1] == page) {
                    found[size - 1] = merge.apply(at(size - 1), what);
                    return;
                }
                if (size == pages.length) {
                    pages = Arrays.copyOf(pages, size * 2);
                    found = Arrays.copyOf(found, size * 2);
                }
                pages[size] = page;
                found[size++] = what;
            }

            /** @return whether the page had found something here */
            boolean remove(int page) {
                int at = Arrays.binarySearch(pages, 0, size, page);
                if (at < 0) {
                    return false;
                }
                System.arraycopy(pages, at + 1, pages, at, size - at - 1);
                System.arraycopy(found, at + 1, found, at, size - at - 1);
                found[--size] = null;
                return true;
            }

            @SuppressWarnings("unchecked")
            T at(int index) {
                return (T) found[index];
            }

            @SuppressWarnings("unchecked")
            List<T> all() {
                return (List<T>) List.of(Arrays.copyOf(found, size));
            }
        }

        void put(String key, int page, T found) {
            Target<T> target = byKey.get(key);
            if (target == null) {
                target = new Target<>(key);
                target.slot = slots.size();
                slots.add(target);
                made.add(null);
                byKey.put(key, target);
            }
            target.add(page, found, merge); // a page may write one external URL twice
            changed(target);
        }

        void drop(String key, int page) {
            Target<T> target = byKey.get(key);
            if (target == null || !target.remove(page)) {
                return;
            }
            // A target no page links to any more keeps its slot until the targets are made: the
            // page that changed is taken out before it is put in again, and a link it still
            // holds keeps its place in the order.
            changed(target);
        }

        private void changed(Target<T> target) {
            if (!target.changed) {
                target.changed = true;
                changed.add(target);
            }
        }

        /** What every target comes to, in slot order. */
        List<R> made() {
            update();
            List<R> all = new ArrayList<>(slots.size() - gone);
            for (R r : made) {
                if (r != null) {
                    all.add(r);
                }
            }
            return all;
        }

        /** What the targets {@code isNotable} picks come to, in slot order. */
        List<R> notable() {
            update();
            List<R> picked = new ArrayList<>();
            for (int slot = notable.nextSetBit(0); slot >= 0; slot = notable.nextSetBit(slot + 1)) {
                picked.add(made.get(slot));
            }
            return picked;
        }

        /** Makes the changed targets again, and lets go of those no page links to. */
        private void update() {
            for (Target<T> target : changed) {
                target.changed = false;
                if (target.size == 0) {
                    byKey.remove(target.key);
                    slots.set(target.slot, null);
                    made.set(target.slot, null);
                    notable.clear(target.slot);
                    gone++;
                } else {
                    R r = make.apply(target.all());
                    made.set(target.slot, r);
                    notable.set(target.slot, isNotable.test(r));
                }
            }
            changed.clear();
            if (gone > slots.size() / 2) {
                compact();
            }
        }

        /** Closes the gaps that targets gone left, keeping the order. */
        private void compact() {
            int to = 0;
            for (int from = 0; from < slots.size(); from++) {
                Target<T> target = slots.get(from);
                if (target != null) {
                    target.slot = to;
                    slots.set(to, target);
                    made.set(to, made.get(from));
                    notable.set(to, notable.get(from));
                    to++;
                }
            }
            notable.clear(to, Math.max(to, slots.size()));
            slots.subList(to, slots.size()).clear();
            made.subList(to, made.size()).clear();
            gone = 0;
        }
    }
}
