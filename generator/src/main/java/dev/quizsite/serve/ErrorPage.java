package dev.quizsite.serve;

import dev.quizsite.text.Markup;
/**
 * The page the preview shows instead of the course while the course has errors: every problem
 * with its {@code file:line:col}, and the live-reload script, so that it turns back into the
 * course as soon as the files are fixed. Served only by the preview, never written to the site.
 */
final class ErrorPage {

    private ErrorPage() {
    }

    static String render(BuildState state) {
        StringBuilder html = new StringBuilder(2048).append("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Quizsite: the course has errors</title>
                <link rel="stylesheet" href="/__quizsite/overlay.css">
                </head>
                <body>
                <main id="quizsite-errors" class="quizsite-overlay">
                <h1>The course has errors</h1>
                <p>The preview shows the site again as soon as the files are fixed; this page reloads by itself.</p>
                <ol class="problems">
                """);
        for (String problem : state.problems()) {
            html.append("<li><code>").append(Markup.escape(problem)).append("</code></li>\n");
        }
        return html.append("</ol>\n</main>\n")
                .append(HtmlInjection.scriptTag(state.version()))
                .append("\n</body>\n</html>\n")
                .toString();
    }

}
