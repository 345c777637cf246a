package dev.quizsite.links;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The link-check parameters as the author wrote them (in the POM or with {@code -D}), not yet
 * checked: {@link LinkOptionsReader} turns them into {@link LinkSettings} and reports every
 * mistake among them as a problem, with the build's other problems.
 *
 * @param offline Maven's offline mode or {@code linksOffline}: either skips external checks
 */
public record LinkOptions(
        boolean offline,
        boolean skipExternal,
        String failOn,
        String connectTimeout,
        String requestTimeout,
        String urlBudget,
        int perHost,
        int maxConcurrent,
        int retries,
        List<String> ignore,
        List<Host> hosts,
        Path cacheDir,
        String cacheTtl) {

    /** One {@code <linkHosts><host>} as written; {@code timeout} may be empty, {@code maxConcurrent} 0. */
    public record Host(String name, int maxConcurrent, String timeout, boolean skip) {
        public Host {
            name = name == null ? "" : name;
            timeout = timeout == null ? "" : timeout;
        }
    }

    public LinkOptions {
        ignore = ignore == null ? List.of() : ignore.stream().filter(Objects::nonNull).filter(s -> !s.isBlank()).toList();
        hosts = hosts == null ? List.of() : List.copyOf(hosts);
    }
}
