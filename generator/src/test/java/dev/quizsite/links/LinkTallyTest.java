package dev.quizsite.links;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.model.Location;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A tally kept across checks, brought up to date page by page, gathers what a new one gathers from the same pages. */
class LinkTallyTest {

    private static final Comparator<Location> PLACE = Comparator.comparing(Location::file)
            .thenComparingInt(Location::line).thenComparingInt(Location::column);

    @Test
    void aTallyKeptAcrossChecksGathersWhatANewOneGathers() {
        Random random = new Random(7);
        List<InternalChecker.PageFound> pages = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            pages.add(page(random, i));
        }
        LinkTally kept = new LinkTally();
        for (int check = 0; check < 300; check++) {
            int change = random.nextInt(4);
            int at = random.nextInt(pages.size());
            if (change == 0) {
                pages.set(at, page(random, 1000 + check)); // a page edited
            } else if (change == 1 && pages.size() > 1) {
                pages.remove(at); // a page gone
            } else if (change == 2) {
                pages.add(at, page(random, 2000 + check)); // a page added
            } // else: nothing changed
            kept.count(pages);
            LinkTally fresh = new LinkTally();
            fresh.count(pages);
            assertThat(internal(kept.internal())).as("check %d", check).isEqualTo(internal(fresh.internal()));
            assertThat(external(kept.external())).as("check %d", check).isEqualTo(external(fresh.external()));
            assertThat(kept.internal()).as("each target once").hasSameSizeAs(internal(kept.internal()).keySet());
            assertThat(kept.internalNotOk()).as("check %d: the targets not ok", check)
                    .isEqualTo(kept.internal().stream().filter(link -> link.result().linkClass() != LinkClass.OK).toList());
        }
    }

    /** A page linking to a few of 30 targets and 30 URLs, some twice, each place its own. */
    private static InternalChecker.PageFound page(Random random, int id) {
        Map<String, InternalChecker.Target> internal = new LinkedHashMap<>();
        List<ExternalRef> external = new ArrayList<>();
        int links = random.nextInt(6);
        for (int i = 0; i < links; i++) {
            String key = "t" + random.nextInt(30);
            LinkResult result = LinkResult.of(key, key.hashCode() % 3 == 0 ? LinkClass.BROKEN : LinkClass.OK, "d");
            internal.computeIfAbsent(key, k -> new InternalChecker.Target(result, new ArrayList<>())).places()
                    .add(new Location("p" + id, i + 1, 1));
            external.add(new ExternalRef(URI.create("https://h" + random.nextInt(30) + ".example/"),
                    List.of(new Location("p" + id, i + 1, 9))));
        }
        return new InternalChecker.PageFound(internal, external);
    }

    /** Each target by its URL, with its verdict and its places in a fixed order. */
    private static Map<String, String> internal(List<CheckedLink> links) {
        Map<String, String> all = new TreeMap<>();
        for (CheckedLink link : links) {
            all.put(link.result().url(), link.result().linkClass() + " " + sorted(link.locations()));
        }
        return all;
    }

    private static Map<String, String> external(List<ExternalRef> refs) {
        Map<String, String> all = new HashMap<>();
        for (ExternalRef ref : refs) {
            assertThat(all.put(ref.uri().toString(), sorted(ref.locations()).toString())).as("each URL once").isNull();
        }
        return all;
    }

    private static List<Location> sorted(List<Location> places) {
        List<Location> copy = new ArrayList<>(places);
        copy.sort(PLACE);
        return copy;
    }
}
