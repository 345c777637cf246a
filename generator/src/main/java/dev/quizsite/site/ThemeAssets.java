package dev.quizsite.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The site's {@code assets/}: the default theme's static files, then the course's own assets over them. */
final class ThemeAssets {

    /** The default theme's files, kept in the plugin under {@code dev/quizsite/theme/assets/}. */
    static final List<String> DEFAULTS = List.of("quiz.css", "quiz.js", "favicon.svg");

    private ThemeAssets() {
    }

    /** Every asset by its path in the site ({@code assets/quiz.css}), with its bytes. */
    static Map<String, byte[]> files(Optional<Path> overrides) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (String name : DEFAULTS) {
            try (InputStream in = ThemeAssets.class.getResourceAsStream("/dev/quizsite/theme/assets/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("the plugin jar lacks its theme file " + name);
                }
                files.put("assets/" + name, in.readAllBytes());
            }
        }
        if (overrides.isPresent() && Files.isDirectory(overrides.get())) {
            Path from = overrides.get();
            try (Stream<Path> walk = Files.walk(from)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    files.put("assets/" + from.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return files;
    }
}
