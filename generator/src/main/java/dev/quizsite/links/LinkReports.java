package dev.quizsite.links;

import dev.quizsite.text.Markup;
import dev.quizsite.model.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Machine-readable reports of a link check: JSON for scripts, JUnit XML so that CI servers list
 * each link as a test (failing links as failures, unchecked ones as skipped).
 */
public final class LinkReports {

    public static final String JSON = "quizsite-links.json";
    public static final String JUNIT = "TEST-quizsite-links.xml";

    private LinkReports() {
    }

    /** Writes both reports into {@code folder}. @return the files written */
    public static List<Path> write(Path folder, LinkCheckResult result) throws IOException {
        Files.createDirectories(folder);
        Path json = folder.resolve(JSON);
        Path junit = folder.resolve(JUNIT);
        Files.writeString(json, json(result), StandardCharsets.UTF_8);
        Files.writeString(junit, junit(result), StandardCharsets.UTF_8);
        return List.of(json, junit);
    }

    static String json(LinkCheckResult result) {
        LinkSummary s = result.summary();
        StringBuilder out = new StringBuilder("{\n  \"summary\": {");
        out.append("\"checked\": ").append(s.checked()).append(", \"ok\": ").append(s.ok())
                .append(", \"redirected\": ").append(s.redirected()).append(", \"broken\": ").append(s.broken())
                .append(", \"couldNotCheck\": ").append(s.couldNotCheck()).append(", \"skipped\": ").append(s.skipped())
                .append("},\n  \"notes\": [");
        for (int i = 0; i < result.notes().size(); i++) {
            out.append(i == 0 ? "" : ", ").append(quote(result.notes().get(i).text()));
        }
        out.append("],\n  \"links\": [");
        List<CheckedLink> links = result.links();
        for (int i = 0; i < links.size(); i++) {
            LinkResult r = links.get(i).result();
            out.append(i == 0 ? "\n" : ",\n").append("    {\"url\": ").append(quote(r.url()))
                    .append(", \"external\": ").append(links.get(i).external())
                    .append(", \"class\": ").append(quote(r.linkClass().label()))
                    .append(", \"status\": ").append(r.status())
                    .append(", \"detail\": ").append(quote(r.detail()))
                    .append(", \"finalUrl\": ").append(quote(r.finalUrl()))
                    .append(", \"permanentRedirect\": ").append(r.permanent())
                    .append(", \"requests\": ").append(r.requests())
                    .append(", \"cached\": ").append(r.cached())
                    .append(", \"locations\": [");
            List<Location> places = links.get(i).locations();
            for (int j = 0; j < places.size(); j++) {
                out.append(j == 0 ? "" : ", ").append(quote(where(places.get(j))));
            }
            out.append("]}");
        }
        return out.append(links.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
    }

    static String junit(LinkCheckResult result) {
        FailOn failOn = result.failOn();
        List<CheckedLink> links = result.links();
        long failures = links.stream().filter(l -> l.fails(failOn)).count();
        long skipped = links.stream().filter(l -> !l.fails(failOn) && !l.result().linkClass().isSuccess()).count();
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<testsuite name=\"quizsite-links\" tests=\"").append(links.size()).append("\" failures=\"")
                .append(failures).append("\" errors=\"0\" skipped=\"").append(skipped).append("\">\n");
        for (CheckedLink link : links) {
            LinkResult r = link.result();
            String places = String.join(", ", link.locations().stream().map(LinkReports::where).toList());
            out.append("  <testcase classname=\"").append(link.external() ? "links.external" : "links.internal")
                    .append("\" name=\"").append(Markup.escape(r.url())).append("\">");
            String text = r.linkClass().label() + ": " + r.detail() + (places.isEmpty() ? "" : " at " + places);
            if (link.fails(failOn)) {
                out.append("<failure type=\"").append(r.linkClass().label()).append("\" message=\"")
                        .append(Markup.escape(text)).append("\"/>");
            } else if (!r.linkClass().isSuccess()) {
                out.append("<skipped message=\"").append(Markup.escape(text)).append("\"/>");
            } else if (r.permanent()) {
                out.append("<system-out>").append(Markup.escape("permanent redirect to " + r.finalUrl())).append("</system-out>");
            }
            out.append("</testcase>\n");
        }
        return out.append("</testsuite>\n").toString();
    }


    private static String where(Location l) {
        return l.file() + ":" + l.line() + ":" + l.column();
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
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
        return out.append('"').toString();
    }

}
