package dev.quizsite.links;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Verdicts on external links made without the network, which depend on the link and the settings
 * alone: the preview keeps them between checks (see {@link LinkMemory#offlineVerdicts}). The
 * tally hands over its external links in the same order, and an unchanged one as the same
 * object, so most are found at the index they had last time; looking each of 30,000 up by
 * identity instead took longer than the rest of the link check.
 */
final class OfflineVerdicts {

    private List<ExternalRef> refs = List.of();
    private List<CheckedLink> verdicts = List.of();
    /** Whether each of {@link #verdicts} was left unchecked for want of the network (not ignored or skipped by host). */
    private boolean[] unchecked = new boolean[0];
    private final Map<ExternalRef, CheckedLink> byRef = new IdentityHashMap<>();
    private int uncheckedCount;

    /**
     * @param judge     the verdict on a link, made without the network
     * @param unchecked whether a verdict is "not checked" (and not, say, ignored)
     * @return the verdicts on {@code now}, in its order
     */
    List<CheckedLink> judge(List<ExternalRef> now, Function<ExternalRef, CheckedLink> judge, Predicate<CheckedLink> unchecked) {
        List<CheckedLink> made = new ArrayList<>(now.size());
        boolean[] left = new boolean[now.size()];
        int count = 0;
        for (int i = 0; i < now.size(); i++) {
            ExternalRef ref = now.get(i);
            CheckedLink verdict;
            if (i < refs.size() && refs.get(i) == ref) {
                verdict = verdicts.get(i);
                left[i] = this.unchecked[i];
            } else {
                verdict = byRef.computeIfAbsent(ref, judge);
                left[i] = unchecked.test(verdict);
            }
            count += left[i] ? 1 : 0;
            made.add(verdict);
        }
        if (byRef.size() > 2 * now.size()) { // verdicts on links since edited: dropped now and then, not on every check
            Map<ExternalRef, Boolean> current = new IdentityHashMap<>();
            now.forEach(ref -> current.put(ref, true));
            byRef.keySet().retainAll(current.keySet());
        }
        refs = now;
        verdicts = made;
        this.unchecked = left;
        uncheckedCount = count;
        return made;
    }

    /** How many of the last verdicts were left unchecked. */
    int unchecked() {
        return uncheckedCount;
    }
}
