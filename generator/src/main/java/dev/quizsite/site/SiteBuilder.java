package dev.quizsite.site;

import dev.quizsite.config.CourseConfigFile;
import dev.quizsite.config.CourseSettings;
import dev.quizsite.export.Exports;
import dev.quizsite.i18n.CourseMessages;
import dev.quizsite.i18n.Messages;
import dev.quizsite.links.LinkCheckResult;
import dev.quizsite.links.LinkChecker;
import dev.quizsite.links.LinkMemory;
import dev.quizsite.links.RenderedPage;
import dev.quizsite.links.SiteLinks;
import dev.quizsite.load.SourceFile;
import dev.quizsite.load.SourceLoader;
import dev.quizsite.load.SourceTracker;
import dev.quizsite.markdown.MarkdownEngine;
import dev.quizsite.model.Course;
import dev.quizsite.model.ParsedFile;
import dev.quizsite.model.Question;
import dev.quizsite.render.PageRenderer;
import dev.quizsite.report.Problem;
import dev.quizsite.report.Report;
import dev.quizsite.store.Store;
import dev.quizsite.validate.CourseValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The pipeline, one path for every build: load → parse (through the {@link Store}) → validate →
 * charts → render (a {@link RenderedSite} in memory) → check links → write. Every stage that can
 * run does, on whatever the stages before it could make, so that all of a build's problems are
 * reported at once; the site is written only when there is no error.
 *
 * <p>A one-shot builder ({@link #SiteBuilder()}) opens the settings' cache folder for each build.
 * The preview's ({@link #preview()}) keeps its store, its sources and the manifest of the site it
 * serves in memory between builds, and updates that site in place instead of replacing it.
 */
public final class SiteBuilder {

    private final boolean preview;
    private final Store previewStore;
    private final SourceTracker previewSources;
    /** The preview's parse keys by source object: an unchanged file is the same object, so its text is not hashed again. */
    private Map<SourceFile, String> previewKeys = new IdentityHashMap<>();
    /** What the preview's render stage keeps between builds. */
    private final RenderMemory previewRender = RenderMemory.kept();
    /** The preview's last link check, for the pages that did not change. */
    private final LinkMemory previewLinks = LinkMemory.kept();
    /** What the preview's site folder holds: its last build's files, or nothing before the first. */
    private Manifest served = Manifest.EMPTY;

    /** A builder for one-shot builds ({@code mvn package}). */
    public SiteBuilder() {
        this(false);
    }

    private SiteBuilder(boolean preview) {
        this.preview = preview;
        this.previewStore = Store.inMemory();
        this.previewSources = new SourceTracker();
    }

    /** A builder for the preview's builds, which keeps what they need between them. */
    public static SiteBuilder preview() {
        return new SiteBuilder(true);
    }

    /** Tells the preview's builder which question files a watcher saw change. */
    public synchronized void changed(Collection<Path> paths) {
        previewSources.changed(paths);
    }

    /** Builds from the parameters as given; their mistakes are reported with the build's others. */
    public BuildResult build(BuildOptions options) {
        Report report = new Report();
        BuildSettings settings = options.read(report);
        return build(settings, report.problems());
    }

    public BuildResult build(BuildSettings settings) {
        return build(settings, List.of());
    }

    /**
     * @param parameterProblems the mistakes found when the settings were read from their
     *                          parameters, reported with this build's problems
     */
    public synchronized BuildResult build(BuildSettings settings, List<Problem> parameterProblems) {
        Report report = new Report();
        report.addAll(parameterProblems);
        long start = System.nanoTime();
        Phases phases = new Phases();
        // Opened first: a one-shot build's store is read in the background while the settings and sources load.
        Store store = preview ? previewStore : settings.cache().map(Store::open).orElseGet(Store::inMemory);
        SourceLoader loader = new SourceLoader(settings.projectRoot());
        CourseSettings courseSettings = CourseSettingsReader.read(settings, loader, report);
        Messages messages = CourseMessages.resolve(courseSettings.language(), courseSettings.messages(),
                settings.courseConfig().map(loader::display).orElse(CourseConfigFile.NAME), report);
        phases.end("settings");
        if (!Files.isDirectory(settings.questions())) {
            report.error(loader.display(settings.questions()), 0, 0, "the questions folder does not exist; create it,"
                    + " or start a new course with `mvn dev.quizsite:quizsite-maven-plugin:init`");
            return new BuildResult(report, 0, 0, since(start), List.of(), LinkCheckResult.NONE, 0, List.of(), messages,
                    List.of());
        }

        // Load and parse.
        List<SourceFile> sources = (preview ? previewSources : new SourceTracker()).load(settings.questions(), loader, report);
        List<String> keys = parseKeys(sources, store, courseSettings.rawHtml());
        phases.end("load");
        ParseStage.Result parsing = ParseStage.run(sources, keys, courseSettings.rawHtml(), store, report);
        List<ParsedFile> parsed = parsing.files();
        Map<String, String> parseKeyById = new HashMap<>();
        List<Question> valid = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            if (parsed.get(i) instanceof ParsedFile.Valid v) {
                valid.add(v.question());
                parseKeyById.putIfAbsent(v.question().id(), keys.get(i));
            }
        }
        valid.sort(Comparator.comparingInt(Question::order).thenComparing(Question::source));
        phases.end("parse");

        // Validate, and draw the charts.
        List<Question> ordered = QuestionOrder.apply(valid, courseSettings.order(), report);
        CourseValidator.validate(ordered, report);
        ChartStage.Result charts = ChartStage.run(parsed, ordered, settings, loader, messages, report);
        Course course = new Course(courseSettings.id(), courseSettings.title(), courseSettings.language(), courseSettings.description(),
                courseSettings.baseUrl(), courseSettings.shuffle(), charts.questions(),
                ThemeAssets.hasCustomCss(settings.assets()));
        report.addAll(ThemeAssets.replaced(settings.assets(), loader));
        phases.end("validate and charts");

        // Render, into memory.
        String manifestKey = store.key("manifest", settings.output().toAbsolutePath().normalize().toString());
        Manifest previous = previousSite(settings, store, manifestKey);
        boolean inPlace = preview && !served.files().isEmpty()
                && Files.isRegularFile(settings.output().resolve(SiteOutput.MARKER));
        Path output = settings.output();
        java.util.function.BiPredicate<String, String> holds = inPlace ? previous::says
                : (path, hash) -> previous.holds(output, path, hash);
        String messagesScript = messages.script();
        // A one-shot build writes each page to its staging folder as it is rendered; the preview
        // holds its few new pages in memory, to write them in place once the links are checked.
        String shownOutput = loader.display(output);
        Optional<SiteWriter.Staging> staged = Optional.empty();
        // What the spare (the site the last build replaced, see SiteOutput) was written with.
        String spareKey = store.key("spare", settings.output().toAbsolutePath().normalize().toString());
        Manifest spare = store.get(spareKey, Manifest.class).orElse(Manifest.EMPTY);
        if (!inPlace && !report.hasErrors()) { // a build that already failed writes nothing, not even a staging folder
            try {
                staged = Optional.of(SiteWriter.stage(output, inputs(settings), spare));
            } catch (SiteOutput.ForeignFolderException e) {
                report.error(shownOutput, 0, 0, "refusing to write the site here: " + e.getMessage());
            } catch (IOException e) {
                report.error(shownOutput, 0, 0, "cannot prepare the output folder: " + e.getMessage());
            }
        }
        phases.end("staging");
        SiteRenderer.Sink sink = staged.map(SiteWriter::into).orElse((path, bytes) -> new RenderedSite.Bytes(bytes));
        RenderMemory memory = preview ? previewRender : RenderMemory.none();
        String templatesKey = templatesKey(settings.templates());
        // Of every message, not only the script's: the templates show the others (a course's own
        // wording of a button must render the pages again, in the preview and from the cache).
        String messagesKey = Store.hash(messages.fingerprint());
        PageRenderer templates = memory.templates(String.join("\n", settings.templates().map(Path::toString).orElse(""),
                templatesKey, messagesKey), () -> new PageRenderer(settings.templates(), messages));
        SiteRenderer renderer = new SiteRenderer(templates, store,
                siteKey(store, course, templatesKey, charts.dataKey(), messagesKey), holds,
                e -> Problem.error(templatePath(e.template(), settings, loader), e.line(), 0, "template error: " + e.getMessage()),
                memory, sink);
        List<RenderedSite.SiteFile> files = new ArrayList<>();
        try {
            files.addAll(renderer.pages(course, parseKeyById, charts.drawn()));
        } catch (UncheckedIOException e) {
            report.error(shownOutput, 0, 0, "cannot write the site: " + e.getCause().getMessage());
        }
        report.addAll(renderer.problems());
        try {
            files.addAll(otherFiles(course, settings, charts.csvFiles(), messagesScript, holds));
        } catch (IOException e) {
            report.error(loader.display(settings.assets().orElse(settings.projectRoot())), 0, 0,
                    "cannot read the assets: " + e.getMessage());
        }
        // In path order, as the site keeps them; of a duplicate id (an error reported above), the first.
        Map<String, RenderedSite.SiteFile> byPath = RenderedSite.inPathOrder(files);
        byPath.put(OfflineWorker.PATH, OfflineWorker.file(byPath, !preview, holds));
        RenderedSite site = new RenderedSite(byPath);
        phases.end("render");

        // Check links, on the rendered site: a site with broken links never replaces the old one.
        LinkCheckResult links = LinkCheckResult.NONE;
        if (renderer.problems().isEmpty()) { // with a page missing for a broken template, its links would mislead
            links = new LinkChecker(settings.links()).check(siteLinks(site, parsed, shownOutput), course.questions(),
                    preview ? previewLinks : LinkMemory.none(), report);
        }
        phases.end("links");

        // Write.
        int pages = 0;
        List<Path> exported = List.of();
        if (report.hasErrors()) {
            staged.ifPresent(s -> abandon(s, shownOutput, report));
        } else {
            try {
                Manifest now = inPlace ? SiteWriter.update(site, output, previous)
                        : SiteWriter.replace(site, staged.orElseThrow(), output, previous);
                store.put(manifestKey, now);
                if (!inPlace) {
                    store.put(spareKey, previous); // the site just replaced is the spare now
                }
                if (preview) {
                    served = now;
                }
                pages = (int) site.files().keySet().stream().filter(path -> path.endsWith(".html")).count();
                phases.end("write");
                exported = Exports.write(course, charts.drawn(), settings.exports(), output, loader::display, report);
                if (!exported.isEmpty()) {
                    phases.end("export");
                }
            } catch (IOException | UncheckedIOException e) {
                report.error(shownOutput, 0, 0, "cannot write the site: " + e.getMessage());
                served = Manifest.EMPTY; // the next build of the preview writes a whole new site
            }
        }
        store.endBuild().ifPresent(why -> report.warning(settings.cache().map(loader::display).orElse("."), 0, 0, why));
        phases.end("store");
        List<String> notices = pages > 0 && course.baseUrl().isEmpty()
                ? List.of("No baseUrl set, so the site has no sitemap.xml, canonical links or Open Graph tags, and"
                        + " 404.html finds its styles and links only at the site's top level, not at a missing nested"
                        + " address; set `baseUrl` in " + CourseConfigFile.NAME + " or -Dquizsite.baseUrl to the address"
                        + " the site is published at")
                : List.of();
        return new BuildResult(report, course.questions().size(), pages, since(start), notices, links, parsing.reused(),
                exported, messages, phases.phases());
    }

    /**
     * Each source's parse key (see {@link ParseStage#key}), in the order of the sources; the
     * preview's unchanged sources keep theirs.
     */
    private List<String> parseKeys(List<SourceFile> sources, Store store, MarkdownEngine.RawHtml mode) {
        Map<SourceFile, String> known = previewKeys;
        List<String> keys = sources.parallelStream().map(source -> {
            String key = known.get(source);
            return key != null ? key : ParseStage.key(store, mode, source);
        }).toList();
        if (preview) { // a new map for the next build, holding only this build's sources
            Map<SourceFile, String> next = new IdentityHashMap<>(sources.size() * 4 / 3 + 1);
            for (int i = 0; i < sources.size(); i++) {
                next.put(sources.get(i), keys.get(i));
            }
            previewKeys = next;
        }
        return keys;
    }

    /** What the site folder holds now, as far as this build can trust it. */
    private Manifest previousSite(BuildSettings settings, Store store, String manifestKey) {
        if (preview && !served.files().isEmpty()) {
            store.get(manifestKey, Manifest.class); // kept in the store, though the preview knows it
            return served;
        }
        return store.get(manifestKey, Manifest.class).orElse(Manifest.EMPTY);
    }

    /**
     * A key of everything every page depends on besides its own question: the plugin's code (in
     * every key), the course settings, the number of questions, the templates, the data files and
     * the UI's messages.
     */
    private static String siteKey(Store store, Course course, String templatesKey, String dataKey, String messagesKey) {
        return store.key("site", course.title(), course.language(), course.description(),
                course.baseUrl().orElse(""), Boolean.toString(course.shuffle()), Boolean.toString(course.customCss()),
                Integer.toString(course.questions().size()), templatesKey, dataKey, messagesKey);
    }

    /** A hash of the template overrides, by path and content: a changed partial renders every page again. */
    private static String templatesKey(Optional<Path> templates) {
        if (templates.isEmpty() || !Files.isDirectory(templates.get())) {
            return "";
        }
        StringBuilder key = new StringBuilder();
        try (Stream<Path> walk = Files.walk(templates.get())) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                key.append(templates.get().relativize(file)).append(' ').append(Store.hash(Files.readAllBytes(file))).append('\n');
            }
        } catch (IOException | UncheckedIOException e) {
            return "unreadable " + System.nanoTime(); // the render stage reports the template it cannot read
        }
        return key.toString();
    }

    /** The files beside the pages: the theme's assets, the UI's messages for quiz.js, the charts' data files and the sitemap. */
    private static List<RenderedSite.SiteFile> otherFiles(Course course, BuildSettings settings,
            Map<String, byte[]> csvFiles, String messagesScript, java.util.function.BiPredicate<String, String> holds)
            throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>(ThemeAssets.files(settings.assets()));
        files.put("assets/messages.js", messagesScript.getBytes(StandardCharsets.UTF_8));
        csvFiles.forEach((name, bytes) -> files.put("data/" + name + ".csv", bytes));
        course.baseUrl().ifPresent(base -> files.put("sitemap.xml", Sitemap.xml(course, base).getBytes(StandardCharsets.UTF_8)));
        List<RenderedSite.SiteFile> out = new ArrayList<>();
        files.forEach((path, bytes) -> {
            String hash = Store.hash(bytes);
            RenderedSite.Content content = holds.test(path, hash) ? new RenderedSite.Unchanged() : new RenderedSite.Bytes(bytes);
            out.add(new RenderedSite.SiteFile(path, hash, content, Optional.empty()));
        });
        return out;
    }

    /**
     * The rendered site as the link check sees it: a question file with errors has no page in
     * it, but links to where its page will be are not reported as broken on its account.
     */
    private static SiteLinks siteLinks(RenderedSite site, List<ParsedFile> parsed, String display) {
        Map<String, RenderedPage> pages = site.pages(); // a copy, in path order
        pages.remove("404.html"); // served at any depth: its links start at the site's absolute path
        List<String> unparsed = parsed.stream().filter(f -> f instanceof ParsedFile.Invalid).map(f -> f.id() + "/index.html")
                .toList();
        Set<String> files = site.files().keySet(); // copied by SiteLinks: copied here only to add to
        if (!unparsed.isEmpty()) {
            files = new HashSet<>(files);
            files.addAll(unparsed);
        }
        return new SiteLinks(pages, files, display);
    }

    private static void abandon(SiteWriter.Staging staged, String shownOutput, Report report) {
        try {
            staged.output().abandon();
        } catch (IOException e) {
            report.warning(shownOutput, 0, 0, "could not remove the unfinished site: " + e.getMessage());
        }
    }

    /** Folders the build reads: the output may not be one of them, nor hold one. */
    private static List<Path> inputs(BuildSettings settings) {
        List<Path> inputs = new ArrayList<>(List.of(settings.projectRoot(), settings.questions()));
        settings.templates().ifPresent(inputs::add);
        settings.assets().ifPresent(inputs::add);
        settings.data().ifPresent(inputs::add);
        return inputs;
    }

    private static String templatePath(String template, BuildSettings settings, SourceLoader loader) {
        Optional<Path> override = settings.templates().map(dir -> dir.resolve(template)).filter(Files::exists);
        return override.map(loader::display).orElse("(default theme) " + template);
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
