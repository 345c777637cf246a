package dev.quizsite.scaffold;

import dev.quizsite.load.SourceLoader;
import dev.quizsite.report.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * `init`: writes a course that builds as it is (a POM with the plugin bound to {@code package},
 * {@code quizsite.yml}, one sample question of each type, {@code .gitignore} and the GitHub Pages
 * workflow). Writes nothing when any of these files exists already, so an author's work is never
 * overwritten, and says which ones were in the way.
 */
public final class CourseInit {

    public static final String DEFAULT_TITLE = "My course";

    private static final String RESOURCES = "/dev/quizsite/scaffold/course/";

    /** The files written, relative to the course folder, in the order the author reads them. */
    public record Created(Path folder, List<Path> files) {
        public Created {
            files = List.copyOf(files);
        }
    }

    private CourseInit() {
    }

    /**
     * Writes the course into {@code folder} (created if missing); {@code pluginVersion} is the
     * version the POM names, this plugin's own. Empty when nothing was written (why is in the report).
     */
    public static Optional<Created> create(Path folder, String title, String pluginVersion, SourceLoader loader,
            Report report) {
        Map<String, String> files = files(folder, title == null || title.isBlank() ? DEFAULT_TITLE : title.strip(),
                pluginVersion);
        List<String> inTheWay = files.keySet().stream().filter(name -> Files.exists(folder.resolve(name))).toList();
        for (String name : inTheWay) {
            report.error(loader.display(folder.resolve(name)), 0, 0, "exists already; `init` writes a new course"
                    + " only where none of its files is, so nothing was written (run it in an empty folder, or"
                    + " name one with -Dquizsite.directory=…)");
        }
        if (!inTheWay.isEmpty()) {
            return Optional.empty();
        }
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = folder.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                // CREATE_NEW: a file that appeared since the check above is still not overwritten
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
                written.add(Path.of(file.getKey()));
            }
        } catch (IOException e) {
            report.error(loader.display(folder), 0, 0, "cannot write the course: " + e.getMessage()
                    + (written.isEmpty() ? "" : " (written before it failed: " + written + ")"));
            return Optional.empty();
        }
        return Optional.of(new Created(folder, written));
    }

    private static Map<String, String> files(Path folder, String title, String pluginVersion) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        String artifact = name == null ? "course" : dev.quizsite.parse.QuestionParser.slug(name.toString());
        Map<String, String> files = new LinkedHashMap<>();
        files.put("pom.xml", resource("pom.xml").replace("@ARTIFACT@", artifact).replace("@VERSION@", pluginVersion));
        files.put("quizsite.yml", resource("quizsite.yml").replace("@TITLE@", yamlString(title)));
        files.put("questions/000-prime-numbers.md", resource("multiple.md"));
        files.put("questions/001-http-get.md", resource("single.md"));
        files.put(".gitignore", resource("gitignore"));
        files.put(".github/workflows/pages.yml", resource("pages.yml"));
        return files;
    }

    /** A double-quoted YAML scalar: any title stays a string (`yes`, `1.0`, `a: b`). */
    static String yamlString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String resource(String name) {
        try (InputStream in = CourseInit.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCES + name + " in the plugin");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
