package dev.quizsite.links;

import java.util.Objects;

/**
 * The verdict on one URL (fragment included).
 *
 * @param url       the URL as checked
 * @param linkClass the verdict
 * @param status    the last HTTP status seen, 0 when there was none (internal links, network errors)
 * @param detail    the reason in words, as shown in parentheses after the URL ("404 Not Found")
 * @param finalUrl  where redirects ended, "" when there were none
 * @param permanent whether the first redirect was permanent (301, 308): the source should be updated
 * @param requests  HTTP requests sent for this URL in this build (0 for a cached result)
 * @param cached    whether the verdict came from the cache of earlier successes
 */
public record LinkResult(String url, LinkClass linkClass, int status, String detail, String finalUrl,
        boolean permanent, int requests, boolean cached) {

    public LinkResult {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(linkClass, "linkClass");
        detail = detail == null ? "" : detail;
        finalUrl = finalUrl == null ? "" : finalUrl;
    }

    public static LinkResult of(String url, LinkClass linkClass, String detail) {
        return new LinkResult(url, linkClass, 0, detail, "", false, 0, false);
    }

    public LinkResult withUrl(String newUrl) {
        return new LinkResult(newUrl, linkClass, status, detail, finalUrl, permanent, requests, cached);
    }

    public LinkResult withClass(LinkClass newClass, String newDetail) {
        return new LinkResult(url, newClass, status, newDetail, finalUrl, permanent, requests, cached);
    }
}
