package dev.quizsite.markdown;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a URL from a question may appear in a page. An allow-list of schemes, applied
 * after removing what browsers ignore (whitespace and control characters anywhere in the scheme),
 * so that {@code JaVa\tScRiPt:} and friends are caught.
 */
public final class SafeUrls {

    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");
    private static final Pattern DATA_IMAGE = Pattern.compile("^data:image/(png|gif|jpeg|webp|avif);");

    private SafeUrls() {
    }

    /** A link target: http(s), mailto, tel, or a relative URL. */
    public static boolean isSafeLink(String url) {
        String scheme = scheme(url);
        return scheme.isEmpty() || LINK_SCHEMES.contains(scheme);
    }

    /** An image source: as links, plus raster {@code data:image/…} URLs (never SVG, which can hold script). */
    public static boolean isSafeImage(String url) {
        return isSafeLink(url) || DATA_IMAGE.matcher(squeeze(url)).find();
    }

    /** The scheme in lower case, or "" for a relative URL. */
    public static String scheme(String url) {
        Matcher m = SCHEME.matcher(squeeze(url));
        if (m.find()) {
            return m.group(1);
        }
        // "foo:" with characters a scheme cannot have before the colon is still treated as a scheme
        // by some browsers when they are stripped; be conservative.
        String squeezed = squeeze(url);
        int colon = squeezed.indexOf(':');
        int slash = indexOfAny(squeezed, "/?#");
        return colon >= 0 && (slash < 0 || colon < slash) ? squeezed.substring(0, colon) : "";
    }

    private static String squeeze(String url) {
        StringBuilder out = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c > 0x20 && c != 0x7f && !Character.isWhitespace(c) && !Character.isISOControl(c)) {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
