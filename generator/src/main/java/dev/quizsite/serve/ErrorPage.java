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
        // compiler's, in English (they are what an author searches for).
        Messages messages = state.messages();
        String title = Markup.escape(messages.format("preview-errors-title", Map.of()).orElseThrow());
        StringBuilder html = new StringBuilder(2048).append("<!DOCTYPE html>\n<html lang=\"")
                .append(Markup.escape(messages.language())).append('"')
                .append(messages.direction().equals("rtl") ? " dir=\"rtl\"" : "").append(">\n").append("""
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                """).append("<title>Quizsite: ").append(title).append("</title>\n").append("""
                <link rel="stylesheet" href="/__quizsite/overlay.css">
                </head>
                <body>
                <main id="quizsite-errors" class="quizsite-overlay">
                """).append("<h1>").append(title).append("</h1>\n<p>")
                .append(Markup.escape(messages.format("preview-errors-text", Map.of()).orElseThrow())).append("</p>\n")
                .append("<ol class=\"problems\" dir=\"ltr\">\n");
        for (String problem : state.problems()) {
            html.append("<li><code>").append(Markup.escape(problem)).append("</code></li>\n");
        }
        return html.append("</ol>\n</main>\n")
                .append(HtmlInjection.scriptTag(state.version()))
                .append("\n</body>\n</html>\n")
                .toString();
    }

}
