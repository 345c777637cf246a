package dev.quizsite.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The shipped bundles are complete, well-formed ICU, and use each language's plural categories. */
class BundlesTest {

    private static Map<String, String> bundle(String tag) {
        return Bundles.bundle(tag).orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "ar"})
    void everyBundleHasExactlyTheEnglishKeys(String tag) {
        assertThat(bundle(tag).keySet()).as(tag).containsExactlyInAnyOrderElementsOf(Bundles.keys());
    }

    @Test
    void theShippedLanguagesAreTheFour() {
        assertThat(Bundles.SHIPPED).containsExactly("en", "de", "fr", "ar");
        assertThat(Bundles.keys()).hasSizeGreaterThan(40).contains("check", "try-again", "score");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "ar"})
    void everyMessageIsValidIcuWithTheEnglishArguments(String tag) {
        List<String> wrong = new ArrayList<>();
        bundle(tag).forEach((key, pattern) -> {
            MessageSyntax.problem(pattern).ifPresent(problem -> wrong.add(key + ": " + problem));
            if (MessageSyntax.problem(pattern).isEmpty()) {
                // A translation may drop an argument (Arabic says "one question" in words) but not invent one.
                Set<String> english = MessageSyntax.arguments(bundle("en").get(key));
                if (!english.containsAll(MessageSyntax.arguments(pattern))) {
                    wrong.add(key + ": arguments " + MessageSyntax.arguments(pattern) + ", English has " + english);
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    /** Each plural in a bundle names exactly the CLDR categories of its language: none missing, none extra. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "ar"})
    void pluralsHaveExactlyTheLanguagesCategories(String tag) {
        Set<String> categories = new TreeSet<>(PluralRules.forLocale(ULocale.forLanguageTag(tag)).getKeywords());
        Pattern plural = Pattern.compile("\\{\\w+, plural,");
        int plurals = 0;
        for (Map.Entry<String, String> entry : bundle(tag).entrySet()) {
            if (!plural.matcher(entry.getValue()).find()) {
                continue;
            }
            plurals++;
            Object form = MessageSyntax.scriptForm(entry.getValue(), ULocale.forLanguageTag(tag));
            assertThat(form).isInstanceOf(Map.class);
            Set<String> selectors = new TreeSet<>();
            Matcher m = Pattern.compile("(?:plural,|\\})\\s*(zero|one|two|few|many|other)\\s*\\{").matcher(entry.getValue());
            while (m.find()) {
                selectors.add(m.group(1));
            }
            assertThat(selectors).as(tag + " " + entry.getKey()).isEqualTo(categories);
        }
        assertThat(plurals).as("plural messages in " + tag).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theFallbackGoesFromTheRegionToTheLanguageToEnglish() {
        assertThat(Bundles.fallbacks("de-CH")).containsExactly("de-CH", "de", "en");
        assertThat(Bundles.fallbacks("de-ch")).containsExactly("de-CH", "de", "en");
        assertThat(Bundles.fallbacks("zh-Hant-TW")).containsExactly("zh-Hant-TW", "zh-Hant", "zh", "en");
        assertThat(Bundles.fallbacks("en-GB")).containsExactly("en-GB", "en");
        Bundles.Resolution swiss = Bundles.resolve("de-CH", Map.of());
        assertThat(swiss.missing()).isEmpty();
        assertThat(swiss.messages().format("check", Map.of())).contains("Prüfen");
        assertThat(swiss.messages().language()).isEqualTo("de-CH");
        assertThat(Bundles.resolve("en-GB", Map.of()).missing()).isEmpty();
    }

    @Test
    void aLanguageWithoutABundleIsEnglishWithEveryKeyMissing() {
        Bundles.Resolution dutch = Bundles.resolve("nl", Map.of("check", "Controleren"));
        assertThat(dutch.messages().format("check", Map.of())).contains("Controleren");
        assertThat(dutch.messages().format("try-again", Map.of())).contains("Try again");
        assertThat(dutch.missing()).hasSize(Bundles.keys().size() - 1).doesNotContain("check").contains("try-again");
    }

    @Test
    void rightToLeftComesFromIcusScriptData() {
        for (String tag : List.of("ar", "he", "fa", "ur", "ar-EG")) {
            assertThat(Bundles.resolve(tag, Map.of()).messages().direction()).as(tag).isEqualTo("rtl");
        }
        for (String tag : List.of("en", "de", "fr", "de-CH", "zh-Hant-TW")) {
            assertThat(Bundles.resolve(tag, Map.of()).messages().direction()).as(tag).isEqualTo("ltr");
        }
    }

    /** quiz.js and progress.js ask for exactly the keys messages.js delivers: none forgotten, none shipped for nothing. */
    @Test
    void quizJsUsesExactlyTheScriptKeys() throws IOException {
        String js = Files.readString(Path.of("src/main/resources/dev/quizsite/theme/assets/quiz.js"),
                StandardCharsets.UTF_8) + Files.readString(Path.of("src/main/resources/dev/quizsite/theme/assets/progress.js"),
                StandardCharsets.UTF_8);
        // Every quoted word that is a message key: keys reach t() directly, through a conditional, or
        // as a kind's argument (entryKind(form, 'type-first', …)).
        Set<String> used = new TreeSet<>();
        Matcher m = Pattern.compile("'([a-z]+(?:-[a-z]+)*)'").matcher(js);
        while (m.find()) {
            if (Bundles.keys().contains(m.group(1))) {
                used.add(m.group(1));
            }
        }
        assertThat(used).containsExactlyInAnyOrderElementsOf(Messages.SCRIPT_KEYS);
        assertThat(Bundles.keys()).containsAll(Messages.SCRIPT_KEYS);
    }

    @Test
    void theScriptHasEveryArabicPluralFormWithPlaceholders() {
        String script = Bundles.resolve("ar", Map.of()).messages().script();
        assertThat(script).startsWith("/* Quizsite: ").contains("window.quizsiteMessages = {\"language\":\"ar\"");
        assertThat(script).contains("\"result-wrong-chosen\":{\"arg\":\"wrong\",\"zero\":",
                "\"two\":\"✗ إجابة خاطئة: اخترت خيارين خاطئين.\"",
                "\"few\":\"✗ إجابة خاطئة: اخترت {wrong} خيارات خاطئة.\"");
        String english = Bundles.english().script();
        assertThat(english).contains("\"result-wrong-chosen\":{\"arg\":\"wrong\","
                        + "\"one\":\"✗ Wrong: {wrong} wrong option chosen.\","
                        + "\"other\":\"✗ Wrong: {wrong} wrong options chosen.\"}",
                "\"score\":\"{right} of {total} right at the first try, {partial} partly right ({tried} tried).\"");
    }

    @Test
    void scriptFormKeepsQuotedTextAndExplicitCases() {
        assertThat(MessageSyntax.scriptForm("It''s '{'literal'}' {n}", ULocale.ENGLISH))
                .isEqualTo("It's {literal} {n}");
        assertThat(MessageSyntax.scriptForm("{n, plural, =0 {none} one {# item} other {# items}}!", ULocale.ENGLISH))
                .isEqualTo(Map.of("arg", "n", "=0", "none!", "one", "{n} item!", "other", "{n} items!"));
    }

    /** The README's table of message keys is the English bundle, every key with its text, in the bundle's order. */
    @Test
    void theReadmeListsEveryKeyWithItsEnglishText() throws IOException {
        List<String> readme = new ArrayList<>();
        String text = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        int table = text.indexOf("| key | English |");
        assertThat(table).as("the README's table of messages").isPositive();
        Matcher row = Pattern.compile("(?m)^\\| `([a-z-]+)` \\| (.*) \\|$").matcher(text.substring(table, text.indexOf("\n\n", table)));
        while (row.find()) {
            readme.add(row.group(1) + " = " + row.group(2).replace("\\|", "|"));
        }
        List<String> bundle = Files.readAllLines(Path.of("src/main/resources/dev/quizsite/i18n/messages_en.properties"),
                StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertThat(readme).containsExactlyElementsOf(bundle);
        assertThat(bundle).hasSameSizeAs(Bundles.keys());
    }

    /** A key given twice in a bundle silently keeps the last (java.util.Properties): a merge once left an old `score`. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "ar"})
    void noBundleGivesAKeyTwice(String language) throws IOException {
        List<String> keys = Files.readAllLines(Path.of("src/main/resources/dev/quizsite/i18n/messages_" + language
                + ".properties"), StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.substring(0, l.indexOf('=')).strip()).toList();
        assertThat(keys).as(language).doesNotHaveDuplicates().hasSameSizeAs(Bundles.keys());
    }
}
