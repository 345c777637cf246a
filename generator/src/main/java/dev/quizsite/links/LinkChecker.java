package dev.quizsite.links;

import dev.quizsite.load.SourceFile;
import dev.quizsite.load.SourceLoader;
import dev.quizsite.markdown.MarkdownEngine;
import dev.quizsite.model.Location;
import dev.quizsite.model.Question;
import dev.quizsite.parse.QuestionParser;
import dev.quizsite.report.Problem;
import dev.quizsite.report.Report;
import dev.quizsite.report.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * Checks every link of a rendered site: internal links always, external ones unless offline.
 * Each problem goes into the build's report at the Markdown line that holds the link, all at once.
 */
public final class LinkChecker {

    private final LinkSettings settings;
    private final Clock clock;

    public LinkChecker(LinkSettings settings) {
        this(settings, Clock.systemUTC());
    }

    /** @param clock decides what in the cache has expired */
    public LinkChecker(LinkSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * @param site        the rendered site (the staging folder during a build)
     * @param siteDisplay how the site folder is named in messages about links the theme wrote
     * @param questions   the course's questions, for the source location of each link
     */
    public LinkCheckResult check(Path site, String siteDisplay, List<Question> questions, Report report) {
        return check(site, siteDisplay, questions, Map.of(), report);
    }

    /**
     * @param rendered pages of the site already scanned, by path: these are not read back from disk
     */
    public LinkCheckResult check(Path site, String siteDisplay, List<Question> questions,
            Map<String, RenderedPage> rendered, Report report) {
        List<Pattern> ignore = ignorePatterns(report);
        Map<String, RenderedPage> pages;
        try {
            pages = readPages(site.toAbsolutePath().normalize(), rendered);
        } catch (IOException e) {
            report.error(siteDisplay, 0, 0, "cannot read the site to check its links: " + e.getMessage());
            return LinkCheckResult.NONE;
        }
        InternalChecker.Found found = new InternalChecker(site.toAbsolutePath().normalize(), siteDisplay, pages,
                new SourceLocator(questions)).check();
        List<String> notes = new ArrayList<>();
        List<CheckedLink> links = new ArrayList<>(found.internal());
        try {
            links.addAll(new ExternalChecker(settings, ignore, clock).check(found.external(), notes));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            report.error(siteDisplay, 0, 0, "the link check was interrupted; external links not checked");
        }
        // Ignore patterns apply to every link, internal ones included.
        links.removeIf(link -> ignore.stream().anyMatch(pattern -> pattern.matcher(link.result().url()).matches()));
        for (CheckedLink link : links) {
            problems(link).forEach(report::add);
        }
        return new LinkCheckResult(links, notes);
    }

    /** The questions of a folder, for {@code check-links} on a site built earlier; files that do not parse are left out. */
    public static List<Question> questionsIn(Path projectRoot, Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        Report scratch = new Report(); // the build reports these files' mistakes; here only their links matter
        QuestionParser parser = new QuestionParser(new MarkdownEngine(MarkdownEngine.RawHtml.ESCAPED));
        List<SourceFile> sources = new SourceLoader(projectRoot).loadFolder(folder, scratch);
        return sources.stream().map(source -> parser.parse(source, scratch)).flatMap(Optional::stream).toList();
    }

    /** The problems a link's verdict gives, one per place it is written. */
    List<Problem> problems(CheckedLink link) {
        LinkResult r = link.result();
        String message;
        switch (r.linkClass()) {
            case BROKEN -> message = "broken link " + r.url() + " (" + r.detail() + ")";
            case TRANSIENT -> message = "could not check " + r.url() + " (" + r.detail() + ")";
            case BLOCKED -> message = "blocked link " + r.url() + " (" + r.detail() + ")";
            case REDIRECTED -> {
                if (!r.permanent()) {
                    return List.of();
                }
                message = "permanent redirect " + r.url() + " -> " + r.finalUrl() + "; update the link";
            }
            default -> {
                return List.of();
            }
        }
        boolean error = link.external() ? settings.failOn().fails(r.linkClass()) : r.linkClass() == LinkClass.BROKEN;
        List<Problem> problems = new ArrayList<>();
        for (Location place : new LinkedHashSet<>(link.locations())) {
            problems.add(new Problem(place.file(), place.line(), place.column(),
                    error ? Severity.ERROR : Severity.WARNING, message));
        }
        return problems;
    }

    private List<Pattern> ignorePatterns(Report report) {
        List<Pattern> patterns = new ArrayList<>();
        for (String text : settings.ignore()) {
            try {
                patterns.add(Pattern.compile(text));
            } catch (PatternSyntaxException e) {
                report.error("quizsite.links.ignore", 0, 0, "not a regular expression: `" + text + "` ("
                        + e.getDescription() + " at character " + (e.getIndex() + 1) + ")");
            }
        }
        return patterns;
    }

    /**
     * Every HTML page of the site, keyed by path (sorted, so that output is stable): those not
     * already scanned are read, in parallel.
     */
    private static Map<String, RenderedPage> readPages(Path site, Map<String, RenderedPage> rendered)
            throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> top = Files.newDirectoryStream(site)) {
            for (Path entry : top) {
                if (rendered.containsKey(entry.getFileName() + "/index.html")) {
                    files.add(entry.resolve("index.html")); // a question's folder holds its page only
                    continue;
                }
                try (Stream<Path> walk = Files.walk(entry)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> p.getFileName().toString().matches("(?i).*\\.html?"))
                            // 404.html is served at any depth, so with a base URL its links start at the
                            // site's absolute path, which a folder on disk cannot resolve.
                            .filter(p -> !site.relativize(p).toString().equals("404.html"))
                            .forEach(files::add);
                }
            }
        }
        files.sort(null);
        try {
            List<RenderedPage> read = files.parallelStream().map(file -> {
                RenderedPage known = rendered.get(site.relativize(file).toString().replace('\\', '/'));
                if (known != null) {
                    return known;
                }
                try {
                    return RenderedPage.read(site, file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
            Map<String, RenderedPage> pages = new TreeMap<>();
            read.forEach(page -> pages.put(page.path(), page));
            return pages;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
