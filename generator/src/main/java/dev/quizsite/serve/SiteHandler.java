package dev.quizsite.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Serves the built site from the output folder, with the live-reload script added to HTML. While
 * the course has errors, every page request gets the error page instead (assets still load).
 */
final class SiteHandler implements HttpHandler {

    private final Path root;
    private final LiveReload reload;

    SiteHandler(Path root, LiveReload reload) {
        this.root = root.toAbsolutePath().normalize();
        this.reload = reload;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", bytes("Only GET and HEAD"));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            Optional<Path> file = resolve(path);
            if (file.isPresent() && Files.isDirectory(file.get())) {
                if (!path.endsWith("/")) { // relative links in index.html need the trailing slash
                    exchange.getResponseHeaders().set("Location", path + "/");
                    send(exchange, 301, "text/plain; charset=utf-8", bytes("Moved"));
                    return;
                }
                file = Optional.of(file.get().resolve("index.html"));
            }
            BuildState state = reload.current();
            boolean page = path.endsWith("/") || ContentTypes.isHtml(path);
            if (state.failed() && page) {
                send(exchange, 500, ContentTypes.of(".html"), bytes(ErrorPage.render(state)));
                return;
            }
            Optional<byte[]> body = file.flatMap(SiteHandler::read);
            if (body.isEmpty()) {
                Optional<byte[]> notFound = read(root.resolve("404.html"));
                send(exchange, 404, ContentTypes.of(".html"),
                        inject(notFound.orElse(bytes("<!DOCTYPE html><title>Not found</title><h1>Not found</h1>")), state));
                return;
            }
            String name = file.get().getFileName().toString();
            send(exchange, 200, ContentTypes.of(name), ContentTypes.isHtml(name) ? inject(body.get(), state) : body.get());
        }
    }

    /** The file for a URL path; empty for paths that leave the site folder. */
    private Optional<Path> resolve(String urlPath) {
        Path file = root.resolve(urlPath.replaceFirst("^/+", "")).normalize();
        return file.startsWith(root) ? Optional.of(file) : Optional.empty();
    }

    private static Optional<byte[]> read(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (NoSuchFileException e) { // swapped away by a rebuild in between: the reload follows
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static byte[] inject(byte[] html, BuildState state) {
        return bytes(HtmlInjection.inject(new String(html, StandardCharsets.UTF_8), state.version()));
    }

    static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
