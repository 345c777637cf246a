package dev.quizsite.site;

import dev.quizsite.store.Store;
import dev.quizsite.text.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

/**
 * {@code sw.js}, the service worker that keeps a site readable offline: the worker's code with the
 * build's version, the files every page needs and the offline page before it. It is made last, from
 * the hashes of every other file, so a rebuilt site is a new worker (and drops the old one's cache)
 * exactly when some file changed.
 */
final class OfflineWorker {

    static final String PATH = "sw.js";
    static final String OFFLINE_PAGE = "offline/index.html";

    /** What any page needs: kept at the first visit, so that a page visited once works offline whole. */
    private static final List<String> PRECACHE = List.of("index.html", OFFLINE_PAGE, "assets/quiz.css",
            "assets/quiz.js", "assets/messages.js", "assets/progress.js", "assets/favicon.svg");

    private OfflineWorker() {
    }

    /**
     * @param files    every other file of the site, by path, in path order
     * @param offline  false for a site that must keep no copy (the preview): the worker then removes
     *                 one that an earlier build installed
     * @param previousHolds whether the site being replaced holds this path with this hash
     */
    static RenderedSite.SiteFile file(Map<String, RenderedSite.SiteFile> files, boolean offline,
            BiPredicate<String, String> previousHolds) {
        byte[] bytes = (offline ? script(files) : resource("off.js")).getBytes(StandardCharsets.UTF_8);
        String hash = Store.hash(bytes);
        RenderedSite.Content content = previousHolds.test(PATH, hash) ? new RenderedSite.Unchanged() : new RenderedSite.Bytes(bytes);
        return new RenderedSite.SiteFile(PATH, hash, content, Optional.empty());
    }

    private static String script(Map<String, RenderedSite.SiteFile> files) {
        StringBuilder each = new StringBuilder();
        files.values().forEach(f -> each.append(f.path()).append(' ').append(f.hash()).append('\n'));
        List<String> precache = Stream.concat(PRECACHE.stream(), Stream.of("assets/" + ThemeAssets.CUSTOM_CSS))
                .filter(files::containsKey).toList();
        return "var VERSION = " + Json.of(Store.hash(each.toString())) + ";\n"
                + "var PRECACHE = " + Json.of(precache) + ";\n"
                + "var OFFLINE = " + Json.of(OFFLINE_PAGE) + ";\n" + resource("sw.js");
    }

    private static String resource(String name) {
        try (InputStream in = OfflineWorker.class.getResourceAsStream("/dev/quizsite/worker/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the plugin jar lacks its service worker " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
