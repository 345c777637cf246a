package dev.quizsite.serve;

import dev.quizsite.i18n.Messages;
import dev.quizsite.text.Markup;
import java.util.Map;

/**
 * The page the preview shows instead of the course while the course has errors: every problem
 * with its {@code file:line:col}, and the live-reload script, so that it turns back into the
 * course as soon as the files are fixed. Served only by the preview, never written to the site.
 */
final class ErrorPage {

    private ErrorPage() {
    }

    static String render(BuildState state) {
        // The words around the problems are in the course's language; the problems, like a
        // compiler's, in English (they are what an author searches for), read left to right.
        Messages messages = state.messages();
        String title = Markup.escape(messages.text("preview-errors-title", Map.of()));
        StringBuilder html = new StringBuilder(2048).append("""
                <!DOCTYPE html>
                <html lang="%s"%s>
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Quizsite: %s</title>
                <link rel="stylesheet" href="/__quizsite/overlay.css">
                </head>
                <body>
                <main id="quizsite-errors" class="quizsite-overlay">
                <h1>%s</h1>
                <p>%s</p>
                <ol class="problems" dir="ltr">
                """.formatted(Markup.escape(messages.language()), messages.direction().equals("rtl") ? " dir=\"rtl\"" : "",
                title, title, Markup.escape(messages.text("preview-errors-text", Map.of()))));
        for (String problem : state.problems()) {
            html.append("<li><code>").append(Markup.escape(problem)).append("</code></li>\n");
        }
        return html.append("</ol>\n</main>\n")
                .append(HtmlInjection.scriptTag(state.version()))
                .append("\n</body>\n</html>\n")
                .toString();
    }

}
