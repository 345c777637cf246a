package dev.quizsite.links;

import dev.quizsite.text.Markup;
import dev.quizsite.model.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Machine-readable reports of a link check: JSON for scripts, JUnit XML so that CI servers list
 * each link as a test (failing links as failures, unchecked ones as skipped).
 */
public final class LinkReports {

    public static final String JSON = "quizsite-links.json";
    public static final String JUNIT = "TEST-quizsite-links.xml";

    private LinkReports() {
    }

    /**
     * Writes both reports into {@code folder}, each streamed to its file, side by side: at 10,000
     * questions they list 60,000 URLs at 160,000 places (25 MB), which built as strings first took
     * half a second, and one after the other still took a quarter of a second of a build after one
     * edit, when the build's work is done and a second core idle. The result is only read.
     *
     * @return the files written
     */
    public static List<Path> write(Path folder, LinkCheckResult result) throws IOException {
        Files.createDirectories(folder);
        Path json = folder.resolve(JSON);
        Path junit = folder.resolve(JUNIT);
        CompletableFuture<Void> jsonWritten = CompletableFuture.runAsync(() -> report(json, out -> json(result, out)));
        CompletableFuture<Void> junitWritten; // here, beside it: the common pool has one thread on two cores
        try {
            report(junit, out -> junit(result, out));
            junitWritten = CompletableFuture.completedFuture(null);
        } catch (UncheckedIOException e) {
            junitWritten = CompletableFuture.failedFuture(e);
        }
        try {
            CompletableFuture.allOf(jsonWritten, junitWritten).join(); // both finished, either failed or not
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
        return List.of(json, junit);
    }

    /** What writes one report. */
    private interface Report {
        void write(Writer out) throws IOException;
    }

    private static void report(Path file, Report report) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            report.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void json(LinkCheckResult result, Writer out) throws IOException {
        LinkSummary s = result.summary();
        out.append("{\n  \"summary\": {");
        out.append("\"checked\": ").append(Integer.toString(s.checked())).append(", \"ok\": ").append(Integer.toString(s.ok()))
                .append(", \"redirected\": ").append(Integer.toString(s.redirected()))
                .append(", \"broken\": ").append(Integer.toString(s.broken()))
                .append(", \"couldNotCheck\": ").append(Integer.toString(s.couldNotCheck()))
                .append(", \"skipped\": ").append(Integer.toString(s.skipped()))
                .append("},\n  \"notes\": [");
        for (int i = 0; i < result.notes().size(); i++) {
            out.append(i == 0 ? "" : ", ");
            quote(result.notes().get(i).text(), out);
        }
        out.append("],\n  \"links\": [");
        List<CheckedLink> links = result.links();
        for (int i = 0; i < links.size(); i++) {
            LinkResult r = links.get(i).result();
            out.append(i == 0 ? "\n" : ",\n").append("    {\"url\": ");
            quote(r.url(), out);
            out.append(", \"external\": ").append(Boolean.toString(links.get(i).external())).append(", \"class\": ");
            quote(r.linkClass().label(), out);
            out.append(", \"status\": ").append(Integer.toString(r.status())).append(", \"detail\": ");
            quote(r.detail(), out);
            out.append(", \"finalUrl\": ");
            quote(r.finalUrl(), out);
            out.append(", \"permanentRedirect\": ").append(Boolean.toString(r.permanent()))
                    .append(", \"requests\": ").append(Integer.toString(r.requests()))
                    .append(", \"cached\": ").append(Boolean.toString(r.cached()))
                    .append(", \"locations\": [");
            List<Location> places = links.get(i).locations();
            for (int j = 0; j < places.size(); j++) {
                out.append(j == 0 ? "" : ", ");
                quote(where(places.get(j)), out);
            }
            out.append("]}");
        }
        out.append(links.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    }

    private static void junit(LinkCheckResult result, Writer out) throws IOException {
        FailOn failOn = result.failOn();
        List<CheckedLink> links = result.links();
        long failures = links.stream().filter(l -> l.fails(failOn)).count();
        long skipped = links.stream().filter(l -> !l.fails(failOn) && !l.result().linkClass().isSuccess()).count();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<testsuite name=\"quizsite-links\" tests=\"").append(Integer.toString(links.size()))
                .append("\" failures=\"").append(Long.toString(failures)).append("\" errors=\"0\" skipped=\"")
                .append(Long.toString(skipped)).append("\">\n");
        for (CheckedLink link : links) {
            LinkResult r = link.result();
            out.append("  <testcase classname=\"").append(link.external() ? "links.external" : "links.internal")
                    .append("\" name=\"").append(Markup.escape(r.url())).append("\">");
            if (link.fails(failOn)) {
                out.append("<failure type=\"").append(r.linkClass().label()).append("\" message=\"")
                        .append(Markup.escape(text(link))).append("\"/>");
            } else if (!r.linkClass().isSuccess()) {
                out.append("<skipped message=\"").append(Markup.escape(text(link))).append("\"/>");
            } else if (r.permanent()) {
                out.append("<system-out>").append(Markup.escape("permanent redirect to " + r.finalUrl())).append("</system-out>");
            }
            out.append("</testcase>\n");
        }
        out.append("</testsuite>\n");
    }

    /** A failed or skipped link's message: its verdict and its places (made only for those: most links pass). */
    private static String text(CheckedLink link) {
        String places = String.join(", ", link.locations().stream().map(LinkReports::where).toList());
        return link.result().linkClass().label() + ": " + link.result().detail() + (places.isEmpty() ? "" : " at " + places);
    }

    private static String where(Location l) {
        return l.file() + ":" + l.line() + ":" + l.column();
    }

    private static void quote(String s, Writer out) throws IOException {
        out.append('"');
        if (!needsEscape(s)) { // most are: URLs and places, written whole
            out.append(s).append('"');
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean needsEscape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                return true;
            }
        }
        return false;
    }
}
