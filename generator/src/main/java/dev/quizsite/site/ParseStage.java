package dev.quizsite.site;

import dev.quizsite.load.SourceFile;
import dev.quizsite.markdown.MarkdownEngine;
import dev.quizsite.model.ParsedFile;
import dev.quizsite.parse.QuestionParser;
import dev.quizsite.report.Problem;
import dev.quizsite.report.Report;
import dev.quizsite.store.Store;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The parse stage: each question file's parse result, from the {@link Store} when the same text
 * was parsed before under the same policy, else parsed now (in parallel) and filed there.
 */
final class ParseStage {

    /** What a question file parsed to, kept in the store: the result and the problems it gave. */
    record ParseEntry(ParsedFile file, List<Problem> problems) implements Serializable {
        ParseEntry {
            problems = List.copyOf(problems);
        }
    }

    /**
     * @param files  in the order of the sources
     * @param reused how many came from the store
     */
    record Result(List<ParsedFile> files, int reused) {
    }

    private ParseStage() {
    }

    /**
     * A file's parse key: everything its parse result depends on (its text, by the hash of the
     * bytes it was decoded from; its path as messages show it; the raw-HTML policy; the plugin's
     * code is in every key).
     */
    static String key(Store store, MarkdownEngine.RawHtml mode, SourceFile source) {
        return store.key("parse", mode.name(), source.displayPath(), source.hash());
    }

    static Result run(List<SourceFile> sources, Function<SourceFile, String> keys, MarkdownEngine.RawHtml mode,
            Store store, Report report) {
        return run(sources, sources.parallelStream().map(keys).toList(), mode, store, report);
    }

    /** @param keys each source's parse key, in the order of the sources */
    static Result run(List<SourceFile> sources, List<String> keys, MarkdownEngine.RawHtml mode, Store store,
            Report report) {
        QuestionParser parser = new QuestionParser(new MarkdownEngine(mode));
        AtomicInteger reused = new AtomicInteger();
        List<Problem> rawHtmlHints = java.util.Collections.synchronizedList(new ArrayList<>());
        List<ParsedFile> files = IntStream.range(0, sources.size()).parallel().mapToObj(i -> {
            SourceFile source = sources.get(i);
            String key = keys.get(i);
            ParseEntry entry = store.get(key, ParseEntry.class).map(known -> {
                reused.incrementAndGet();
                return known;
            }).orElseGet(() -> {
                Report own = new Report();
                ParseEntry made = new ParseEntry(parser.parseFile(source, own), own.problems());
                store.put(key, made);
                return made;
            });
            for (Problem problem : entry.problems()) {
                if (problem.message().equals(QuestionParser.RAW_HTML_HINT)) {
                    rawHtmlHints.add(problem);
                } else {
                    report.add(problem);
                }
            }
            return entry.file();
        }).toList();
        // one hint a build, at the first place, however many files and tags show HTML as text
        rawHtmlHints.stream().min(Problem.BY_LOCATION).ifPresent(first -> report.add(new Problem(first.file(),
                first.line(), first.column(), first.severity(), first.message() + (rawHtmlHints.size() > 1
                        ? " (HTML in " + (rawHtmlHints.size() - 1) + " more question files too)" : ""))));
        return new Result(files, reused.get());
    }
}
