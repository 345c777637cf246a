package dev.quizsite.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Copies the default theme's static files, then the site's own assets over them. */
final class ThemeAssets {

    /** The default theme's files, kept in the plugin under {@code dev/quizsite/theme/assets/}. */
    static final List<String> DEFAULTS = List.of("quiz.css", "quiz.js", "favicon.svg");

    private ThemeAssets() {
    }

    /** @return the number of files written */
    static int copy(Optional<Path> overrides, Path site) throws IOException {
        Path assets = site.resolve("assets");
        Files.createDirectories(assets);
        int count = 0;
        for (String name : DEFAULTS) {
            try (InputStream in = ThemeAssets.class.getResourceAsStream("/dev/quizsite/theme/assets/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("the plugin jar lacks its theme file " + name);
                }
                Files.copy(in, assets.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                count++;
            }
        }
        if (overrides.isPresent() && Files.isDirectory(overrides.get())) {
            Path from = overrides.get();
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    Path to = assets.resolve(from.relativize(file).toString());
                    Files.createDirectories(to.getParent());
                    boolean replaced = Files.exists(to);
                    Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
                    count += replaced ? 0 : 1;
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return count;
    }
}
