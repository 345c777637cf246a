package dev.quizsite.site;

import dev.quizsite.load.SourceFile;
import dev.quizsite.markdown.MarkdownEngine.RawHtml;
import dev.quizsite.model.Course;
import dev.quizsite.model.Question;
import dev.quizsite.parse.QuestionParser;
import dev.quizsite.report.Problem;
import dev.quizsite.report.Report;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a rebuild may reuse from the build before it, so that the preview redoes only what one
 * changed file affects: a file whose text is unchanged is not parsed again, and a question page
 * whose inputs are the same objects as last time is linked from the previous site instead of
 * rendered and written again.
 *
 * <p>Only the question files are tracked. When a template, asset, data file or the course
 * configuration changes, the owner calls {@link #clear()} and the next build is a full one.
 */
public final class BuildCache {

    private record Parsed(String text, Optional<Question> question, List<Problem> problems) {
    }

    /**
     * Everything a question page is rendered from. Questions compare by identity: an unchanged
     * file yields the very same object from the parse cache, a changed one a new object.
     */
    record PageInputs(Question question, Question previous, Question next, int position, Course course) {
        @Override
        public boolean equals(Object other) {
            return other instanceof PageInputs o && question == o.question && previous == o.previous
                    && next == o.next && position == o.position
                    && course.questions().size() == o.course.questions().size()
                    && course.title().equals(o.course.title());
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(question);
        }
    }

    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();
    /** Question files as last read; trusted until {@link #changed} names them. */
    private final Map<java.nio.file.Path, SourceFile> sources = new ConcurrentHashMap<>();
    /** Files changed since the last build; all of them when unknown (empty Optional). */
    private Optional<java.util.Set<java.nio.file.Path>> changed = Optional.empty();
    private final Map<String, PageInputs> pagesInOutput = new ConcurrentHashMap<>();
    /** The folder's question files at the last listing, and the same as absolute paths. */
    private List<java.nio.file.Path> listed = List.of();
    private java.util.Set<java.nio.file.Path> listedAbsolute = java.util.Set.of();
    private volatile RawHtml rawHtml;
    /** Index summaries by question object: an unchanged file yields the same question object. */
    private final Map<Question, Map<String, Object>> summaries =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    private volatile List<Object> indexInputs = List.of();

    /** Forgets everything: the next build parses and renders all. */
    public synchronized void clear() {
        parsed.clear();
        pagesInOutput.clear();
        sources.clear();
        summaries.clear();
        indexInputs = List.of();
        listed = List.of();
        listedAbsolute = java.util.Set.of();
        changed = Optional.empty();
    }

    /**
     * Tells the cache which question files changed (from a file watcher), so the next build reads
     * only those: on a slow file system, reading or even checking every file of a big course
     * costs more than the rest of a rebuild.
     */
    public synchronized void changed(java.util.Collection<java.nio.file.Path> paths) {
        changed.ifPresent(set -> paths.forEach(p -> set.add(p.toAbsolutePath().normalize())));
    }

    /** The question files of {@code folder}: changed or new ones read, the others as last read. */
    synchronized List<SourceFile> load(java.nio.file.Path folder, dev.quizsite.load.SourceLoader loader, Report report) {
        java.util.Set<java.nio.file.Path> fresh = changed.orElse(null);
        List<java.nio.file.Path> files = onlyKnownFilesEdited(fresh) ? listed
                : loader.listFolder(folder, sources.keySet(), report);
        if (files != listed) {
            listed = files;
            listedAbsolute = java.util.Set.copyOf(files.stream().map(p -> p.toAbsolutePath().normalize()).toList());
        }
        Map<java.nio.file.Path, SourceFile> current = new java.util.HashMap<>();
        List<SourceFile> loaded = new java.util.ArrayList<>(files.size());
        for (java.nio.file.Path file : files) {
            SourceFile known = sources.get(file);
            Optional<SourceFile> source = known != null && fresh != null
                    && !fresh.contains(file.toAbsolutePath().normalize())
                    ? Optional.of(known) : loader.load(file, report);
            source.ifPresent(s -> {
                current.put(file, s);
                loaded.add(s);
            });
        }
        sources.clear();
        sources.putAll(current);
        changed = Optional.of(java.util.concurrent.ConcurrentHashMap.newKeySet());
        return loaded;
    }

    /**
     * Whether every changed file is one listed last time and still there: then the folder holds
     * the same files and need not be listed again (10,000 names cost more than the rest).
     */
    private boolean onlyKnownFilesEdited(java.util.Set<java.nio.file.Path> fresh) {
        return fresh != null && !listed.isEmpty()
                && fresh.stream().allMatch(p -> listedAbsolute.contains(p) && java.nio.file.Files.isRegularFile(p));
    }

    /** Parses {@code source}, or replays the result of the last parse of the same text. */
    Optional<Question> parse(SourceFile source, QuestionParser parser, RawHtml mode, Report report) {
        if (mode != rawHtml) { // parsing renders Markdown, so the raw-HTML policy is part of the result
            synchronized (this) {
                if (mode != rawHtml) {
                    parsed.clear();
                    pagesInOutput.clear();
                    summaries.clear();
                    indexInputs = List.of();
                    rawHtml = mode;
                }
            }
        }
        Parsed last = parsed.get(source.displayPath());
        if (last != null && last.text().equals(source.text())) {
            report.addAll(last.problems());
            return last.question();
        }
        Report own = new Report();
        Optional<Question> question = parser.parse(source, own);
        report.addAll(own.problems());
        parsed.put(source.displayPath(), new Parsed(source.text(), question, own.problems()));
        return question;
    }

    /** Whether the page at {@code path} in the current site was rendered from these same inputs. */
    boolean unchanged(String path, PageInputs inputs) {
        return inputs.equals(pagesInOutput.get(path));
    }

    /** Whether {@code site} holds the site of this cache's last build, so it can be updated in place. */
    boolean hasSiteIn(java.nio.file.Path site) {
        return !pagesInOutput.isEmpty() && java.nio.file.Files.isRegularFile(site.resolve(SiteOutput.MARKER));
    }

    /** The pages of the site in place. */
    java.util.Set<String> pagesInOutput() {
        return java.util.Set.copyOf(pagesInOutput.keySet());
    }

    /** A question's entry on the index, computed once per question object (its answer key is a hash). */
    Map<String, Object> summary(Question question) {
        return summaries.computeIfAbsent(question, dev.quizsite.render.Views::summary);
    }

    /** Whether the index in the site in place was rendered from inputs equal to these. */
    boolean indexUnchanged(List<Object> inputs) {
        return !indexInputs.isEmpty() && inputs.equals(indexInputs);
    }

    /** Records what the pages of a site that was just put in place were rendered from. */
    void committed(Map<String, PageInputs> pages, List<Object> index) {
        pagesInOutput.clear();
        pagesInOutput.putAll(pages);
        indexInputs = index;
        java.util.Set<Question> current = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        pages.values().forEach(p -> current.add(p.question()));
        summaries.keySet().retainAll(current); // forget the summaries of edited or removed questions
    }
}
