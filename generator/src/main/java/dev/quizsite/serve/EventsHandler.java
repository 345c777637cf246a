package dev.quizsite.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * {@code /__quizsite/events}: a Server-Sent Events stream sending the build number now and after
 * every rebuild. A comment line every few seconds finds clients that went away (the write fails).
 */
final class EventsHandler implements HttpHandler {

    private static final Duration HEARTBEAT = Duration.ofSeconds(10);

    private final LiveReload reload;

    EventsHandler(LiveReload reload) {
        this.reload = reload;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            long sent = -1;
            while (!reload.isClosed()) {
                BuildState state = reload.current();
                String message = state.version() != sent ? "data: " + state.version() + "\n\n" : ": ping\n\n";
                out.write(message.getBytes(StandardCharsets.UTF_8));
                out.flush();
                sent = state.version();
                reload.awaitNewerThan(sent, HEARTBEAT);
            }
        } catch (IOException e) {
            // the page was closed or reloaded: its stream ends here
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the preview is stopping
        }
    }
}
