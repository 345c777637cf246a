package dev.quizsite.serve;

import com.sun.net.httpserver.HttpServer;
import dev.quizsite.report.Problem;
import dev.quizsite.site.BuildCache;
import dev.quizsite.site.BuildResult;
import dev.quizsite.site.BuildSettings;
import dev.quizsite.site.SiteBuilder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local preview of the course, like {@code hugo server}: builds the site, serves it on
 * 127.0.0.1, rebuilds when a source changes and makes open pages reload. Build errors are shown
 * in the browser (see {@link ErrorPage}) and the preview keeps running.
 *
 * <p>A rebuild after a question file changed parses only the changed files and renders only the
 * pages they affect (see {@link BuildCache}); any other change rebuilds everything.
 */
public final class Preview implements AutoCloseable {

    private final BuildSettings settings;
    private final PreviewListener listener;
    private final BuildCache cache = new BuildCache();
    private final SiteBuilder builder = new SiteBuilder(cache);
    private final LiveReload reload;
    private final ExecutorService httpThreads;
    private final HttpServer server;
    private final SourceWatcher watcher;
    private long builds;
    private boolean closed;

    private Preview(BuildSettings settings, int port, PreviewListener listener) throws IOException {
        // A preview checks internal links on each rebuild; external ones wait for `build` or `check-links`.
        this.settings = settings.withLinks(settings.links().toBuilder().offline(true).build());
        this.listener = listener;
        this.reload = new LiveReload(build(Set.of()));
        AtomicInteger threadNumber = new AtomicInteger();
        // Event streams hold a thread each while a page is open: a growing pool, not a fixed one.
        this.httpThreads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "quizsite-http-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(httpThreads);
        server.createContext("/", new SiteHandler(settings.output(), reload));
        server.createContext("/__quizsite/", new PreviewFiles());
        server.createContext("/__quizsite/events", new EventsHandler(reload));
        try {
            this.watcher = new SourceWatcher(sources(settings), this::rebuild);
        } catch (IOException e) {
            httpThreads.shutdownNow();
            throw e;
        }
        server.start();
    }

    /**
     * Builds the course and starts serving it.
     *
     * @param port the port on 127.0.0.1, or 0 for any free one (see {@link #address()})
     * @throws IOException when the port is taken or the sources cannot be watched
     */
    public static Preview start(BuildSettings settings, int port, PreviewListener listener) throws IOException {
        return new Preview(settings, port, listener);
    }

    /** Where the preview is served, such as {@code http://127.0.0.1:8000/}. */
    public URI address() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private static List<Path> sources(BuildSettings settings) {
        List<Path> sources = new ArrayList<>();
        sources.add(settings.questions());
        settings.templates().ifPresent(sources::add);
        settings.assets().ifPresent(sources::add);
        settings.data().ifPresent(sources::add);
        settings.courseConfig().ifPresent(sources::add);
        return sources;
    }

    private void rebuild(Set<Path> changed) {
        reload.publish(build(changed));
    }

    /** Builds are serialised: the first in the constructor, the rest on the watcher's thread. */
    private synchronized BuildState build(Set<Path> changed) {
        Path questions = settings.questions().toAbsolutePath().normalize();
        if (!changed.stream().allMatch(path -> path.toAbsolutePath().normalize().startsWith(questions))) {
            cache.clear(); // a template, asset, data file or setting changed: every page may differ
        }
        cache.changed(changed);
        BuildResult result = builder.build(settings);
        listener.built(result, changed);
        builds++;
        List<String> problems = result.report().problems().stream().map(Problem::format).toList();
        return new BuildState(builds, problems, !result.succeeded());
    }

    /** Stops watching and serving; open pages keep what they show. Safe to call twice. */
    @Override
    public void close() throws IOException {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            watcher.close();
        } finally {
            reload.close(); // ends the event streams, so that their threads can finish
            server.stop(0);
            httpThreads.shutdown();
            try {
                if (!httpThreads.awaitTermination(5, TimeUnit.SECONDS)) {
                    httpThreads.shutdownNow();
                }
            } catch (InterruptedException e) {
                httpThreads.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }
}
