package dev.quizsite.serve;

import java.time.Duration;
import java.util.Objects;

/**
 * The latest build state, shared between the thread that rebuilds and the HTTP threads that
 * stream it to open pages. Waiting threads wake up on a new build and on {@link #close()}.
 */
final class LiveReload {

    private final Object lock = new Object();
    private BuildState state;
    private boolean closed;

    LiveReload(BuildState initial) {
        this.state = Objects.requireNonNull(initial);
    }

    void publish(BuildState next) {
        synchronized (lock) {
            state = next;
            lock.notifyAll();
        }
    }

    BuildState current() {
        synchronized (lock) {
            return state;
        }
    }

    /** Waits until a build newer than {@code seen} is published, the preview closes, or the time is up. */
    BuildState awaitNewerThan(long seen, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            long left;
            while (!closed && state.version() == seen && (left = deadline - System.nanoTime()) > 0) {
                lock.wait(Math.max(1, left / 1_000_000));
            }
            return state;
        }
    }

    boolean isClosed() {
        synchronized (lock) {
            return closed;
        }
    }

    void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
    }
}
