package dev.quizsite.site;

import dev.quizsite.model.Course;
import dev.quizsite.model.Question;
import dev.quizsite.render.PageRenderer;
import dev.quizsite.render.Views;
import java.io.IOException;
import java.net.URI;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/** Renders every page of a course and writes it under the staging folder. */
final class PageWriter {

    private final PageRenderer renderer;
    private final Course course;
    private final Path site;

    PageWriter(PageRenderer renderer, Course course, Path site) {
        this.renderer = renderer;
        this.course = course;
        this.site = site;
    }

    /** @return the number of pages written */
    int writeAll() throws IOException {
        List<Question> questions = course.questions();
        List<Map<String, Object>> summaries = questions.stream().map(Views::summary).toList();
        write("index.html", "index.peb", Map.of(
                "site", Views.site(course, ""),
                "page", Views.page(course.title(), course.baseUrl()),
                "questions", summaries));
        write("404.html", "404.peb", Map.of(
                "site", Views.site(course, notFoundRoot()),
                "page", Views.page("Page not found · " + course.title(), Optional.empty())));
        try {
            IntStream.range(0, questions.size()).parallel().forEach(i -> writeQuestion(questions, summaries, i));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return questions.size() + 2;
    }

    private void writeQuestion(List<Question> questions, List<Map<String, Object>> summaries, int i) {
        Map<String, Object> context = new HashMap<>();
        context.put("site", Views.site(course, "../"));
        context.put("question", Views.question(questions.get(i)));
        context.put("page", Views.page(questions.get(i).plainTitle() + " · " + course.title(),
                course.baseUrl().map(base -> base + questions.get(i).id() + "/")));
        context.put("previous", i > 0 ? summaries.get(i - 1) : null);
        context.put("next", i + 1 < questions.size() ? summaries.get(i + 1) : null);
        context.put("position", i + 1);
        try {
            write(questions.get(i).id() + "/index.html", "question.peb", context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Static hosts serve 404.html for a missing page at any depth, so relative links would break
     * there: with a base URL its links start from the site's absolute path instead.
     */
    private String notFoundRoot() {
        return course.baseUrl().map(base -> URI.create(base).getRawPath()).map(p -> p.isEmpty() ? "/" : p)
                .orElse("");
    }

    private void write(String path, String template, Map<String, Object> context) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, renderer.render(template, context), StandardCharsets.UTF_8);
    }
}
