package dev.quizsite.links;

import dev.quizsite.model.Location;
import dev.quizsite.model.Question;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the links between the site's own files (pages, anchors, assets, data files) on the
 * rendered site, and collects the external ones for {@link ExternalChecker}. Works without network.
 */
final class InternalChecker {

    /** A stand-in origin to resolve relative URLs against: {@code .invalid} never exists. */
    private static final String SITE_HOST = "site.invalid";

    private final Set<String> siteFiles;
    private final String siteDisplay;
    private final Map<String, RenderedPage> pages;
    private final LinkMemory memory;
    private final Map<String, SiteFile> files = new java.util.HashMap<>();
    /** What each URL came to in this check, by {@link #outcomeKey}: the site does not change during one. */
    private final Map<String, Outcome> judged = new java.util.HashMap<>();

    /** The file of the site a link's path names, and whether it is there. */
    private record SiteFile(String relative, boolean exists) {
    }

    /** What the walk found: every internal target, those of them not ok, and every external URL. */
    record Found(List<CheckedLink> internal, List<CheckedLink> internalNotOk, List<ExternalRef> external) {
    }

    record Target(LinkResult result, List<Location> places) {
    }

    /**
     * What a URL written in a page of a given folder comes to, whatever the page: a target of the
     * site with its verdict, an external URL, or nothing to check.
     */
    sealed interface Outcome {
    }

    /** @param key the target and the URL as written: links written alike to one target are judged once */
    record Local(String key, LinkResult result) implements Outcome {
    }

    record External(URI uri) implements Outcome {
    }

    /** A scheme that is not checked (the Markdown sanitiser drops data: and javascript: before this). */
    record Unchecked() implements Outcome {
    }

    /** @param memory the verdicts of the last check, reused for pages that did not change (see {@link LinkMemory}) */
    InternalChecker(SiteLinks site, LinkMemory memory) {
        this.siteFiles = site.files();
        this.siteDisplay = site.display();
        this.pages = site.pages();
        this.memory = memory;
    }

    /** What one page's links came to: its internal verdicts by key, and its external links. */
    record PageFound(Map<String, Target> internal, List<ExternalRef> external) {
    }

    /** @param questions the course's questions, for the source location of each link */
    Found check(List<Question> questions) {
        memory.begin(siteFiles, pages, questions);
        SourceLocator locator = memory.locator(questions);
        List<PageFound> found = new ArrayList<>(pages.size());
        for (RenderedPage page : pages.values()) { // in the site's order: the reports list links alike on every run
            found.add(memory.reuse(page).orElseGet(() -> {
                PageFound fresh = checkPage(page, locator);
                memory.keep(page, fresh);
                return fresh;
            }));
        }
        LinkTally tally = memory.tally();
        tally.count(found);
        return new Found(tally.internal(), tally.internalNotOk(), tally.external());
    }

    private PageFound checkPage(RenderedPage page, SourceLocator locator) {
        Map<String, Target> internal = new LinkedHashMap<>();
        List<ExternalRef> external = new ArrayList<>();
        String shown = siteDisplay + "/" + page.path();
        URI base = base(page);
        for (RenderedPage.Href href : page.links()) {
            if (href.url().isEmpty()) {
                continue;
            }
            String key = outcomeKey(page.path(), href.url());
            Outcome outcome = memory.outcome(page, key,
                    () -> judged.computeIfAbsent(key, k -> outcome(page, base, href.url())));
            if (outcome instanceof Local local) {
                add(internal, local.key(), local.result(), places(page, shown, href, locator));
            } else if (outcome instanceof External remote) {
                external.add(new ExternalRef(remote.uri(), places(page, shown, href, locator)));
            }
        }
        return new PageFound(internal, external);
    }

    /**
     * What a URL written on a page comes to depends on the page only through the document it is
     * resolved against and how the page climbs to the root (for suggestions): this key is the same
     * for every page where {@code url} comes to the same. A reference with no path ({@code #x},
     * {@code ?q}) is the page's own; {@code ../x} in {@code a/b/} is {@code x} in {@code a/}, so the
     * theme's {@code ../assets/quiz.css} is judged once for all ten thousand question pages, not
     * once each. Keyed by folder alone, a {@code #x} on one handout page was judged by another's anchors.
     */
    static String outcomeKey(String pagePath, String url) {
        boolean nested = pagePath.contains("/");
        char first = url.isEmpty() ? '#' : url.charAt(0);
        if (first == '#' || first == '?') {
            return pagePath + "\n" + url;
        }
        String folder = pagePath.substring(0, pagePath.lastIndexOf('/') + 1);
        int climbed = 0;
        while (url.startsWith("../", climbed) && !folder.isEmpty() && isPlainPath(url, climbed + 3)) {
            folder = folder.substring(0, folder.lastIndexOf('/', folder.length() - 2) + 1);
            climbed += 3;
        }
        return folder + "\n" + nested + "\n" + url;
    }

    /**
     * Whether the rest of a URL from {@code from} reads as a relative path on its own: not empty,
     * no root, query or fragment first, no scheme before its first slash.
     */
    private static boolean isPlainPath(String url, int from) {
        if (from >= url.length() || "/?#".indexOf(url.charAt(from)) >= 0) {
            return false;
        }
        int slash = url.indexOf('/', from);
        int colon = url.indexOf(':', from);
        return colon < 0 || slash >= 0 && slash < colon;
    }

    /** What {@code url}, written on {@code page} (resolved against {@code base}), comes to. */
    private Outcome outcome(RenderedPage page, URI base, String url) {
        Optional<URI> uri = parse(url);
        if (uri.isEmpty()) {
            return new Local(url, LinkResult.of(url, LinkClass.BROKEN, "malformed URL"));
        }
        String scheme = uri.get().getScheme() == null ? "" : uri.get().getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("http") || scheme.equals("https")) {
            return new External(uri.get());
        } else if (scheme.equals("mailto") || scheme.equals("tel")) {
            return new Local(url, ContactSyntax.problem(url)
                    .map(why -> LinkResult.of(url, LinkClass.BROKEN, why))
                    .orElse(LinkResult.of(url, LinkClass.OK, "syntax only")));
        } else if (scheme.isEmpty() && uri.get().getRawAuthority() != null) {
            // Protocol-relative (//host/path): the site is meant for https.
            return new External(URI.create("https:" + uri.get()));
        } else if (scheme.isEmpty()) {
            return local(page, base, url, uri.get());
        }
        return new Unchecked();
    }

    private Local local(RenderedPage page, URI base, String written, URI uri) {
        URI resolved = base.resolve(uri);
        String path = resolved.getPath() == null ? "/" : resolved.getPath();
        String fragment = resolved.getFragment();
        String key = path + (fragment == null ? "" : "#" + fragment) + " " + written;
        String root = page.path().contains("/") ? "../" : ""; // suggestions are written as this page would link
        return new Local(key, judge(written, path, fragment, root));
    }

    /** @param up how a link on this page climbs to the site root: {@code "../"} from a question's page */
    private LinkResult judge(String written, String path, String fragment, String up) {
        if (path.startsWith("/..")) {
            return LinkResult.of(written, LinkClass.BROKEN, "it points outside the site");
        }
        SiteFile file = files.computeIfAbsent(path.substring(1), this::fileOf);
        String relative = file.relative();
        if (!file.exists()) {
            return LinkResult.of(written, LinkClass.BROKEN, "no file " + relative + " in the site" + nearestPage(relative, up));
        }
        if (fragment != null && !Anchors.needsNoElement(fragment)) {
            RenderedPage target = pages.get(relative);
            if (target != null && !target.anchors().contains(fragment)) {
                return LinkResult.of(written, LinkClass.BROKEN, "no anchor #" + fragment + " in " + relative);
            }
        }
        return LinkResult.of(written, LinkClass.OK, relative);
    }

    /**
     * What was probably meant by a link to a missing file: a question's Markdown file
     * ({@code 000-idempotent-method.md}) or a misspelled id, as the link to that question's page.
     */
    private String nearestPage(String relative, String up) {
        String name = relative.endsWith("/index.html") ? relative.substring(0, relative.length() - "/index.html".length())
                : relative;
        name = name.substring(name.lastIndexOf('/') + 1);
        boolean markdown = name.toLowerCase(Locale.ROOT).endsWith(".md");
        String wanted = markdown ? dev.quizsite.parse.QuestionParser.slug(name.substring(0, name.length() - 3)) : name;
        List<String> ids = siteFiles.stream().filter(f -> f.endsWith("/index.html") && f.indexOf('/') == f.length() - 11)
                .map(f -> f.substring(0, f.length() - 11)).sorted().toList();
        Optional<String> id = ids.contains(wanted) ? Optional.of(wanted) : dev.quizsite.report.Suggestion.closest(wanted, ids);
        String link = id.map(i -> "`" + up + i + "/`").orElse("");
        if (markdown) {
            return "; links between questions take the form `" + up + "ID/`, not the question's file"
                    + (id.isPresent() ? ": did you mean " + link + "?" : "");
        }
        return id.map(i -> "; did you mean " + link + "?").orElse("");
    }

    /** The site file a path names (a folder names its index.html), if there is one. */
    private SiteFile fileOf(String relative) {
        if (siteFiles.contains(relative)) {
            return new SiteFile(relative, true);
        }
        boolean folder = relative.isEmpty() || relative.endsWith("/");
        String index = folder ? relative + "index.html" : relative + "/index.html";
        if (folder || siteFiles.contains(index)) {
            return new SiteFile(index, siteFiles.contains(index));
        }
        return new SiteFile(relative, false);
    }

    /** @param shown the page as messages name it */
    private List<Location> places(RenderedPage page, String shown, RenderedPage.Href href, SourceLocator locator) {
        List<Location> sources = locator.find(page.path(), href.url());
        return new ArrayList<>(!sources.isEmpty() ? sources : List.of(new Location(shown, href.line(), href.column())));
    }

    private static void add(Map<String, Target> internal, String key, LinkResult result, List<Location> places) {
        internal.computeIfAbsent(key, k -> new Target(result, new ArrayList<>())).places().addAll(places);
    }

    private static URI base(RenderedPage page) {
        try {
            return new URI("http", SITE_HOST, "/" + page.path(), null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("a site path that is not a URL path: " + page.path(), e);
        }
    }

    /** The URL, leniently: authors and browsers accept spaces that {@link URI} rejects. */
    static Optional<URI> parse(String url) {
        try {
            return Optional.of(ascii(new URI(url)));
        } catch (URISyntaxException e) {
            try {
                return Optional.of(ascii(new URI(url.replace(" ", "%20").replace("|", "%7C"))));
            } catch (URISyntaxException again) {
                return Optional.empty();
            }
        }
    }

    /**
     * An internationalised address ({@code https://例え.jp/論文}) as the ASCII form HTTP needs:
     * {@link URI} keeps such a host as an opaque authority, which the HTTP client refuses.
     */
    private static URI ascii(URI uri) throws URISyntaxException {
        if (uri.getHost() != null || uri.getRawAuthority() == null || uri.getScheme() == null) {
            return uri;
        }
        String authority = uri.getAuthority();
        int colon = authority.lastIndexOf(':');
        String host = colon > 0 && authority.substring(colon + 1).matches("\\d+") ? authority.substring(0, colon) : authority;
        int port = host.length() < authority.length() ? Integer.parseInt(authority.substring(colon + 1)) : -1;
        URI converted = new URI(uri.getScheme(), null, java.net.IDN.toASCII(host), port, uri.getPath(), uri.getQuery(),
                uri.getFragment());
        return URI.create(converted.toASCIIString());
    }
}
