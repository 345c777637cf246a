package dev.quizsite.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.quizsite.config.CourseConfig;
import dev.quizsite.config.CourseConfigFile;
import dev.quizsite.links.LinkSettings;
import dev.quizsite.report.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden courses, in the manner of mdBook's test suite: each folder of
 * {@code src/test/resources/golden/courses/} is a case with an {@code input/} course (questions/, and
 * optionally quizsite.yml, data/, templates/, assets/) and the {@code expected/} tree its build writes,
 * compared byte for byte, file for file. {@code report.txt} beside them holds the build's warnings and
 * notices, one a line; a build with an error always fails the test. A case whose course is kept
 * elsewhere (an invoker IT's, which must stay where Maven runs it) names that folder, relative to
 * the module, in a file {@code input.path} instead of holding an {@code input/}.
 *
 * <p>After an intended change to the output:
 * {@code mvn -o -B -pl generator test -Dtest=GoldenCoursesTest -Dgolden.update=true} rewrites each
 * {@code expected/} (stale files deleted) and {@code report.txt}; review the diff before committing.
 */
class GoldenCoursesTest {

    static final Path COURSES = Path.of("src/test/resources/golden/courses");
    static final String REPORT = "report.txt";
    static final String INPUT_PATH = "input.path";
    /** Lines of context shown around the first differing line of a text file. */
    static final int CONTEXT = 3;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> entries = Files.list(COURSES)) {
            List<String> names = entries.filter(p -> Files.isDirectory(p.resolve("input")) || Files.isRegularFile(p.resolve(INPUT_PATH)))
                    .map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names).as("golden courses in " + COURSES).isNotEmpty();
            return names.stream();
        }
    }

    private static Path input(Path golden) throws IOException {
        Path pointer = golden.resolve(INPUT_PATH);
        return Files.isRegularFile(pointer) ? Path.of(Files.readString(pointer, StandardCharsets.UTF_8).strip())
                : golden.resolve("input");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theCourseBuildsToItsExpectedTree(String name, @TempDir Path tmp) throws IOException {
        Path golden = COURSES.resolve(name);
        // The build runs on a copy, so that nothing it might write lands in the source tree.
        Path course = tmp.resolve("course");
        copyTree(input(golden), course);
        Path site = tmp.resolve("site");
        BuildResult result = new SiteBuilder().build(settings(course, site));

        List<String> errors = result.report().problems().stream().filter(Problem::isError).map(Problem::format)
                .toList();
        assertThat(errors).as("errors of the build of " + name).isEmpty();
        String report = report(result);
        Path expected = golden.resolve("expected");
        if (Boolean.getBoolean("golden.update")) {
            SiteOutput.deleteTree(expected);
            copyTree(site, expected);
            Files.writeString(golden.resolve(REPORT), report, StandardCharsets.UTF_8);
        }
        assertThat(Files.isDirectory(expected)).as(expected + " is missing; run with -Dgolden.update=true").isTrue();
        assertThat(report).as("warnings and notices of " + name + " (" + golden.resolve(REPORT) + ")")
                .isEqualTo(Files.readString(golden.resolve(REPORT), StandardCharsets.UTF_8));
        String difference = difference(expected, site);
        if (difference != null) {
            fail(name + ": the output differs from " + expected
                    + " (after an intended change, run with -Dgolden.update=true)\n" + difference);
        }
    }

    /** The course's build as the plugin runs it offline: no link leaves this machine, nothing is cached. */
    static BuildSettings settings(Path course, Path site) {
        return new BuildSettings(course, course.resolve("questions"), site,
                folder(course.resolve("templates")), folder(course.resolve("assets")), folder(course.resolve("data")),
                Optional.of(course.resolve(CourseConfigFile.NAME)), CourseConfig.EMPTY, true,
                LinkSettings.builder().offline(true).build());
    }

    private static Optional<Path> folder(Path path) {
        return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
    }

    /** The build's warnings (as compilers print them) and notices, one a line. */
    static String report(BuildResult result) {
        StringBuilder out = new StringBuilder();
        for (Problem problem : result.report().problems()) {
            out.append(problem.format()).append('\n');
        }
        for (String notice : result.notices()) {
            out.append("notice: ").append(notice).append('\n');
        }
        return out.toString();
    }

    /** Null when both trees hold the same files with the same bytes; else what differs, first file first. */
    static String difference(Path expected, Path actual) throws IOException {
        TreeSet<String> want = files(expected);
        TreeSet<String> got = files(actual);
        StringBuilder out = new StringBuilder();
        TreeSet<String> missing = new TreeSet<>(want);
        missing.removeAll(got);
        TreeSet<String> extra = new TreeSet<>(got);
        extra.removeAll(want);
        if (!missing.isEmpty()) {
            out.append("files expected but not written: ").append(missing).append('\n');
        }
        if (!extra.isEmpty()) {
            out.append("files written but not expected: ").append(extra).append('\n');
        }
        List<String> differing = new ArrayList<>();
        for (String file : want) {
            if (got.contains(file)
                    && !Arrays.equals(Files.readAllBytes(expected.resolve(file)), Files.readAllBytes(actual.resolve(file)))) {
                differing.add(file);
            }
        }
        if (!differing.isEmpty()) {
            String first = differing.get(0);
            out.append("files whose bytes differ: ").append(differing).append('\n')
                    .append("first differing file: ").append(first).append('\n')
                    .append(context(Files.readAllBytes(expected.resolve(first)), Files.readAllBytes(actual.resolve(first))));
        }
        return out.isEmpty() ? null : out.toString();
    }

    /** The lines around the first difference of two texts, or the first differing byte of binary files. */
    static String context(byte[] expected, byte[] actual) {
        Optional<String> want = utf8(expected);
        Optional<String> got = utf8(actual);
        if (want.isEmpty() || got.isEmpty()) {
            int at = Arrays.mismatch(expected, actual);
            return String.format("binary files differ at byte %d (expected %d bytes, got %d)%n", at, expected.length,
                    actual.length);
        }
        String[] a = want.get().split("\n", -1);
        String[] b = got.get().split("\n", -1);
        int line = 0;
        while (line < a.length && line < b.length && a[line].equals(b[line])) {
            line++;
        }
        StringBuilder out = new StringBuilder(String.format("first difference at line %d:%n", line + 1));
        int from = Math.max(0, line - CONTEXT);
        for (int i = from; i < line; i++) {
            out.append(String.format("  %5d   %s%n", i + 1, shorten(a[i])));
        }
        for (int i = line; i < Math.min(a.length, line + CONTEXT); i++) {
            out.append(String.format("- %5d   %s%n", i + 1, shorten(a[i])));
        }
        for (int i = line; i < Math.min(b.length, line + CONTEXT); i++) {
            out.append(String.format("+ %5d   %s%n", i + 1, shorten(b[i])));
        }
        return out.toString();
    }

    private static String shorten(String line) {
        String visible = line.replace("\r", "\\r");
        return visible.length() > 300 ? visible.substring(0, 300) + "…" : visible;
    }

    private static Optional<String> utf8(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.indexOf('\0') >= 0 ? Optional.empty() : Optional.of(text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Relative paths (forward slashes) of the regular files under {@code root}. */
    static TreeSet<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            TreeSet<String> names = new TreeSet<>();
            walk.filter(Files::isRegularFile).forEach(p -> names.add(root.relativize(p).toString().replace('\\', '/')));
            return names;
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
