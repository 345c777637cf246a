package dev.quizsite.links;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which external link classes fail the build (become errors); the others are warnings. Each level
 * includes the ones before it: {@code broken} < {@code blocked} < {@code transient} < {@code redirected}.
 * Broken internal links always fail the build: they are the course's own mistakes.
 */
public enum FailOn {
    NONE(Set.of()),
    BROKEN(Set.of(LinkClass.BROKEN)),
    BLOCKED(Set.of(LinkClass.BROKEN, LinkClass.BLOCKED)),
    TRANSIENT(Set.of(LinkClass.BROKEN, LinkClass.BLOCKED, LinkClass.TRANSIENT)),
    REDIRECTED(Set.of(LinkClass.BROKEN, LinkClass.BLOCKED, LinkClass.TRANSIENT, LinkClass.REDIRECTED));

    private final Set<LinkClass> failing;

    FailOn(Set<LinkClass> failing) {
        this.failing = failing;
    }

    public boolean fails(LinkClass linkClass) {
        return failing.contains(linkClass);
    }

    /** The level named by a setting ({@code broken}, {@code transient}, …), any case. */
    public static Optional<FailOn> parse(String name) {
        String wanted = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.name().equals(wanted)).findFirst();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
