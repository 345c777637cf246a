package dev.quizsite.links;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Keeps each host's load polite: at most its per-host limit of requests in flight, and no request
 * before a time the host asked for with {@code Retry-After} (which then holds for the whole host,
 * not only for the URL that received it).
 */
final class HostGate {

    private final LinkSettings settings;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    HostGate(LinkSettings settings) {
        this.settings = settings;
    }

    /**
     * Waits for the host's pause to end and for a free slot, until {@code deadline} (System.nanoTime).
     * @return whether a slot was taken; the caller must then {@link #release} it
     */
    boolean acquire(String hostKey, String hostName, long deadline) throws InterruptedException {
        Host host = host(hostKey, hostName);
        long wait = host.notBefore - System.nanoTime();
        if (wait > 0) {
            if (System.nanoTime() + wait > deadline) {
                return false;
            }
            TimeUnit.NANOSECONDS.sleep(wait);
        }
        return host.slots.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    void release(String hostKey) {
        Host host = hosts.get(hostKey);
        if (host != null) {
            host.slots.release();
        }
    }

    /** No request to this host before {@code pause} from now. */
    void pause(String hostKey, String hostName, Duration pause) {
        Host host = host(hostKey, hostName);
        long until = System.nanoTime() + pause.toNanos();
        synchronized (host) {
            host.notBefore = Math.max(host.notBefore, until);
        }
    }

    private Host host(String hostKey, String hostName) {
        return hosts.computeIfAbsent(hostKey, k -> new Host(settings.perHost(hostName)));
    }

    private static final class Host {
        final Semaphore slots;
        volatile long notBefore = Long.MIN_VALUE / 2;

        Host(int limit) {
            slots = new Semaphore(limit, true);
        }
    }
}
