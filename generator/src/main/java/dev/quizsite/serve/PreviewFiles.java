package dev.quizsite.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The preview's own files under {@code /__quizsite/}: the live-reload script and the error page's style. */
final class PreviewFiles implements HttpHandler {

    private static final Map<String, String> FILES = Map.of(
            "/__quizsite/livereload.js", "livereload.js",
            "/__quizsite/overlay.css", "overlay.css");

    private final Map<String, byte[]> contents;

    PreviewFiles() {
        this.contents = FILES.entrySet().stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> load(e.getValue())));
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] body = contents.get(path);
            if (body == null) {
                SiteHandler.send(exchange, 404, "text/plain; charset=utf-8", "Not found".getBytes());
            } else {
                SiteHandler.send(exchange, 200, ContentTypes.of(FILES.get(path)), body);
            }
        }
    }

    private static byte[] load(String name) {
        try (InputStream in = PreviewFiles.class.getResourceAsStream("/dev/quizsite/serve/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the plugin jar lacks its preview file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
