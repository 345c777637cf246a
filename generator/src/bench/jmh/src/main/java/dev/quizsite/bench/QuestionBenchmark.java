package dev.quizsite.bench;

import dev.quizsite.load.SourceFile;
import dev.quizsite.markdown.MarkdownEngine;
import dev.quizsite.model.Course;
import dev.quizsite.model.Question;
import dev.quizsite.parse.QuestionParser;
import dev.quizsite.render.PageRenderer;
import dev.quizsite.render.Views;
import dev.quizsite.report.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Parse and render of one question (the seed, or a synthetic ~3.5 KB one), warm. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class QuestionBenchmark {

    /** A question file; the default is the course's seed question. */
    @Param({"questions/000_1c61b4ad28206f04.md"})
    public String file;

    private SourceFile source;
    private QuestionParser parser;
    private PageRenderer renderer;
    private Question question;
    private Map<String, Object> context;

    @Setup
    public void setUp() throws IOException {
        Path path = Path.of(file);
        source = new SourceFile(path, file, Files.readString(path, StandardCharsets.UTF_8));
        parser = new QuestionParser(new MarkdownEngine(MarkdownEngine.RawHtml.ESCAPED));
        renderer = new PageRenderer(Optional.empty());
        question = parse();
        Course course = new Course("Bench", "en", "", Optional.empty(), false, List.of(question));
        context = new HashMap<>();
        context.put("site", Views.site(course, "../"));
        context.put("question", Views.question(question, false));
        context.put("previous", null);
        context.put("next", null);
        context.put("position", 1);
        context.put("page", Views.page(question.plainTitle(), Optional.empty()));
    }

    @Benchmark
    public Question parse() {
        return parser.parse(source, new Report()).orElseThrow();
    }

    @Benchmark
    public String render() {
        return renderer.render("question.peb", context);
    }
}
