package dev.quizsite.links;

import dev.quizsite.report.Report;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks {@link LinkOptions} and makes {@link LinkSettings} of them. Every mistake is a problem in
 * the build's report (never an exception), located at {@code where} (the POM, as the author sees
 * it) and naming the parameter and its property; a setting with a mistake keeps its default, so
 * that the rest of the build still runs and reports what else is wrong.
 */
public final class LinkOptionsReader {

    private final String where;
    private final Report report;

    private LinkOptionsReader(String where, Report report) {
        this.where = where;
        this.report = report;
    }

    /** @param where the file shown with a problem, e.g. {@code pom.xml} */
    public static LinkSettings read(LinkOptions options, String where, Report report) {
        return new LinkOptionsReader(where, report).read(options);
    }

    private LinkSettings read(LinkOptions o) {
        LinkSettings defaults = LinkSettings.builder().build();
        Duration request = duration("linksRequestTimeout", "requestTimeout", o.requestTimeout(), defaults.requestTimeout());
        return LinkSettings.builder()
                .offline(o.offline())
                .skipExternal(o.skipExternal())
                .failOn(failOn(o.failOn()))
                .connectTimeout(duration("linksConnectTimeout", "connectTimeout", o.connectTimeout(), defaults.connectTimeout()))
                .requestTimeout(request)
                .bodyTimeout(request)
                .urlBudget(duration("linksUrlBudget", "urlBudget", o.urlBudget(), defaults.urlBudget()))
                .perHost(atLeast("linksPerHost", "perHost", o.perHost(), 1, defaults.perHost()))
                .maxConcurrent(atLeast("linksMaxConcurrent", "maxConcurrent", o.maxConcurrent(), 1, defaults.maxConcurrent()))
                .retries(atLeast("linksRetries", "retries", o.retries(), 0, defaults.retries()))
                .ignore(o.ignore().stream().filter(this::isRegex).toList())
                .hosts(hosts(o, defaults.perHost()))
                .cacheDir(o.cacheDir())
                .cacheTtl(duration("linksCacheTtl", "cacheTtl", o.cacheTtl(), defaults.cacheTtl()))
                .build();
    }

    private Duration duration(String parameter, String property, String text, Duration fallback) {
        Optional<Duration> parsed = Durations.parse(text);
        if (parsed.isEmpty()) {
            error(parameter, property, "is `" + text + "`, not a duration; write it like 500ms, 5s, 2m, 12h or 1d");
        }
        return parsed.orElse(fallback);
    }

    private FailOn failOn(String text) {
        Optional<FailOn> parsed = FailOn.parse(text);
        if (parsed.isEmpty()) {
            error("linksFailOn", "failOn", "is `" + text + "`; use one of none, broken, blocked, transient, redirected");
        }
        return parsed.orElse(FailOn.BROKEN);
    }

    private int atLeast(String parameter, String property, int value, int minimum, int fallback) {
        if (value < minimum) {
            error(parameter, property, "is " + value + "; it must be at least " + minimum);
            return fallback;
        }
        return value;
    }

    private boolean isRegex(String text) {
        try {
            Pattern.compile(text);
            return true;
        } catch (PatternSyntaxException e) {
            error("linksIgnore", "ignore", "`" + text + "` is not a regular expression (" + e.getDescription()
                    + " at character " + (e.getIndex() + 1) + ")");
            return false;
        }
    }

    private Map<String, HostSettings> hosts(LinkOptions o, int perHost) {
        Map<String, HostSettings> settings = new HashMap<>();
        for (LinkOptions.Host host : o.hosts()) {
            if (host.name().isBlank()) {
                report.error(where, 0, 0, "a <host> in <linkHosts> has no <name>");
                continue;
            }
            String name = host.name().trim().toLowerCase(Locale.ROOT);
            Optional<Duration> timeout = Optional.empty();
            if (!host.timeout().isBlank()) {
                timeout = Durations.parse(host.timeout());
                if (timeout.isEmpty()) {
                    report.error(where, 0, 0, "<linkHosts> <host> `" + name + "`: <timeout> is `" + host.timeout()
                            + "`, not a duration; write it like 500ms, 5s, 2m, 12h or 1d");
                }
            }
            if (settings.put(name, new HostSettings(host.maxConcurrent() > 0 ? host.maxConcurrent() : perHost,
                    timeout, host.skip())) != null) {
                report.error(where, 0, 0, "<linkHosts> names the host `" + name + "` twice; keep one <host> for it");
            }
        }
        return settings;
    }

    private void error(String parameter, String property, String what) {
        report.error(where, 0, 0, "<" + parameter + "> (quizsite.links." + property + ") " + what);
    }
}
