package dev.quizsite.links;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.model.Location;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Verdicts kept across checks are those of each link as it is now, in its order, however the links moved. */
class OfflineVerdictsTest {

    @Test
    void keptVerdictsAreEachLinksOwnWhereverItMoved() {
        Random random = new Random(11);
        List<ExternalRef> refs = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            refs.add(ref(random.nextInt(1000), i));
        }
        OfflineVerdicts kept = new OfflineVerdicts();
        for (int check = 0; check < 200; check++) {
            switch (random.nextInt(5)) {
                case 0 -> refs.set(random.nextInt(refs.size()), ref(random.nextInt(1000), check)); // a link edited
                case 1 -> refs.remove(random.nextInt(refs.size()));
                case 2 -> refs.add(random.nextInt(refs.size() + 1), ref(random.nextInt(1000), check));
                case 3 -> Collections.swap(refs, random.nextInt(refs.size()), random.nextInt(refs.size()));
                default -> { } // nothing changed
            }
            List<ExternalRef> now = List.copyOf(refs);
            List<CheckedLink> verdicts = kept.judge(now, OfflineVerdictsTest::verdict, OfflineVerdictsTest::unchecked);
            assertThat(verdicts).as("check %d", check).isEqualTo(now.stream().map(OfflineVerdictsTest::verdict).toList());
            assertThat(kept.unchecked()).as("check %d", check)
                    .isEqualTo((int) now.stream().map(OfflineVerdictsTest::verdict).filter(OfflineVerdictsTest::unchecked).count());
        }
    }

    private static ExternalRef ref(int host, int line) {
        return new ExternalRef(URI.create("https://h" + host + ".example/"), List.of(new Location("q.md", line + 1, 1)));
    }

    /** Odd hosts are "ignored", even ones "not checked". */
    private static CheckedLink verdict(ExternalRef ref) {
        String url = ref.uri().toString();
        boolean odd = Integer.parseInt(ref.uri().getHost().substring(1, ref.uri().getHost().indexOf('.'))) % 2 == 1;
        return new CheckedLink(true, LinkResult.of(url, LinkClass.SKIPPED, odd ? "ignored" : "offline"), ref.locations());
    }

    private static boolean unchecked(CheckedLink link) {
        return link.result().detail().equals("offline");
    }
}
