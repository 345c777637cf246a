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
    private final SourceLocator locator;
    private final Map<String, SiteFile> files = new java.util.HashMap<>();
    /** Verdicts by target and URL as written, once per check however many pages link there. */
    private final Map<String, LinkResult> judged = new java.util.HashMap<>();

    /** The file of the site a link's path names, and whether it is there. */
    private record SiteFile(String relative, boolean exists) {
    }

    /** What the walk found. */
    record Found(List<CheckedLink> internal, List<ExternalRef> external) {
    }

    record Target(LinkResult result, List<Location> places) {
    }

    InternalChecker(SiteLinks site, SourceLocator locator) {
        this.siteFiles = site.files();
        this.siteDisplay = site.display();
        this.pages = site.pages();
        this.locator = locator;
    }

    /** What one page's links came to: its internal verdicts by key, and its external links. */
    record PageFound(Map<String, Target> internal, List<ExternalRef> external) {
    }

    /** @param memory the verdicts of the last check, reused for pages that did not change (see {@link LinkMemory}) */
    Found check(LinkMemory memory, List<Question> questions) {
        memory.begin(siteFiles, pages, questions);
        Map<String, Target> internal = new LinkedHashMap<>();
        List<ExternalRef> external = new ArrayList<>();
        for (RenderedPage page : pages.values()) {
            PageFound found = memory.reuse(page).orElseGet(() -> {
                PageFound fresh = checkPage(page);
                memory.keep(page, fresh);
                return fresh;
            });
            found.internal().forEach((key, target) -> add(internal, key, target.result(), target.places()));
            external.addAll(found.external());
        }
        List<CheckedLink> checked = new ArrayList<>();
        internal.values().forEach(t -> checked.add(new CheckedLink(false, t.result(), t.places())));
        return new Found(checked, external);
    }

    private PageFound checkPage(RenderedPage page) {
        Map<String, Target> internal = new LinkedHashMap<>();
        List<ExternalRef> external = new ArrayList<>();
        for (RenderedPage.Href href : page.links()) {
            if (href.url().isEmpty()) {
                continue;
            }
            List<Location> places = places(page, href);
            Optional<URI> uri = parse(href.url());
            if (uri.isEmpty()) {
                add(internal, href.url(), LinkResult.of(href.url(), LinkClass.BROKEN, "malformed URL"), places);
                continue;
            }
            String scheme = uri.get().getScheme() == null ? "" : uri.get().getScheme().toLowerCase(Locale.ROOT);
            if (scheme.equals("http") || scheme.equals("https")) {
                external.add(new ExternalRef(uri.get(), places));
            } else if (scheme.equals("mailto") || scheme.equals("tel")) {
                LinkResult result = ContactSyntax.problem(href.url())
                        .map(why -> LinkResult.of(href.url(), LinkClass.BROKEN, why))
                        .orElse(LinkResult.of(href.url(), LinkClass.OK, "syntax only"));
                add(internal, href.url(), result, places);
            } else if (scheme.isEmpty() && uri.get().getRawAuthority() != null) {
                // Protocol-relative (//host/path): the site is meant for https.
                external.add(new ExternalRef(URI.create("https:" + uri.get()), places));
            } else if (scheme.isEmpty()) {
                checkLocal(page, href.url(), uri.get(), places, internal);
            }
            // Other schemes (data:, javascript:) never get this far: the Markdown sanitiser drops them.
        }
        return new PageFound(internal, external);
    }

    private void checkLocal(RenderedPage page, String written, URI uri, List<Location> places, Map<String, Target> internal) {
        URI resolved = base(page).resolve(uri);
        String path = resolved.getPath() == null ? "/" : resolved.getPath();
        String fragment = resolved.getFragment();
        String key = path + (fragment == null ? "" : "#" + fragment) + " " + written;
        String root = page.path().contains("/") ? "../" : ""; // suggestions are written as this page would link
        add(internal, key, judged.computeIfAbsent(root + " " + key, k -> judge(written, path, fragment, root)), places);
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

    private List<Location> places(RenderedPage page, RenderedPage.Href href) {
        List<Location> sources = locator.find(page.path(), href.url());
        return new ArrayList<>(!sources.isEmpty() ? sources
                : List.of(new Location(siteDisplay + "/" + page.path(), href.line(), href.column())));
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
