package dev.quizsite.links;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.concurrent.atomic.AtomicInteger;

/** Accepts connections and resets them at once (RST, no response), counting them. */
final class ResetServer implements AutoCloseable {

    private final ServerSocket socket;
    private final AtomicInteger accepted = new AtomicInteger();
    private final Thread thread;

    ResetServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        thread = new Thread(this::serve, "reset-server");
        thread.setDaemon(true);
        thread.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + socket.getLocalPort() + path;
    }

    int accepted() {
        return accepted.get();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                accepted.incrementAndGet();
                client.getInputStream().read(new byte[1024]); // let the request arrive, then reset
                client.setSoLinger(true, 0);
                client.close();
            } catch (SocketException e) {
                return; // closed by close()
            } catch (IOException e) {
                // one broken client: keep serving the others
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
