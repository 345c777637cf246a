package dev.quizsite.serve;

import com.sun.net.httpserver.HttpServer;
import dev.quizsite.report.Problem;
import dev.quizsite.report.Report;
import dev.quizsite.site.BuildResult;
import dev.quizsite.site.BuildOptions;
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
 * <p>Every rebuild goes the way of a one-shot build, links checked included, on a builder that
 * keeps its cache and the files it read in memory ({@link SiteBuilder#preview()}): after a
 * question file changed it reads and parses only that file and writes only the pages that
 * differ; any other change is seen in the cache's keys and renders what it affects.
 */
public final class Preview implements AutoCloseable {

    private final BuildSettings settings;
    /** Mistakes in the parameters the preview was started with, shown with every build's problems. */
    private final List<Problem> parameterProblems;
    private final PreviewListener listener;
    private final SiteBuilder builder = SiteBuilder.preview();
    private final LiveReload reload;
    private final ExecutorService httpThreads;
    private final HttpServer server;
    private final SourceWatcher watcher;
    private long builds;
    private boolean closed;

    private Preview(BuildSettings settings, List<Problem> parameterProblems, int port, PreviewListener listener)
            throws IOException {
        // A preview checks internal links on each rebuild; external ones wait for `build` or `check-links`.
        this.settings = settings.withLinks(settings.links().toBuilder().offline(true).build());
        this.parameterProblems = List.copyOf(parameterProblems);
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
        return new Preview(settings, List.of(), port, listener);
    }

    /** As {@link #start(BuildSettings, int, PreviewListener)}, from the parameters as a build tool received them. */
    public static Preview start(BuildOptions options, int port, PreviewListener listener) throws IOException {
        Report report = new Report();
        BuildSettings settings = options.read(report);
        return new Preview(settings, report.problems(), port, listener);
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
        // Only question files are tracked one by one; any other change shows in the cache's keys.
        builder.changed(changed.stream().filter(p -> p.toAbsolutePath().normalize().startsWith(questions)).toList());
        BuildResult result = builder.build(settings, parameterProblems);
        listener.built(result, changed);
        builds++;
        List<String> problems = result.report().problems().stream().map(Problem::format).toList();
        return new BuildState(builds, problems, !result.succeeded(), result.messages());
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
