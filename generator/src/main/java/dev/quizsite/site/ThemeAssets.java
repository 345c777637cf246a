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
    static final List<String> DEFAULTS = List.of("quiz.css", "quiz.js", "favicon.svg",
            "progress.js", // used by the index and the results page only
            "search.js", "search.css", "minisearch.min.js", // used by the index only
            "handout.css"); // used by handout/index.html only

    private static final String SOURCES = "/dev/quizsite/theme/assets/";
    /** Where the plugin's build puts the theme's scripts minified (the POM's minify executions). */
    private static final String MINIFIED = "/dev/quizsite/theme-min/";

    /** The course's own stylesheet, linked after the theme's so that its rules add to the theme's. */
    static final String CUSTOM_CSS = "custom.css";

    /** Theme files that a same-named course file replaces wholesale, and what the page then loses. */
    private static final Map<String, String> WHOLESALE = Map.of(
            "quiz.css", "the pages get none of the theme's styles; to add or change a few rules, put them in"
                    + " assets/custom.css, which is included after the theme's stylesheet",
            "quiz.js", "the pages get none of the theme's grading and saving; to add behaviour, keep the theme's"
                    + " file and add your own");

    private ThemeAssets() {
    }

    static boolean hasCustomCss(Optional<Path> assets) {
        return assets.isPresent() && Files.isRegularFile(assets.get().resolve(CUSTOM_CSS));
    }

    /**
     * A warning for each course asset that replaces a theme file wholesale: a one-line quiz.css
     * drops the whole theme, which authors did not expect when they meant to add a rule.
     */
    static List<dev.quizsite.report.Problem> replaced(Optional<Path> assets, dev.quizsite.load.SourceLoader loader) {
        if (assets.isEmpty()) {
            return List.of();
        }
        return WHOLESALE.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(e -> Files.isRegularFile(assets.get().resolve(e.getKey())) && !isThemeCopy(e.getKey(), read(assets.get().resolve(e.getKey()))))
                .map(e -> dev.quizsite.report.Problem.warning(loader.display(assets.get().resolve(e.getKey())), 0, 0,
                        "replaces the default theme's " + e.getKey() + " wholesale: " + e.getValue()
                                + " (`quizsite:eject-theme` copies the theme's files into the course to edit)"))
                .toList();
    }

    /**
     * Every asset by its path in the site ({@code assets/quiz.css}), with its bytes: the theme's as
     * readers should download them, then the course's own files over them, except an unchanged
     * copy of a theme file (as `eject-theme` writes), which stays the theme's served file.
     */
    static Map<String, byte[]> files(Optional<Path> overrides) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (String name : DEFAULTS) {
            files.put("assets/" + name, served(name));
        }
        if (overrides.isPresent() && Files.isDirectory(overrides.get())) {
            Path from = overrides.get();
            try (Stream<Path> walk = Files.walk(from)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String name = from.relativize(file).toString().replace('\\', '/');
                    byte[] bytes = Files.readAllBytes(file);
                    if (!isThemeCopy(name, Optional.of(bytes))) {
                        files.put("assets/" + name, bytes);
                    }
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return files;
    }

    /** A theme file as served: scripts minified when the plugin was built, stylesheets compacted, the rest as kept. */
    private static byte[] served(String name) throws IOException {
        boolean minified = name.endsWith(".js") && !name.endsWith(".min.js");
        byte[] bytes = resource((minified ? MINIFIED : SOURCES) + name);
        return name.endsWith(".css") ? ThemeCompaction.css(bytes) : bytes;
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = ThemeAssets.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the plugin jar lacks its theme file " + path);
            }
            return in.readAllBytes();
        }
    }

    /** An unchanged copy (as `eject-theme` writes) replaces nothing; unreadable bytes are no copy (the assets stage reports them). */
    private static boolean isThemeCopy(String name, Optional<byte[]> bytes) {
        try (InputStream in = ThemeAssets.class.getResourceAsStream(SOURCES + name)) {
            return in != null && bytes.isPresent() && java.util.Arrays.equals(in.readAllBytes(), bytes.get());
        } catch (IOException e) {
            throw new UncheckedIOException("the plugin's own theme file " + name + " cannot be read", e);
        }
    }

    private static Optional<byte[]> read(Path file) {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
