package dev.quizsite.site;

import dev.quizsite.links.RenderedPage;
import dev.quizsite.model.Course;
import dev.quizsite.model.Question;
import dev.quizsite.render.PageRenderer;
import dev.quizsite.render.Views;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/** Renders every page of a course and writes it under the staging folder. */
final class PageWriter {

    private final PageRenderer renderer;
    private final Course course;
    private final Path site;
    private final Optional<BuildCache> cache;
    private final Path previousSite;
    private final Map<String, BuildCache.PageInputs> inputs = new ConcurrentHashMap<>();
    private final Map<String, RenderedPage> rendered = new ConcurrentHashMap<>();
    private List<Object> indexInputs = List.of();

    /**
     * @param cache        when present, question pages whose inputs did not change since the
     *                     previous build are hard-linked from {@code previousSite}
     * @param previousSite the site now in place, which this build will replace
     */
    PageWriter(PageRenderer renderer, Course course, Path site, Optional<BuildCache> cache, Path previousSite) {
        this.renderer = renderer;
        this.course = course;
        this.site = site;
        this.cache = cache;
        this.previousSite = previousSite;
    }

    /** What each question page written by {@link #writeAll()} was rendered from. */
    Map<String, BuildCache.PageInputs> inputs() {
        return Map.copyOf(inputs);
    }

    /**
     * The links and anchors of each page rendered by {@link #writeAll()}, taken while its HTML was
     * at hand, so that the link check need not read the pages back. 404.html is not checked.
     */
    Map<String, RenderedPage> rendered() {
        return Map.copyOf(rendered);
    }

    /** What the index page written by {@link #writeAll()} was rendered from. */
    List<Object> indexInputs() {
        return indexInputs;
    }

    /** @return the number of pages written */
    int writeAll() throws IOException {
        List<Question> questions = course.questions();
        List<Map<String, Object>> summaries = questions.stream()
                .map(q -> cache.map(c -> c.summary(q)).orElseGet(() -> Views.summary(q))).toList();
        Map<String, Object> index = Map.of(
                "site", Views.site(course, ""),
                "page", Views.page(course.title(), course.baseUrl()),
                "questions", summaries,
                "tags", questions.stream().flatMap(q -> q.tags().stream()).distinct().sorted().toList());
        indexInputs = List.of(index);
        // Updating in place after an edit that left every title, tag and option as it was: the
        // index of a big course is the largest page, and it would come out the same.
        if (!(inPlace() && cache.isPresent() && cache.get().indexUnchanged(indexInputs))) {
            write("index.html", "index.peb", index);
        }
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
        String path = questions.get(i).id() + "/index.html";
        BuildCache.PageInputs pageInputs = new BuildCache.PageInputs(questions.get(i),
                i > 0 ? questions.get(i - 1) : null, i + 1 < questions.size() ? questions.get(i + 1) : null,
                i + 1, course);
        inputs.put(path, pageInputs);
        if (cache.isPresent() && cache.get().unchanged(path, pageInputs) && reuse(path)) {
            return;
        }
        Map<String, Object> context = new HashMap<>();
        context.put("site", Views.site(course, "../"));
        context.put("question", Views.question(questions.get(i), course.shuffle()));
        context.put("page", Views.page(questions.get(i).plainTitle() + " · " + course.title(),
                course.baseUrl().map(base -> base + questions.get(i).id() + "/")));
        context.put("previous", i > 0 ? summaries.get(i - 1) : null);
        context.put("next", i + 1 < questions.size() ? summaries.get(i + 1) : null);
        context.put("position", i + 1);
        try {
            write(path, "question.peb", context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Keeps the page of the previous build: linked into a new site, or simply left where it is
     * when the site is updated in place. False when the page must be rendered after all.
     */
    private boolean reuse(String path) {
        Path target = site.resolve(path);
        if (site.equals(previousSite)) {
            return true; // the cache recorded this page in the site in place
        }
        try {
            Files.createDirectories(target.getParent());
            Files.createLink(target, previousSite.resolve(path));
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false; // no hard links here, or the old page is gone: render it
        }
    }

    /** Whether pages are written into the site in place (the preview's update), not a new one. */
    private boolean inPlace() {
        return site.equals(previousSite);
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
        if (inPlace()) {
            // Updating the served site: readers never see a half-written page. Rendered straight
            // into the file: the index of a big course is megabytes, and this is the preview's
            // rebuild after a title changed.
            Path partial = file.resolveSibling("." + file.getFileName() + ".partial");
            try {
                try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(partial),
                        StandardCharsets.UTF_8), 1 << 16)) {
                    renderer.renderTo(template, context, out);
                }
                Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial); // gone after the move; left by a failure otherwise
            }
            return;
        }
        String html = renderer.render(template, context);
        if (!path.equals("404.html")) { // a new site has its links checked
            rendered.put(path, RenderedPage.scan(path, html));
        }
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }

    /** Deletes the question pages of {@code previous} that this build did not write (removed questions). */
    void removePagesOtherThan(java.util.Set<String> previous) throws IOException {
        for (String path : previous) {
            if (!inputs.containsKey(path)) {
                Path page = site.resolve(path);
                Files.deleteIfExists(page);
                try (var rest = Files.list(page.getParent())) {
                    if (rest.findAny().isEmpty()) {
                        Files.delete(page.getParent());
                    }
                }
            }
        }
    }
}
