package dev.quizsite.i18n;

import dev.quizsite.text.Json;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.text.FieldPosition;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The UI messages of one course: every key of the English bundle, in the course's language where
 * a bundle or the author has it. Immutable and safe to share between the threads that render pages.
 *
 * <p>Formatting uses ICU with the course's locale, never the JVM's default, so that a build gives
 * the same bytes on any machine.
 */
public final class Messages {

    /** The keys quiz.js shows, delivered to it in {@code assets/messages.js}. */
    public static final List<String> SCRIPT_KEYS = List.of(
            "result-correct", "result-partly", "result-partly-wrong", "result-wrong", "result-wrong-chosen",
            "verdict-right", "verdict-wrong", "verdict-missed", "choose-first",
            "state-right", "state-partial", "state-wrong", "state-not-tried", "score",
            "result-partly-items", "result-partly-pairs", "verdict-belongs", "verdict-match", "type-first",
            "type-number-first", "not-a-number", "place-each", "match-each", "state-revealed", "attempts-line",
            "retry-next", "results-link", "continue", "start",
            "review-due", "review-box", "review-today", "review-next-day", "review-empty", "review-next", "review-back",
            "export-done", "import-done", "import-done-skipped", "import-not-progress", "import-newer",
            "import-other-course", "import-damaged");

    private final String language;
    private final ULocale locale;
    private final Map<String, String> patterns;
    /** Messages without arguments, formatted once: most of a page's strings. */
    private final Map<String, String> texts;

    private Messages(String language, Map<String, String> patterns) {
        this.language = language;
        this.locale = ULocale.forLanguageTag(language);
        this.patterns = Collections.unmodifiableMap(new TreeMap<>(patterns));
        Map<String, String> plain = new TreeMap<>();
        this.patterns.forEach((key, pattern) -> {
            if (MessageSyntax.arguments(pattern).isEmpty()) {
                plain.put(key, formatPattern(pattern, Map.of()));
            }
        });
        this.texts = Collections.unmodifiableMap(plain);
    }

    static Messages of(String language, Map<String, String> patterns) {
        return new Messages(language, patterns);
    }

    /** The BCP 47 tag these messages are for, in canonical case ({@code de-CH}). */
    public String language() {
        return language;
    }

    /**
     * {@code rtl} for languages written right to left (Arabic, Hebrew, Persian, Urdu, …, as ICU's
     * likely-script data says), else {@code ltr}.
     */
    public String direction() {
        return locale.isRightToLeft() ? "rtl" : "ltr";
    }

    /** The ICU pattern of {@code key}, if the key exists. */
    public Optional<String> pattern(String key) {
        return Optional.ofNullable(patterns.get(key));
    }

    /**
     * A message the plugin itself uses, which every bundle has (a missing translation falls back
     * to English): for the few words the Java side writes into pages (chart summaries, titles).
     */
    public String text(String key, Map<String, ?> args) {
        return format(key, args).orElseThrow(() -> new IllegalStateException("the plugin's bundles lack the message " + key));
    }

    /** The message {@code key} formatted with {@code args} (numbers are formatted for the language). */
    public Optional<String> format(String key, Map<String, ?> args) {
        if (args.isEmpty() && texts.containsKey(key)) {
            return Optional.of(texts.get(key));
        }
        return pattern(key).map(pattern -> formatPattern(pattern, args));
    }

    private String formatPattern(String pattern, Map<String, ?> args) {
        // A new MessageFormat per call: ICU's formats are not thread-safe, and pages render in parallel.
        @SuppressWarnings("unchecked")
        Map<String, Object> arguments = (Map<String, Object>) args;
        return new MessageFormat(pattern, locale).format(arguments, new StringBuffer(), new FieldPosition(0))
                .toString();
    }

    /**
     * Everything these messages are: the language and every pattern, for a key of what pages are
     * made from. {@link #script()} holds only the messages quiz.js shows, not those the templates show.
     */
    public String fingerprint() {
        return language + "\n" + patterns;
    }

    /**
     * {@code assets/messages.js}: the messages quiz.js shows, with plural variants already picked
     * apart by ICU (see {@link MessageSyntax#scriptForm}). A script file rather than JSON because
     * pages opened from {@code file://} cannot fetch JSON in Chromium, and the CSP allows scripts
     * from the site itself but no inline script.
     */
    public String script() {
        StringBuilder json = new StringBuilder(2048).append("{\"language\":");
        Json.string(json, language);
        json.append(",\"messages\":{");
        String separator = "";
        for (String key : SCRIPT_KEYS) {
            json.append(separator);
            Json.string(json, key);
            json.append(':');
            Json.value(json, MessageSyntax.scriptForm(patterns.get(key), locale));
            separator = ",";
        }
        json.append("}}");
        return "/* Quizsite: the messages quiz.js shows, in this course's language; written by the build"
                + " from the message bundles. */\nwindow.quizsiteMessages = " + json + ";\n";
    }
}
