import dev.quizsite.config.CourseConfig;
import dev.quizsite.links.LinkSettings;
import dev.quizsite.site.BuildResult;
import dev.quizsite.site.BuildSettings;
import dev.quizsite.site.SiteBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Benchmark (run by run.sh, not a test): the preview's rebuild after one question file changed,
 * as `quizsite:serve` does it (the preview's builder, told by the file watcher which file changed;
 * internal links checked on every rebuild, external ones not), on a course folder made by gen_course.py. Prints each rebuild's time.
 *
 * Usage: java -cp CLASSES IncrementalBench.java COURSE_ROOT [edits]
 */
public class IncrementalBench {

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path questions = root.resolve("questions");
        Path output = root.resolve("out-incremental");
        BuildSettings settings = new BuildSettings(root, questions, output, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), CourseConfig.EMPTY, true)
                .withLinks(LinkSettings.builder().offline(true).build());
        SiteBuilder builder = SiteBuilder.preview();

        BuildResult first = builder.build(settings);
        System.out.printf("full build: %d questions in %d ms%n", first.questions(), first.elapsed().toMillis());

        List<Path> files;
        try (Stream<Path> listing = Files.list(questions)) {
            files = new ArrayList<>(listing.filter(p -> p.toString().endsWith(".md")).sorted().toList());
        }
        List<Long> body = new ArrayList<>();
        List<Long> title = new ArrayList<>();
        for (int i = 0; i < edits; i++) {
            Path file = files.get((i * 7919) % files.size());
            String text = Files.readString(file, StandardCharsets.UTF_8);
            boolean retitle = i % 2 == 1; // a new title also changes the neighbours' pages and the index
            String edited = retitle ? text.replaceFirst("(?m)^# (.*)$", "# $1 (edit " + i + ")")
                    : text.replaceFirst("## Answer\n", "## Answer\n\nEdit " + i + ".\n");
            Files.writeString(file, edited, StandardCharsets.UTF_8);
            builder.changed(List.of(file));
            long start = System.nanoTime();
            BuildResult result = builder.build(settings);
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (!result.succeeded() || result.links().links().isEmpty()) {
                throw new IllegalStateException(result.report().problems().toString());
            }
            (retitle ? title : body).add(ms);
            if (i >= edits - 6) {
                System.out.println((retitle ? "title edit: " : "body edit: ") + result.phaseLine());
            }
            Files.writeString(file, text, StandardCharsets.UTF_8); // put it back
            builder.changed(List.of(file));
            builder.build(settings);
        }
        System.out.printf("one file changed, body edit:  median %d ms %s%n", median(body), body);
        System.out.printf("one file changed, title edit: median %d ms %s%n", median(title), title);
        System.exit(0);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
