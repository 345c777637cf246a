package dev.quizsite.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Checks the base URL of the published site, which sitemap, canonical links and Open Graph need. */
public final class BaseUrl {

    private BaseUrl() {
    }

    /** Either a checked base URL (always ending with {@code /}) or why the text is not one. */
    public record Result(Optional<String> url, Optional<String> problem) {
        static Result valid(String url) {
            return new Result(Optional.of(url), Optional.empty());
        }

        static Result invalid(String problem) {
            return new Result(Optional.empty(), Optional.of(problem));
        }
    }

    public static Result check(String text) {
        String trimmed = text.strip();
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            return Result.invalid("`" + trimmed + "` is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            return Result.invalid("the base URL must be an absolute http(s) URL such as"
                    + " https://example.github.io/course/, not `" + trimmed + "`");
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
            return Result.invalid("the base URL must not have a query or fragment: `" + trimmed + "`");
        }
        return Result.valid(trimmed.endsWith("/") ? trimmed : trimmed + "/");
    }
}
