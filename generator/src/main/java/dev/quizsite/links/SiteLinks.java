package dev.quizsite.links;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the link check needs of a site: its pages with their links and anchors, and the paths of
 * all its files. A build hands over the site it rendered in memory; {@code check-links} reads a
 * site folder built earlier ({@link #read}).
 *
 * @param pages   the HTML pages to check, by path relative to the site root (forward slashes), in the
 *                order they are checked and the reports list their links (the site's path order)
 * @param files   every file of the site, pages included: what a link may point at
 * @param display how the site folder is named in messages about links the theme wrote
 */
public record SiteLinks(Map<String, RenderedPage> pages, Set<String> files, String display) {

    public SiteLinks {
        // Kept in the order given: a Map.copyOf's order changes from run to run, and so would the reports'.
        pages = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(pages));
        files = Set.copyOf(files);
    }

    /**
     * The site in {@code folder}, its pages read and scanned in parallel. 404.html is left out of
     * the pages: hosts serve it at any depth, so with a base URL its links start at the site's
     * absolute path, which a folder cannot resolve.
     */
    public static SiteLinks read(Path folder, String display) throws IOException {
        Path site = folder.toAbsolutePath().normalize();
        List<Path> all;
        try (Stream<Path> walk = Files.walk(site)) {
            all = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try {
            Map<String, RenderedPage> pages = new TreeMap<>();
            all.parallelStream()
                    .filter(p -> p.getFileName().toString().matches("(?i).*\\.html?"))
                    .filter(p -> !site.relativize(p).toString().equals("404.html"))
                    .map(p -> {
                        try {
                            return RenderedPage.read(site, p);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).toList().forEach(page -> pages.put(page.path(), page));
            Set<String> files = Set.copyOf(all.stream().map(p -> site.relativize(p).toString().replace('\\', '/')).toList());
            return new SiteLinks(pages, files, display);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
