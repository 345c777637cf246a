package dev.quizsite.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The message bundles shipped in the plugin ({@code dev/quizsite/i18n/messages_TAG.properties},
 * UTF-8, values in ICU MessageFormat) and the choice of messages for a course's language.
 */
public final class Bundles {

    /** The languages shipped complete; English is the reference every other bundle must match. */
    public static final List<String> SHIPPED = List.of("en", "de", "fr", "ar");

    public static final String ENGLISH = "en";

    private static final String FOLDER = "/dev/quizsite/i18n/";

    private static final Map<String, String> EN = bundle(ENGLISH).orElseThrow(
            () -> new IllegalStateException("the plugin jar lacks its English messages"));

    private static final Set<String> KEYS = Collections.unmodifiableSet(new LinkedHashSet<>(keysInFileOrder()));

    private Bundles() {
    }

    /** Every message key, in the order of the English bundle (the README's order). */
    public static Set<String> keys() {
        return KEYS;
    }

    /** The English messages, for pages rendered without a course (tests, the preview's error page). */
    public static Messages english() {
        return Messages.of(ENGLISH, EN);
    }

    /**
     * The bundle of exactly this tag ({@code de-CH} reads {@code messages_de_CH.properties}),
     * without fallback; empty when the plugin has none.
     */
    public static Optional<Map<String, String>> bundle(String tag) {
        String name = FOLDER + "messages_" + tag.replace('-', '_') + ".properties";
        try (InputStream in = Bundles.class.getResourceAsStream(name)) {
            if (in == null) {
                return Optional.empty();
            }
            // Strict UTF-8: a bundle saved in Latin-1 is a packaging mistake, not text to guess at.
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            Properties properties = new Properties();
            properties.load(reader);
            Map<String, String> messages = new TreeMap<>();
            properties.stringPropertyNames().forEach(key -> messages.put(key, properties.getProperty(key)));
            return Optional.of(Collections.unmodifiableMap(messages));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the plugin's messages " + name, e);
        }
    }

    /**
     * The tags to look up for {@code language}, most specific first and English last:
     * {@code de-CH} → {@code de-CH}, {@code de}, {@code en}.
     */
    public static List<String> fallbacks(String language) {
        // Locale.forLanguageTag gives the canonical case (de-ch → de-CH) whatever the JVM's locale.
        String tag = Locale.forLanguageTag(language).toLanguageTag();
        List<String> chain = new ArrayList<>();
        for (String t = tag; !t.isEmpty(); t = t.contains("-") ? t.substring(0, t.lastIndexOf('-')) : "") {
            if (!t.equals("und")) {
                chain.add(t);
            }
        }
        chain.remove(ENGLISH);
        chain.add(ENGLISH);
        return List.copyOf(chain);
    }

    /**
     * The messages for {@code language}: each key from the most specific bundle that has it, then
     * from the author's {@code overrides}; a key no bundle of the language has (nor an override)
     * is shown in English and listed in {@link Resolution#missing()}.
     */
    public static Resolution resolve(String language, Map<String, String> overrides) {
        List<String> chain = fallbacks(language);
        Map<String, String> chosen = new TreeMap<>(EN);
        Set<String> translated = new LinkedHashSet<>();
        boolean english = chain.get(0).equals(ENGLISH) || chain.get(0).startsWith(ENGLISH + "-");
        for (int i = chain.size() - 1; i >= 0; i--) {
            String tag = chain.get(i);
            Optional<Map<String, String>> bundle = bundle(tag);
            if (bundle.isPresent() && !tag.equals(ENGLISH)) {
                bundle.get().forEach((key, value) -> {
                    if (EN.containsKey(key)) { // a stale key in a bundle is a test failure, not output
                        chosen.put(key, value);
                        translated.add(key);
                    }
                });
            }
        }
        chosen.putAll(overrides);
        translated.addAll(overrides.keySet());
        List<String> missing = english ? List.of()
                : KEYS.stream().filter(key -> !translated.contains(key)).toList();
        return new Resolution(Messages.of(Locale.forLanguageTag(language).toLanguageTag(), chosen), missing);
    }

    /**
     * @param missing keys shown in English although the course's language is another, in the
     *                English bundle's order; empty for English courses and complete translations
     */
    public record Resolution(Messages messages, List<String> missing) {
        public Resolution {
            missing = List.copyOf(missing);
        }
    }

    private static List<String> keysInFileOrder() {
        // Properties forgets the order; the README and error messages list keys as the file does.
        try (InputStream in = Bundles.class.getResourceAsStream(FOLDER + "messages_en.properties")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> keys = new ArrayList<>();
            for (String line : text.split("\n")) {
                String trimmed = line.strip();
                int eq = trimmed.indexOf('=');
                if (!trimmed.isEmpty() && !trimmed.startsWith("#") && eq > 0) {
                    keys.add(trimmed.substring(0, eq).strip());
                }
            }
            if (!new TreeMap<>(EN).keySet().equals(new java.util.TreeSet<>(keys))) {
                throw new IllegalStateException("messages_en.properties must have one `key = value` per line");
            }
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
