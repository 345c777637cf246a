package dev.quizsite.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quizsite.config.CourseConfig;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's output does not depend on the machine's locale: the repository's course (with its
 * charts' numbers) in English and in Arabic gives byte-identical sites under a JVM whose default
 * locale is English, Arabic (other digits, other decimal separator) or German (decimal comma).
 */
class LocaleIndependenceTest {

    @TempDir
    Path root;

    private Map<String, String> build(String language, Locale jvmDefault, String name) {
        Locale before = Locale.getDefault();
        Locale.setDefault(jvmDefault);
        try {
            Path project = Path.of("..").toAbsolutePath().normalize();
            Path site = root.resolve(name);
            BuildSettings settings = new BuildSettings(project, project.resolve("questions"), site,
                    Optional.empty(), Optional.empty(), Optional.of(project.resolve("site-src/data")), Optional.empty(),
                    new CourseConfig(Optional.empty(), Optional.empty(), Optional.of(language), Optional.empty(),
                            java.util.List.of(), Optional.empty(), Optional.empty()), true);
            BuildResult result = new SiteBuilder().build(settings);
            assertThat(result.report().problems()).as(name).isEmpty();
            Map<String, String> tree = Trees.snapshot(site);
            tree.remove(".quizsite"); // the marker file, not part of the site
            return tree;
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theSameBytesUnderAnyDefaultLocale() {
        for (String language : java.util.List.of("en", "ar")) {
            Map<String, String> reference = build(language, Locale.ROOT, language + "-root");
            assertThat(reference).containsKey("index.html").hasSizeGreaterThan(5);
            for (Locale jvm : java.util.List.of(Locale.forLanguageTag("ar-EG"), Locale.forLanguageTag("de-DE"),
                    Locale.forLanguageTag("fr-FR"), Locale.forLanguageTag("th-TH-u-nu-thai"))) {
                assertThat(build(language, jvm, language + "-" + jvm.toLanguageTag()))
                        .as(language + " course under " + jvm.toLanguageTag()).isEqualTo(reference);
            }
        }
    }
}
