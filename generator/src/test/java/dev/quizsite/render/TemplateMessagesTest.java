package dev.quizsite.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Template mistakes name the variable that does not exist, the ones that do, and the one meant. */
class TemplateMessagesTest {

    @TempDir
    Path templates;

    static final Map<String, Object> CONTEXT = Map.of(
            "site", Map.of("title", "T", "language", "en", "root", ""),
            "question", Map.of("options", List.of(Map.of("html", "a", "number", 1))));

    String failure(String template) throws Exception {
        Files.createDirectories(templates.resolve("partials"));
        Files.writeString(templates.resolve("partials/footer.peb"), template);
        PageRenderer.TemplateException e = catchThrowableOfType(PageRenderer.TemplateException.class,
                () -> new PageRenderer(Optional.of(templates)).render("partials/footer.peb", CONTEXT));
        assertThat(e.template()).isEqualTo("partials/footer.peb");
        return e.line() + ": " + e.getMessage();
    }

    @Test
    void aMisspelledAttributeOfAMap() throws Exception {
        // regression: "Attribute [titel] of [java.util.HashMap] does not exist or can not be accessed and strict variables is set to true."
        assertThat(failure("<footer>\n{{ site.titel }}</footer>\n")).isEqualTo(
                "2: `site` has no `titel`; did you mean `title`? (it has `language`, `root`, `title`)");
    }

    @Test
    void aMisspelledVariable() throws Exception {
        assertThat(failure("{{ stie.title }}\n")).isEqualTo(
                "1: there is no variable `stie`; did you mean `site`? (this template has `question`, `site`)");
    }

    @Test
    void aLoopVariablesAttributeIsSuggestedFromAllKnownNames() throws Exception {
        assertThat(failure("{% for o in question.options %}\n{{ o.htm }}\n{% endfor %}\n")).isEqualTo(
                "2: `htm` does not exist in `o`; did you mean `html`?");
    }
}
