package dev.quizsite.store;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Which plugin code is running: an entry made by another build of the plugin (a new version, or a
 * snapshot installed again) may hold what that code made of the same input, so it is not used.
 * The plugin's jar by name, size and time; from a folder of classes (tests, an IDE), the newest
 * class file in it.
 */
final class CodeFingerprint {

    private static volatile String current;

    private CodeFingerprint() {
    }

    static String current() {
        String known = current;
        if (known == null) {
            known = compute();
            current = known;
        }
        return known;
    }

    private static String compute() {
        try {
            Path code = Path.of(CodeFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return code + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis();
            }
            long newest = 0;
            try (Stream<Path> files = Files.walk(code)) {
                for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                    newest = Math.max(newest, Files.getLastModifiedTime(f).toMillis());
                }
            }
            return code + " " + newest;
        } catch (IOException | URISyntaxException | SecurityException e) {
            return "unknown code " + System.nanoTime(); // never matches a stored one: nothing is reused
        }
    }
}
