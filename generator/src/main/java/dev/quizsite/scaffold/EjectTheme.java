package dev.quizsite.scaffold;

import dev.quizsite.load.SourceLoader;
import dev.quizsite.report.Report;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * `eject-theme`: copies the default theme's templates and assets into the course's
 * {@code templates/} and {@code assets/}, to be edited there (a course file replaces the
 * theme's of the same name). Copies nothing when any of them exists already.
 */
public final class EjectTheme {

    /** Every file of the default theme, by its path under {@code dev/quizsite/theme/} (held to the resources by a test). */
    static final List<String> FILES = List.of(
            "templates/404.peb", "templates/index.peb", "templates/layout.peb", "templates/question.peb",
            "templates/partials/chart.peb", "templates/partials/figure.peb", "templates/partials/footer.peb",
            "templates/partials/header.peb", "templates/partials/meta.peb", "templates/partials/pager.peb",
            "templates/partials/question-card.peb", "templates/results.peb", "templates/handout.peb",
            "templates/partials/handout-question.peb", "templates/partials/handout-answer.peb",
            "templates/review.peb", "templates/offline.peb",
            "templates/partials/answer-choice.peb", "templates/partials/answer-short.peb",
            "templates/partials/answer-numeric.peb", "templates/partials/answer-ordering.peb",
            "templates/partials/answer-matching.peb", "templates/partials/solution-choice.peb",
            "templates/partials/solution-short.peb", "templates/partials/solution-numeric.peb",
            "templates/partials/solution-ordering.peb", "templates/partials/solution-matching.peb",
            "assets/quiz.css", "assets/quiz.js", "assets/progress.js", "assets/favicon.svg",
            "assets/search.js", "assets/search.css", "assets/minisearch.min.js", "assets/handout.css");

    private EjectTheme() {
    }

    /** The files written; empty when none was (why is in the report). */
    public static Optional<List<Path>> copy(Path templates, Path assets, SourceLoader loader, Report report) {
        List<Path> targets = FILES.stream().map(name -> target(name, templates, assets)).toList();
        List<Path> inTheWay = targets.stream().filter(Files::exists).toList();
        for (Path file : inTheWay) {
            report.error(loader.display(file), 0, 0, "exists already; `eject-theme` copies the theme only where"
                    + " none of its files is, so nothing was copied (move your own files aside first)");
        }
        if (!inTheWay.isEmpty()) {
            return Optional.empty();
        }
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < FILES.size(); i++) {
            Path target = targets.get(i);
            try (InputStream in = EjectTheme.class.getResourceAsStream("/dev/quizsite/theme/" + FILES.get(i))) {
                if (in == null) {
                    throw new IllegalStateException("the plugin jar lacks its theme file " + FILES.get(i));
                }
                Files.createDirectories(target.getParent());
                Files.write(target, in.readAllBytes(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                written.add(target);
            } catch (IOException e) {
                report.error(loader.display(target), 0, 0, "cannot copy the theme's file: " + e.getMessage());
                return Optional.empty();
            }
        }
        return Optional.of(List.copyOf(written));
    }

    private static Path target(String name, Path templates, Path assets) {
        return name.startsWith("templates/") ? templates.resolve(name.substring("templates/".length()))
                : assets.resolve(name.substring("assets/".length()));
    }
}
