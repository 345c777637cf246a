package dev.quizsite.serve;

import java.util.Locale;

/**
 * Adds the live-reload script to an HTML response of the preview. The built files never contain
 * it. The script is external (not inline) because every page's Content-Security-Policy allows
 * scripts only from its own origin.
 */
final class HtmlInjection {

    static final String SCRIPT_PATH = "/__quizsite/livereload.js";

    private HtmlInjection() {
    }

    /** The build number rides on the URL, so the script knows which build the page shows. */
    static String scriptTag(long version) {
        return "<script src=\"" + SCRIPT_PATH + "?v=" + version + "\" defer></script>";
    }

    static String inject(String html, long version) {
        int head = html.toLowerCase(Locale.ROOT).indexOf("</head>");
        String tag = scriptTag(version) + "\n";
        return head < 0 ? html + tag : html.substring(0, head) + tag + html.substring(head);
    }
}
