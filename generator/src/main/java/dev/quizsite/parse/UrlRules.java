package dev.quizsite.parse;

import dev.quizsite.markdown.SafeUrls;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a question may link to, as messages for the author. The renderer drops unsafe URLs
 * anyway ({@link SafeUrls}); these rules tell the author, and refuse paths that leave the site.
 */
final class UrlRules {

    private static final String LINK_SCHEMES = "http, https, mailto, tel or a relative path";

    private UrlRules() {
    }

    /** Why a link's URL will be dropped from the page, if it will. */
    static Optional<String> unsafeLink(String url) {
        return SafeUrls.isSafeLink(url) ? Optional.empty()
                : Optional.of("link to " + shown(url) + " removed from the page; links may use " + LINK_SCHEMES);
    }

    /** Why an image's source will be dropped from the page, if it will. */
    static Optional<String> unsafeImage(String url) {
        return SafeUrls.isSafeImage(url) ? Optional.empty()
                : Optional.of("image source " + shown(url) + " removed from the page; images may use " + LINK_SCHEMES
                        + ", or data:image/png, gif, jpeg, webp or avif");
    }

    /** A reference is a source for the reader to open: an unsafe one is a mistake, not a detail. */
    static Optional<String> unsafeReference(String url) {
        return SafeUrls.isSafeLink(url) ? Optional.empty()
                : Optional.of("a reference must link to " + LINK_SCHEMES + ", not " + shown(url));
    }

    /**
     * A relative URL that climbs out of the site ({@code what}: "the link", "the image", …). A question's page is {@code <id>/index.html} (and
     * its file {@code questions/<name>.md}), one folder below the root: one {@code ../} reaches the
     * root, a second leaves it. A path from {@code /} depends on where the site is hosted.
     */
    static Optional<String> leavesSite(String what, String url) {
        String path = path(url);
        if (path.isEmpty() || hasScheme(url) || path.startsWith("//")) {
            return Optional.empty();
        }
        if (path.startsWith("/")) {
            return Optional.of(what + " " + shown(url) + " starts with `/`, which points outside the site when it is opened"
                    + " from a folder or a sub-path; write a relative path (such as `../other-question/`)"
                    + " or a full https:// URL");
        }
        int depth = 1;
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..")) {
                depth--;
                if (depth < 0) {
                    return Optional.of(what + " " + shown(url) + " leaves the site: from a question's page, `../` reaches"
                            + " the site root and one more `../` goes outside it; link inside the site"
                            + " or use a full https:// URL");
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                depth++;
            }
        }
        return Optional.empty();
    }

    /**
     * The host of a URL, internationalised names included: {@link java.net.URI} accepts
     * {@code https://例え.jp/} but gives it no host, so the authority is checked in its ASCII form.
     */
    static Optional<String> host(java.net.URI uri) {
        if (uri.getHost() != null) {
            return Optional.of(uri.getHost());
        }
        String authority = uri.getRawAuthority();
        if (authority == null) {
            return Optional.empty();
        }
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = host.lastIndexOf(':');
        if (colon >= 0) {
            String port = host.substring(colon + 1);
            if (!port.matches("[0-9]{0,5}")) {
                return Optional.empty();
            }
            host = host.substring(0, colon);
        }
        try {
            String ascii = java.net.IDN.toASCII(host, java.net.IDN.ALLOW_UNASSIGNED);
            return ascii.matches("[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?") ? Optional.of(ascii) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The path part, as a browser or file system would read it: decoded, with {@code \} as {@code /}. */
    private static String path(String url) {
        String path = url.strip();
        int end = indexOfAny(path, "?#");
        if (end >= 0) {
            path = path.substring(0, end);
        }
        return percentDecode(path).replace('\\', '/');
    }

    private static boolean hasScheme(String url) {
        return !SafeUrls.scheme(url).isEmpty();
    }

    private static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '%' && i + 2 < bytes.length
                    && Character.digit(bytes[i + 1], 16) >= 0 && Character.digit(bytes[i + 2], 16) >= 0) {
                out.write(Character.digit(bytes[i + 1], 16) * 16 + Character.digit(bytes[i + 2], 16));
                i += 2;
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A URL quoted in a message: on one line (control characters written as {@code \\uXXXX}, so a
     * disguised scheme shows its disguise), and short.
     */
    static String shown(String url) {
        StringBuilder out = new StringBuilder("`");
        int limit = 80;
        for (int i = 0; i < url.length(); i++) {
            if (out.length() > limit) {
                out.append('…');
                break;
            }
            char c = url.charAt(i);
            if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (Character.isISOControl(c) || c == '`') {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('`').toString();
    }
}
