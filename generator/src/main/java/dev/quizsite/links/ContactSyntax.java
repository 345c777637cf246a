package dev.quizsite.links;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code mailto:} and {@code tel:} links are only checked for syntax: no request could tell
 * whether a mailbox or a phone number exists.
 */
final class ContactSyntax {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s,;<>()\\[\\]\"]+@[^@\\s,;<>()\\[\\]\"]+\\.[^@\\s,;<>()\\[\\]\".]+");
    /** Digits with the visual separators RFC 3966 allows, an optional leading +. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9().\\- ]{2,30}");

    private ContactSyntax() {
    }

    /** Why the link is malformed; empty when it is fine. */
    static Optional<String> problem(String url) {
        int colon = url.indexOf(':');
        String scheme = url.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT);
        String rest = decode(url.substring(colon + 1));
        if (scheme.equals("mailto")) {
            String addresses = rest.contains("?") ? rest.substring(0, rest.indexOf('?')) : rest;
            if (addresses.isBlank()) {
                return rest.contains("?to=") ? Optional.empty() : Optional.of("no e-mail address");
            }
            for (String address : addresses.split(",")) {
                if (!ADDRESS.matcher(address.trim()).matches()) {
                    return Optional.of("`" + address.trim() + "` is not an e-mail address");
                }
            }
            return Optional.empty();
        }
        String number = rest.contains(";") ? rest.substring(0, rest.indexOf(';')) : rest;
        return PHONE.matcher(number.trim()).matches() ? Optional.empty()
                : Optional.of("`" + number.trim() + "` is not a phone number");
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
