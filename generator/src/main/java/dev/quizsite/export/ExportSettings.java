package dev.quizsite.export;

import dev.quizsite.report.Report;
import dev.quizsite.report.Suggestion;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Which exports a build writes after the site, and where.
 *
 * @param formats in {@link ExportFormat} order, each once; empty for none (the default of {@code build})
 * @param folder  where the export files are written (each replaced atomically)
 */
public record ExportSettings(Set<ExportFormat> formats, Path folder) {

    public ExportSettings {
        formats = formats.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(formats));
        Objects.requireNonNull(folder, "folder");
    }

    public static ExportSettings none(Path folder) {
        return new ExportSettings(Set.of(), folder);
    }

    public boolean any() {
        return !formats.isEmpty();
    }

    /** The formats in their fixed order, so that output and log lines do not depend on how they were listed. */
    public List<ExportFormat> ordered() {
        return formats.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(formats));
    }

    /**
     * Checks the {@code <exports>} parameter: each entry a format's name (blank entries, as a trailing
     * comma gives, are ignored). An unknown one is an error at {@code where}, like every parameter
     * mistake, and is left out, so that the build still reports what else is wrong.
     */
    public static ExportSettings read(List<String> exports, Path folder, String where, Report report) {
        EnumSet<ExportFormat> formats = EnumSet.noneOf(ExportFormat.class);
        for (String entry : exports == null ? List.<String>of() : exports) {
            String key = entry == null ? "" : entry.strip().toLowerCase(Locale.ROOT);
            if (key.isEmpty()) {
                continue;
            }
            ExportFormat.of(key).ifPresentOrElse(formats::add, () -> report.error(where, 0, 0,
                    "<exports> (quizsite.exports) names `" + entry.strip() + "`, not an export format: use qti21, canvas or moodle"
                            + Suggestion.hint(key, ExportFormat.keys())));
        }
        return new ExportSettings(formats, folder);
    }
}
