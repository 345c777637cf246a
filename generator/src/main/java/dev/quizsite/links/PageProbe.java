package dev.quizsite.links;

import java.util.Optional;
import java.util.Set;

/**
 * What requesting one URL (without its fragment) found.
 *
 * @param result   the verdict on the URL itself
 * @param anchors  the page's ids and names, when its body was read for them
 * @param complete whether the whole body was read (a missing anchor is then certainly missing)
 * @param cutOff   why reading stopped early, for messages ("after 2 MiB", "after 5 s")
 */
record PageProbe(LinkResult result, Optional<Set<String>> anchors, boolean complete, String cutOff) {

    static PageProbe of(LinkResult result) {
        return new PageProbe(result, Optional.empty(), false, "");
    }
}
