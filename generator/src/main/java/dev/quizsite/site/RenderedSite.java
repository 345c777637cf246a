package dev.quizsite.site;

import dev.quizsite.links.RenderedPage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every file of a site as the render stage made it, before anything is written: the one value the
 * link check reads and the writer puts in place, for a one-shot build and the preview alike.
 *
 * @param files by path relative to the site root (forward slashes), in path order
 */
record RenderedSite(Map<String, SiteFile> files) {

    RenderedSite {
        files = Collections.unmodifiableMap(inPathOrder(files.values()));
    }

    /**
     * The files by path, in path order; of two files at one path, the first given. Sorted as a
     * list, which is linear for files that come nearly in order (a site's do: the pages in the
     * course's order, which is mostly the paths'): a tree map of 10,000 paths made anew on every
     * rebuild of the preview took longer than the few pages it rendered.
     */
    static Map<String, SiteFile> inPathOrder(Collection<SiteFile> files) {
        List<SiteFile> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(SiteFile::path)); // stable: the first of a path stays first
        Map<String, SiteFile> byPath = new LinkedHashMap<>(sorted.size() * 4 / 3 + 1);
        sorted.forEach(f -> byPath.putIfAbsent(f.path(), f));
        return byPath;
    }

    /**
     * One file of the site.
     *
     * @param hash    SHA-256 of its bytes, hex
     * @param content its bytes, or where the writer finds the same bytes instead
     * @param page    for an HTML page, its links and anchors
     */
    record SiteFile(String path, String hash, Content content, Optional<RenderedPage> page) {
    }

    /** What the writer puts at a file's path. */
    sealed interface Content {
    }

    /** Bytes made by this build, held in memory (the preview's pages, and files beside the pages). */
    record Bytes(byte[] bytes) implements Content {
    }

    /**
     * Bytes made by this build and already written to its staging folder: a one-shot build of a
     * big course does not hold every page in memory until the end.
     */
    record Staged() implements Content {
    }

    /**
     * The file of the same path and hash in the site this build replaces: nothing of it was
     * rendered again, since nothing it is made from changed.
     */
    record Unchanged() implements Content {
    }

    /** The pages with their links and anchors, for the link check (404.html is not among them: see there). */
    Map<String, RenderedPage> pages() {
        Map<String, RenderedPage> pages = new LinkedHashMap<>(files.size() * 4 / 3 + 1); // in path order, as the files
        for (SiteFile f : files.values()) {
            if (f.page().isPresent()) {
                pages.put(f.path(), f.page().get());
            }
        }
        return pages;
    }

    List<String> paths() {
        return List.copyOf(files.keySet());
    }
}
