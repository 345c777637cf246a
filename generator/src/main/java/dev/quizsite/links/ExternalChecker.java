package dev.quizsite.links;

import dev.quizsite.model.Location;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Checks the external links of a site: each distinct URL once, however many pages hold it;
 * ignores and host settings first, then the cache, then the network, politely and in parallel.
 */
final class ExternalChecker {

    /** The verdict's detail for a link the settings keep from the network. */
    private static final String NOT_CHECKED = "offline";

    private final LinkSettings settings;
    private final IgnoreRules ignore;
    private final Clock clock;

    ExternalChecker(LinkSettings settings, IgnoreRules ignore, Clock clock) {
        this.settings = settings;
        this.ignore = ignore;
        this.clock = clock;
    }

    /**
     * @param refs  one per distinct URL, with all its places (as {@link LinkTally} gathers them)
     * @param known verdicts made without the network: with the network off such a verdict
     *              depends on the ref and the settings alone, so the preview keeps them between
     *              checks (see {@link LinkMemory#offlineVerdicts})
     * @return one checked link per ref; lines for the console go to {@code notes}
     */
    List<CheckedLink> check(List<ExternalRef> refs, List<Note> notes, OfflineVerdicts known)
            throws InterruptedException {
        if (settings.offline() || settings.skipExternal()) {
            List<CheckedLink> checked = known.judge(refs, ref -> {
                String url = ref.uri().toString();
                return new CheckedLink(true, skipReason(url, ref.uri())
                        .orElse(LinkResult.of(url, LinkClass.SKIPPED, NOT_CHECKED)), ref.locations());
            }, link -> link.result().detail().equals(NOT_CHECKED));
            int notChecked = known.unchecked();
            if (notChecked > 0) {
                notes.add(Note.info((settings.offline() ? "links: offline, " : "links: external checks skipped, ") + notChecked
                        + " external " + (notChecked == 1 ? "link" : "links") + " not checked (internal links checked)"));
            }
            return checked;
        }
        Map<String, URI> uris = new LinkedHashMap<>();
        for (ExternalRef ref : refs) {
            uris.put(ref.uri().toString(), ref.uri());
        }
        Map<String, LinkResult> results = new LinkedHashMap<>();
        List<String> toCheck = new ArrayList<>();
        for (String url : uris.keySet()) {
            Optional<LinkResult> skipped = skipReason(url, uris.get(url));
            skipped.ifPresentOrElse(r -> results.put(url, r), () -> toCheck.add(url));
        }
        LinkCache cache = LinkCache.load(settings.cacheDir(), settings.cacheTtl(), clock, notes);
        toCheck.removeIf(url -> cache.fresh(url).map(r -> results.put(url, r) == null).orElse(false));
        if (!toCheck.isEmpty()) {
            results.putAll(probeAll(toCheck, uris, notes));
            results.values().forEach(cache::record);
            cache.save(notes);
        }
        List<CheckedLink> checked = new ArrayList<>();
        for (ExternalRef ref : refs) {
            checked.add(new CheckedLink(true, results.get(ref.uri().toString()), ref.locations()));
        }
        return checked;
    }

    private Optional<LinkResult> skipReason(String url, URI uri) {
        Optional<LinkResult> ignored = ignore.skip(url);
        if (ignored.isPresent()) {
            return ignored;
        }
        if (settings.skipsHost(HttpProbe.host(uri))) {
            return Optional.of(LinkResult.of(url, LinkClass.SKIPPED, "host skipped by its settings"));
        }
        return Optional.empty();
    }

    private Map<String, LinkResult> probeAll(List<String> urls, Map<String, URI> uris, List<Note> notes)
            throws InterruptedException {
        Map<String, LinkResult> results = new HashMap<>();
        // One request per page: URLs differing only by fragment share it.
        Map<URI, List<String>> byPage = new LinkedHashMap<>();
        for (String url : urls) {
            byPage.computeIfAbsent(withoutFragment(uris.get(url)), k -> new ArrayList<>()).add(url);
        }
        ExecutorService workers = Executors.newFixedThreadPool(settings.maxConcurrent(), daemon("quizsite-link"));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("quizsite-link-timer"));
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        try {
            Map<String, Boolean> resolved = resolveHosts(byPage.keySet(), workers);
            if (!resolved.isEmpty() && !resolved.containsValue(true)) {
                notes.add(Note.warning("network unavailable: " + urls.size() + " external "
                        + (urls.size() == 1 ? "link" : "links") + " not checked"));
                urls.forEach(url -> results.put(url, LinkResult.of(url, LinkClass.SKIPPED, "network unavailable")));
                return results;
            }
            HttpProbe probe = new HttpProbe(client, new HostGate(settings), settings, timer, new Random(), clock);
            Map<URI, PageProbe> probed = new ConcurrentHashMap<>();
            Map<String, Deque<URI>> queues = new LinkedHashMap<>();
            for (URI page : byPage.keySet()) {
                if (!resolved.getOrDefault(HttpProbe.host(page), true)) {
                    probed.put(page, PageProbe.of(LinkResult.of(page.toString(), LinkClass.BROKEN, "unknown host")));
                } else {
                    queues.computeIfAbsent(HttpProbe.hostKey(page), k -> new ConcurrentLinkedDeque<>()).add(page);
                }
            }
            List<Future<?>> lanes = new ArrayList<>();
            for (Runnable lane : lanes(queues, probe, byPage, uris, probed)) {
                lanes.add(workers.submit(lane));
            }
            for (Future<?> lane : lanes) {
                await(lane);
            }
            for (URI page : byPage.keySet()) {
                for (String url : byPage.get(page)) {
                    results.put(url, FragmentCheck.result(probed.get(page), url, uris.get(url).getFragment()));
                }
            }
            return results;
        } finally {
            workers.shutdownNow();
            timer.shutdownNow();
        }
    }

    /**
     * Looks up every host once, in parallel, bounded by the connect timeout. Knowing that no host
     * resolves tells "no network" apart from "this host does not exist".
     */
    private Map<String, Boolean> resolveHosts(Set<URI> pages, ExecutorService workers) throws InterruptedException {
        Map<String, Future<Boolean>> lookups = new LinkedHashMap<>();
        for (URI page : pages) {
            lookups.computeIfAbsent(HttpProbe.host(page), host -> workers.submit(() -> resolves(host)));
        }
        long deadline = System.nanoTime() + settings.connectTimeout().toNanos();
        Map<String, Boolean> resolved = new HashMap<>();
        for (Map.Entry<String, Future<Boolean>> lookup : lookups.entrySet()) {
            try {
                resolved.put(lookup.getKey(), lookup.getValue().get(Math.max(0, deadline - System.nanoTime()),
                        TimeUnit.NANOSECONDS));
            } catch (TimeoutException e) {
                lookup.getValue().cancel(true);
                resolved.put(lookup.getKey(), false);
            } catch (ExecutionException e) {
                throw new IllegalStateException("host lookup failed unexpectedly", e.getCause());
            }
        }
        return resolved;
    }

    private static boolean resolves(String host) {
        try {
            InetAddress.getAllByName(host);
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * One lane per request a host may have in flight, each taking that host's pages one after the
     * other. A worker thus never waits for a busy host while another host's slot stands idle, and
     * the lanes are ordered round-robin over hosts so the first workers spread over all of them.
     */
    private List<Runnable> lanes(Map<String, Deque<URI>> queues, HttpProbe probe, Map<URI, List<String>> byPage,
            Map<String, URI> uris, Map<URI, PageProbe> probed) {
        List<List<Runnable>> byHost = new ArrayList<>();
        for (Deque<URI> queue : queues.values()) {
            String host = HttpProbe.host(queue.peek());
            int count = Math.min(queue.size(), settings.perHost(host));
            List<Runnable> hostLanes = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                hostLanes.add(() -> {
                    for (URI page = queue.poll(); page != null; page = queue.poll()) {
                        boolean wantAnchors = byPage.get(page).stream().anyMatch(url -> wantsAnchor(uris.get(url)));
                        probed.put(page, probeOrStop(probe, page, wantAnchors));
                    }
                });
            }
            byHost.add(hostLanes);
        }
        return roundRobin(byHost);
    }

    private static PageProbe probeOrStop(HttpProbe probe, URI page, boolean wantAnchors) {
        try {
            return probe.probe(page, wantAnchors);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("link check interrupted");
        }
    }

    /** The first item of every list, then the second of every list, and so on. */
    static <T> List<T> roundRobin(List<List<T>> lists) {
        int total = lists.stream().mapToInt(List::size).sum();
        List<T> order = new ArrayList<>(total);
        for (int i = 0; order.size() < total; i++) {
            for (List<T> list : lists) {
                if (i < list.size()) {
                    order.add(list.get(i));
                }
            }
        }
        return order;
    }

    private static void await(Future<?> future) throws InterruptedException {
        try {
            future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("checking a link failed unexpectedly", e.getCause());
        }
    }

    private static boolean wantsAnchor(URI uri) {
        return uri.getFragment() != null && !Anchors.needsNoElement(uri.getFragment());
    }

    static URI withoutFragment(URI uri) {
        String text = uri.toString();
        int hash = text.indexOf('#');
        return hash < 0 ? uri : URI.create(text.substring(0, hash));
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
