package dev.quizsite.links;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code linksIgnore} expressions, compiled once, and the one rule for them, for external and
 * internal links alike: a URL is not checked when an expression matches any part of it (as
 * {@code grep} and linkinator's {@code --skip} do; anchor it with {@code ^…$} for a whole URL).
 * The expressions were checked when the settings were read (see {@link LinkOptionsReader}).
 */
final class IgnoreRules {

    private final List<Pattern> patterns;

    IgnoreRules(List<String> expressions) {
        this.patterns = expressions.stream().map(Pattern::compile).toList();
    }

    /** Whether there are no expressions: then nothing is ignored, and the links need not be looked at for it. */
    boolean none() {
        return patterns.isEmpty();
    }

    /** The verdict for an ignored URL, naming the expression; empty when no expression matches. */
    Optional<LinkResult> skip(String url) {
        for (Pattern pattern : patterns) {
            if (pattern.matcher(url).find()) {
                return Optional.of(LinkResult.of(url, LinkClass.SKIPPED, "ignored by " + pattern.pattern()));
            }
        }
        return Optional.empty();
    }
}
