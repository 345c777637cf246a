package dev.quizsite.maven;

import dev.quizsite.links.Durations;
import dev.quizsite.links.FailOn;
import dev.quizsite.links.HostSettings;
import dev.quizsite.links.LinkCheckResult;
import dev.quizsite.links.LinkReports;
import dev.quizsite.links.LinkSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/** Turns the {@code quizsite.links.*} parameters shared by {@code build} and {@code check-links} into settings. */
final class LinkParameters {

    private LinkParameters() {
    }

    static Duration duration(String parameter, String value) throws MojoFailureException {
        Optional<Duration> parsed = Durations.parse(value);
        if (parsed.isEmpty()) {
            throw new MojoFailureException("quizsite.links." + parameter + " = `" + value
                    + "` is not a duration; write it like 500ms, 5s, 2m, 12h or 1d");
        }
        return parsed.get();
    }

    static FailOn failOn(String value) throws MojoFailureException {
        Optional<FailOn> parsed = FailOn.parse(value);
        if (parsed.isEmpty()) {
            throw new MojoFailureException("quizsite.links.failOn = `" + value
                    + "`; use one of none, broken, blocked, transient, redirected");
        }
        return parsed.get();
    }

    static Map<String, HostSettings> hosts(List<LinkHost> hosts, int perHost) throws MojoFailureException {
        Map<String, HostSettings> settings = new HashMap<>();
        for (LinkHost host : hosts == null ? List.<LinkHost>of() : hosts) {
            if (host.name == null || host.name.isBlank()) {
                throw new MojoFailureException("a <host> in <linkHosts> has no <name>");
            }
            Optional<Duration> timeout = host.timeout == null || host.timeout.isBlank() ? Optional.empty()
                    : Optional.of(duration("linkHosts/" + host.name + "/timeout", host.timeout));
            settings.put(host.name.trim().toLowerCase(Locale.ROOT),
                    new HostSettings(host.maxConcurrent > 0 ? host.maxConcurrent : perHost, timeout, host.skip));
        }
        return settings;
    }

    /** The summary, the notes (no network, offline) and where the reports went. */
    static void log(LinkCheckResult result, Path reports, FailOn failOn, Log log) {
        for (String note : result.notes()) {
            if (note.startsWith("network unavailable")) {
                log.warn(note);
            } else {
                log.info(note);
            }
        }
        if (result.links().isEmpty()) {
            return;
        }
        log.info(result.summary().line());
        try {
            List<Path> written = LinkReports.write(reports, result, failOn);
            log.info("Link reports: " + written.get(0) + ", " + written.get(1));
        } catch (IOException e) {
            log.warn("could not write the link reports to " + reports + ": " + e.getMessage());
        }
    }

    /** Settings common to both goals; the caller adds what only it knows. */
    static LinkSettings.Builder builder(boolean offline, boolean skipExternal, String failOn, String connectTimeout,
            String requestTimeout, String urlBudget, int perHost, int maxConcurrent, int retries, List<String> ignore,
            List<LinkHost> hosts, Path cacheDir, String cacheTtl) throws MojoFailureException {
        return LinkSettings.builder()
                .offline(offline)
                .skipExternal(skipExternal)
                .failOn(failOn(failOn))
                .connectTimeout(duration("connectTimeout", connectTimeout))
                .requestTimeout(duration("requestTimeout", requestTimeout))
                .bodyTimeout(duration("requestTimeout", requestTimeout))
                .urlBudget(duration("urlBudget", urlBudget))
                .perHost(perHost)
                .maxConcurrent(maxConcurrent)
                .retries(retries)
                .ignore(ignore == null ? List.of() : ignore.stream().filter(s -> !s.isBlank()).toList())
                .hosts(hosts(hosts, perHost))
                .cacheDir(cacheDir)
                .cacheTtl(duration("cacheTtl", cacheTtl));
    }
}
