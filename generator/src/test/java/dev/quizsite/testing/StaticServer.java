package dev.quizsite.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Serves a built site on 127.0.0.1, as a static host would (Java 17 has no SimpleFileServer), and
 * remembers every path asked for.
 */
public final class StaticServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml", "csv", "text/csv; charset=utf-8",
            "xml", "application/xml");

    private final HttpServer server;
    private final Path root;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    /** Whether a missing file gets the site's 404.html (status 404), as GitHub Pages and Netlify send it. */
    private final boolean notFoundPage;

    public StaticServer(Path root) throws IOException {
        this(root, false);
    }

    /** @param notFoundPage true answers a missing path with the site's {@code 404.html}, at any depth */
    public StaticServer(Path root, boolean notFoundPage) throws IOException {
        this(root, notFoundPage, 0);
    }

    /** @param port the port to listen on, 0 for any free one (a server started again at the same origin) */
    public StaticServer(Path root, boolean notFoundPage, int port) throws IOException {
        this.notFoundPage = notFoundPage;
        this.root = root.toAbsolutePath().normalize();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT/} */
    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    public List<String> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(path);
        Path file = root.resolve(path.substring(1)).normalize();
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        try (exchange) {
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                Path page = root.resolve("404.html");
                if (notFoundPage && Files.isRegularFile(page) && !exchange.getRequestMethod().equals("HEAD")) {
                    byte[] body = Files.readAllBytes(page);
                    exchange.getResponseHeaders().set("Content-Type", TYPES.get("html"));
                    exchange.sendResponseHeaders(404, body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                } else {
                    exchange.sendResponseHeaders(404, -1);
                }
                return;
            }
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            exchange.getResponseHeaders().set("Content-Type", type);
            byte[] body = Files.readAllBytes(file);
            if (exchange.getRequestMethod().equals("HEAD")) {
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
