package dev.quizsite.links;

import dev.quizsite.site.BuildResult;
import dev.quizsite.site.BuildSettings;
import dev.quizsite.site.SiteBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Writes small courses for link tests. In a question written by {@link #question}, link number i
 * (from 0) is a reference on line {@code 14 + i}, column 3: {@code - [link](url)}.
 */
final class Course {

    private final Path root;

    Course(Path root) throws IOException {
        this.root = root;
        Files.createDirectories(root.resolve("questions"));
    }

    Path root() {
        return root;
    }

    static int line(int link) {
        return 14 + link;
    }

    static final int COLUMN = 3;

    Course question(String id, List<String> urls) throws IOException {
        StringBuilder text = new StringBuilder("# Question " + id + "\n\n**Which one?**\n\n- [x] yes\n- [ ] no\n\n"
                + "## Answer\n\nBecause.\n\n## References\n\n");
        for (String url : urls) {
            text.append("- [link](").append(url).append(")\n");
        }
        Files.writeString(root.resolve("questions/" + id + ".md"), text);
        return this;
    }

    BuildResult build(LinkSettings links) {
        BuildSettings withAssets = BuildSettings.defaults(root)
                .withTemplatesAndAssets(root.resolve("templates"), root.resolve("assets"))
                .withLinks(links);
        return new SiteBuilder().build(withAssets);
    }

    /** Short timeouts and fast retries (1 s: still safe on a loaded 2-core machine); the web needs more. */
    static LinkSettings.Builder fast() {
        return LinkSettings.builder()
                .connectTimeout(Duration.ofSeconds(1))
                .requestTimeout(Duration.ofSeconds(1))
                .bodyTimeout(Duration.ofMillis(500))
                .urlBudget(Duration.ofSeconds(6))
                .retries(2)
                .backoff(new Backoff(Duration.ofMillis(20), Duration.ofMillis(100), 0.5))
                .retryAfterCap(Duration.ofSeconds(2))
                .maxBodyBytes(64 * 1024);
    }

    static LinkResult result(BuildResult build, String url) {
        return build.links().links().stream().map(CheckedLink::result).filter(r -> r.url().equals(url)).findFirst()
                .orElseThrow(() -> new AssertionError("no result for " + url + " in "
                        + build.links().links().stream().map(l -> l.result().url()).toList()));
    }

    static List<String> messages(BuildResult build) {
        return build.report().problems().stream().map(p -> p.format()).toList();
    }
}
