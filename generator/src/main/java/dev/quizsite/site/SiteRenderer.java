package dev.quizsite.site;

import dev.quizsite.links.RenderedPage;
import dev.quizsite.markdown.MarkdownEngine;
import dev.quizsite.model.ChartUse;
import dev.quizsite.model.Course;
import dev.quizsite.model.Figure;
import dev.quizsite.model.Html;
import dev.quizsite.model.Question;
import dev.quizsite.render.PageRenderer;
import dev.quizsite.render.Views;
import dev.quizsite.report.Problem;
import dev.quizsite.store.Store;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.io.Serializable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The render stage's pages: turns the course into the pages of a {@link RenderedSite} through the
 * theme's templates, inline charts included. A page is filed in the {@link Store} under a key of
 * everything it is made from; when the site being replaced already holds the page so filed, it is
 * not rendered again.
 */
final class SiteRenderer {

    /** What a file was made into, kept in the store: enough to reuse it without its bytes. */
    sealed interface Made extends Serializable {
        String hash();

        /** Its links and anchors, for a page the link check reads. */
        Optional<RenderedPage> page();
    }

    /** A page the link check reads. */
    record PageEntry(String hash, RenderedPage scanned) implements Made {
        @Override
        public Optional<RenderedPage> page() {
            return Optional.of(scanned);
        }
    }

    /** A file the link check does not read: the search index, the handout's parts. */
    record FileEntry(String hash) implements Made {
        @Override
        public Optional<RenderedPage> page() {
            return Optional.empty();
        }
    }

    private final PageRenderer templates;
    private final Store store;
    private final String siteKey;
    /** Whether the site being replaced holds this path with this hash. */
    private final BiPredicate<String, String> previousHolds;
    private final Set<Problem> templateProblems = ConcurrentHashMap.newKeySet();
    /** What the preview keeps between builds (see {@link RenderMemory}); a one-shot build's keeps little. */
    private final RenderMemory memory;
    private final Sink sink;

    /** Where a page's bytes go once rendered: kept in memory, or written to the staging folder. */
    interface Sink {
        RenderedSite.Content put(String path, byte[] bytes);
    }
    private final TemplateProblems locate;
    /** Questions a part of the handout holds: about 250 printed pages, a few megabytes of HTML. */
    static final int HANDOUT_PART = 500;

    /**
     * @param siteKey a key of everything every page depends on (plugin code, templates, data,
     *                course settings); a change there renders every page again
     */
    SiteRenderer(PageRenderer templates, Store store, String siteKey, BiPredicate<String, String> previousHolds,
            TemplateProblems locate, RenderMemory memory, Sink sink) {
        this.memory = memory;
        this.sink = sink;
        this.templates = templates;
        this.store = store;
        this.siteKey = siteKey;
        this.previousHolds = previousHolds;
        this.locate = locate;
    }

    /** Turns a template's failure into a problem at the template's file and line. */
    interface TemplateProblems {
        Problem of(PageRenderer.TemplateException e);
    }

    /** Template mistakes met while rendering, each once however many pages it broke. */
    List<Problem> problems() {
        return List.copyOf(templateProblems);
    }

    /**
     * The course's pages: the index, 404.html, the results and review pages, the offline page, the
     * printable handout and one per question; and the index's search index.
     *
     * @param keys    each question's parse key (by id): what its page is made of
     * @param inline  the charts drawn, by name, for fenced chart blocks
     */
    List<RenderedSite.SiteFile> pages(Course course, Map<String, String> keys, Map<String, Figure> inline) {
        List<Question> questions = course.questions();
        List<String> orderedKeys = questions.stream().map(q -> keys.get(q.id())).toList();
        // What the index and the neighbours' pages show of each question, from the summaries'
        // own key: an edit to a question's text or answer leaves them as they were.
        List<Summary> shown = IntStream.range(0, questions.size()).parallel()
                .mapToObj(i -> memory.summaries.computeIfAbsent(orderedKeys.get(i), k -> Summary.of(questions.get(i))))
                .toList();
        memory.forgetUnused(orderedKeys, questions.stream().map(Question::id).toList());
        List<RenderedSite.SiteFile> files = new ArrayList<>();
        String indexKey = store.key("index", siteKey, String.join(",", shown.stream().map(Summary::key).toList()));
        // The site's own pages and the search index, side by side: an edited title makes anew the
        // three pages that list every question, each a few megabytes to render and scan at 10,000.
        List<Supplier<Optional<RenderedSite.SiteFile>>> own = List.of(
                () -> page("index.html", true, indexKey, "index.peb", () -> Map.of(
                        "site", Views.site(course, ""),
                        "page", Views.page(course.title(), course.baseUrl()),
                        "questions", shown.stream().map(Summary::view).toList(),
                        "tags", questions.stream().flatMap(q -> q.tags().stream()).distinct().sorted().toList())),
                // The results page lists every question; the reader's script fills in the results from the browser's store.
                () -> page("results/index.html", true, store.key("results", indexKey), "results.peb", () -> Map.of(
                        "site", Views.site(course, "../"),
                        "page", Views.page(course.title(), course.baseUrl().map(base -> base + "results/")),
                        "questions", shown.stream().map(Summary::view).toList())),
                // The review page lists every question too; the script shows those in the reader's review queue.
                () -> page("review/index.html", true, store.key("review", indexKey), "review.peb", () -> Map.of(
                        "site", Views.site(course, "../"),
                        "page", Views.page(course.title(), course.baseUrl().map(base -> base + "review/")),
                        "questions", shown.stream().map(Summary::view).toList())),
                // What the service worker shows, offline, for a page this browser never kept (see OfflineWorker).
                () -> page(OfflineWorker.OFFLINE_PAGE, true, store.key("offline", siteKey), "offline.peb", () -> Map.of(
                        "site", Views.site(course, "../"),
                        "page", Views.page(course.title(), Optional.empty()))),
                () -> page("404.html", true, store.key("404", siteKey), "404.peb", () -> Map.of(
                        "site", Views.site(course, notFoundRoot(course)),
                        "page", Views.page(templates.messages().text("not-found-title", Map.of())
                                + " · " + course.title(), Optional.empty()))),
                () -> Optional.of(searchIndex(course, orderedKeys)));
        own.parallelStream().map(Supplier::get).toList().forEach(file -> file.ifPresent(files::add));
        handout(course, questions, orderedKeys, inline).forEach(part -> part.ifPresent(files::add));
        List<Optional<RenderedSite.SiteFile>> pages = IntStream.range(0, questions.size()).parallel()
                .mapToObj(i -> questionPage(course, questions, orderedKeys, i, shown, inline)).toList();
        pages.forEach(page -> page.ifPresent(files::add));
        return files;
    }

    /**
     * The printable handout, in parts of {@value #HANDOUT_PART} questions (each with its own answer
     * key): one page prints well, a course of thousands of questions would be one page of many
     * megabytes that no browser prints. Every part sits in handout/ (index.html, 2.html, …), at
     * the depth of a question's page, so that the questions' relative links hold there too.
     */
    private List<Optional<RenderedSite.SiteFile>> handout(Course course, List<Question> questions, List<String> keys,
            Map<String, Figure> inline) {
        int count = Math.max(1, (questions.size() + HANDOUT_PART - 1) / HANDOUT_PART);
        List<Map<String, Object>> parts = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            Map<String, Object> part = new HashMap<>();
            part.put("number", n);
            part.put("first", (n - 1) * HANDOUT_PART + 1);
            part.put("last", Math.min(n * HANDOUT_PART, questions.size()));
            part.put("href", handoutFile(n));
            parts.add(part);
        }
        List<Optional<RenderedSite.SiteFile>> pages = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            int from = (n - 1) * HANDOUT_PART;
            int to = Math.min(n * HANDOUT_PART, questions.size());
            int number = n;
            String path = "handout/" + handoutFile(n);
            // The printed questions' bytes, by their strings: the part is 500 of them, and encoding
            // its megabytes again for the one an edit changed was most of rendering it.
            Map<String, byte[]> encoded = new IdentityHashMap<>();
            pages.add(page(path, false, store.key("handout", siteKey, Integer.toString(n), Integer.toString(count),
                    String.join(",", keys.subList(from, to))), "handout.peb", () -> {
                        List<Printed> printed = IntStream.range(from, to).parallel()
                                .mapToObj(i -> printed(keys.get(i), i + 1, questions.get(i), inline, course)).toList();
                        printed.forEach(p -> p.encoded().forEach(e -> encoded.put(e.text(), e.bytes())));
                        return Map.of(
                                "site", Views.site(course, "../"),
                                "page", Views.page(course.title(),
                                        course.baseUrl().map(base -> base + (number == 1 ? "handout/" : path))),
                                "parts", parts,
                                "part", number,
                                "questions", printed.stream().map(Printed::view).toList());
                    }, encoded::get));
        }
        return pages;
    }

    /**
     * A question as the handout shows it, made for one site and position: its view, with the
     * question and its entry in the answer key rendered ({@code printed}, {@code printedAnswer});
     * kept by the question's parse key while the question is in the course.
     */
    record Printed(String siteKey, int position, Map<String, Object> view, List<PageRenderer.Encoded> encoded) {
    }

    /**
     * The question of parse key {@code key} at {@code position} as the handout shows it (its
     * view, with {@code printed} and {@code printedAnswer} rendered): kept, or made now.
     */
    private Printed printed(String key, int position, Question question, Map<String, Figure> inline, Course course) {
        Printed known = memory.printed.map(kept -> kept.get(key)).orElse(null);
        if (known != null && known.siteKey().equals(siteKey) && known.position() == position) {
            return known;
        }
        Map<String, Object> view = Views.question(withInlineCharts(question, inline), false);
        view.put("position", position);
        Map<String, Object> context = Map.of("q", view, "site", Views.site(course, "../"));
        PageRenderer.Encoded printed = PageRenderer.Encoded.of(templates.render("partials/handout-question.peb", context));
        PageRenderer.Encoded answer = PageRenderer.Encoded.of(templates.render("partials/handout-answer.peb", context));
        view.put("printed", new SafeString(printed.text()));
        view.put("printedAnswer", new SafeString(answer.text()));
        Printed made = new Printed(siteKey, position, java.util.Collections.unmodifiableMap(view), List.of(printed, answer));
        memory.printed.ifPresent(kept -> kept.put(key, made));
        return made;
    }

    private static String handoutFile(int part) {
        return part == 1 ? "index.html" : part + ".html";
    }

    /**
     * A question's page as a build made it, and what it was made of: while all of that is the
     * same (the same objects, mostly), the page is too, and its store key need not be made again.
     */
    record QuestionPage(String siteKey, String key, String previous, String next, int position,
            RenderedSite.SiteFile file) {
        boolean madeOf(String siteKey, String key, String previous, String next, int position) {
            return this.position == position && this.key.equals(key) && this.previous.equals(previous)
                    && this.next.equals(next) && this.siteKey.equals(siteKey);
        }
    }

    private Optional<RenderedSite.SiteFile> questionPage(Course course, List<Question> questions, List<String> keys,
            int i, List<Summary> shown, Map<String, Figure> inline) {
        Question question = questions.get(i);
        String previous = i > 0 ? shown.get(i - 1).key() : "";
        String next = i + 1 < keys.size() ? shown.get(i + 1).key() : "";
        Optional<QuestionPage> known = memory.pages.map(kept -> kept.get(question.id()));
        if (known.isPresent() && known.get().madeOf(siteKey, keys.get(i), previous, next, i + 1)
                && previousHolds.test(known.get().file().path(), known.get().file().hash())) {
            return Optional.of(known.get().file());
        }
        Optional<RenderedSite.SiteFile> made = questionPageFiled(course, questions, i, shown, inline,
                store.key("question", siteKey, keys.get(i), previous, next, Integer.toString(i + 1)));
        memory.pages.ifPresent(kept -> made.ifPresentOrElse(file -> kept.put(question.id(), new QuestionPage(siteKey,
                keys.get(i), previous, next, i + 1, new RenderedSite.SiteFile(file.path(), file.hash(),
                new RenderedSite.Unchanged(), file.page()))), () -> kept.remove(question.id())));
        return made;
    }

    /** A question's page, filed in the store under {@code key}: of the site, the question, its neighbours and its position. */
    private Optional<RenderedSite.SiteFile> questionPageFiled(Course course, List<Question> questions, int i, List<Summary> shown,
            Map<String, Figure> inline, String key) {
        Question question = questions.get(i);
        return page(question.id() + "/index.html", true, key, "question.peb", () -> {
            Map<String, Object> context = new HashMap<>();
            context.put("site", Views.site(course, "../"));
            context.put("question", Views.question(withInlineCharts(question, inline), course.shuffle()));
            context.put("page", Views.page(question.plainTitle() + " · " + course.title(),
                    course.baseUrl().map(base -> base + question.id() + "/")));
            context.put("previous", i > 0 ? shown.get(i - 1).view() : null);
            context.put("next", i + 1 < questions.size() ? shown.get(i + 1).view() : null);
            context.put("position", i + 1);
            return context;
        });
    }

    /**
     * {@link SearchIndex#PATH}, filed under every question's terms in order: unchanged while no
     * question's searchable words changed, so that a rebuild in the preview does not make it again.
     */
    private RenderedSite.SiteFile searchIndex(Course course, List<String> keys) {
        List<Question> questions = course.questions();
        List<SearchIndex.Terms> terms = IntStream.range(0, questions.size()).parallel()
                .mapToObj(i -> memory.terms.map(kept -> kept.computeIfAbsent(keys.get(i), k -> filedTerms(questions.get(i), k)))
                        .orElseGet(() -> filedTerms(questions.get(i), keys.get(i))))
                .toList();
        String key = store.key("search", siteKey, String.join(",", terms.stream().map(SearchIndex.Terms::hash).toList()));
        Optional<FileEntry> known = store.get(key, FileEntry.class);
        if (known.isPresent() && previousHolds.test(SearchIndex.PATH, known.get().hash())) {
            return new RenderedSite.SiteFile(SearchIndex.PATH, known.get().hash(), new RenderedSite.Unchanged(),
                    Optional.empty());
        }
        byte[] bytes = memory.dictionary.script(terms).getBytes(StandardCharsets.UTF_8);
        String hash = Store.hash(bytes);
        store.put(key, new FileEntry(hash));
        return new RenderedSite.SiteFile(SearchIndex.PATH, hash, sink.put(SearchIndex.PATH, bytes), Optional.empty());
    }

    /** A question's searchable words, from the store by its parse key, or folded now and filed there. */
    private SearchIndex.Terms filedTerms(Question question, String parseKey) {
        String termsKey = store.key("search-terms", parseKey);
        return store.get(termsKey, SearchIndex.Terms.class).orElseGet(() -> {
            SearchIndex.Terms made = SearchIndex.terms(Views.question(question, false));
            store.put(termsKey, made);
            return made;
        });
    }

    /** A fenced chart block's placeholder replaced by the theme's {@code partials/figure.peb} for that chart. */
    private Question withInlineCharts(Question question, Map<String, Figure> inline) {
        String scenario = question.scenario().value();
        String answer = question.answer().value();
        for (ChartUse use : question.charts()) {
            Figure figure = inline.get(use.name());
            if (use.inline() && figure != null) {
                String placeholder = MarkdownEngine.chartPlaceholder(use.name());
                if (scenario.contains(placeholder) || answer.contains(placeholder)) {
                    String html = templates.render("partials/figure.peb",
                            Map.of("chart", Views.figure(figure), "site", Map.of("root", "../"))).strip();
                    scenario = scenario.replace(placeholder, html);
                    answer = answer.replace(placeholder, html);
                }
            }
        }
        return question.withCharts(new Html(scenario), new Html(answer), question.figures());
    }

    /** What the index and the pager show of a question (see {@link Views#summary}), and a hash of it. */
    record Summary(Map<String, Object> view, String key) {
        static Summary of(Question question) {
            Map<String, Object> view = Views.summary(question);
            return new Summary(view, Store.hash(view.toString()));
        }
    }

    /**
     * The page filed under {@code key}: taken unchanged from the site being replaced when it holds it, else rendered.
     *
     * @param checked whether the link check reads the page: the handout's parts are left out, as
     *                what they hold is each question's own text, checked on the question's page
     *                (scanning them would read megabytes for no verdict)
     */
    private Optional<RenderedSite.SiteFile> page(String path, boolean checked, String key, String template,
            Supplier<Map<String, Object>> context) {
        return page(path, checked, key, template, context, text -> null);
    }

    /** @param encoded the bytes of strings the context holds, encoded before (see {@link PageRenderer.Encoded}) */
    private Optional<RenderedSite.SiteFile> page(String path, boolean checked, String key, String template,
            Supplier<Map<String, Object>> context, Function<String, byte[]> encoded) {
        Optional<Made> known = store.get(key, Made.class);
        if (known.isPresent() && previousHolds.test(path, known.get().hash())) {
            return Optional.of(new RenderedSite.SiteFile(path, known.get().hash(), new RenderedSite.Unchanged(),
                    known.get().page()));
        }
        byte[] bytes;
        try {
            bytes = templates.renderBytes(template, context.get(), memory.expectedSize(path), encoded);
        } catch (PageRenderer.TemplateException e) {
            templateProblems.add(locate.of(e));
            return Optional.empty();
        }
        memory.rendered(path, bytes.length);
        String hash = Store.hash(bytes);
        Optional<RenderedPage> page = checked
                ? Optional.of(RenderedPage.scan(path, new String(bytes, StandardCharsets.UTF_8)))
                : Optional.empty();
        store.put(key, page.<Made>map(p -> new PageEntry(hash, p)).orElse(new FileEntry(hash)));
        return Optional.of(new RenderedSite.SiteFile(path, hash, sink.put(path, bytes), page));
    }

    /**
     * Static hosts serve 404.html for a missing page at any depth, so relative links would break
     * there: with a base URL its links start from the site's absolute path instead.
     */
    private static String notFoundRoot(Course course) {
        return course.baseUrl().map(base -> URI.create(base).getRawPath()).map(p -> p.isEmpty() ? "/" : p)
                .orElse("");
    }
}
