package dev.quizsite.report;

import java.util.Comparator;
import java.util.Objects;

/**
 * One mistake found in the course, located at a file, line and column (both 1-based).
 *
 * @param file    path shown to the user, relative to the project (forward slashes)
 * @param line    1-based line, or 0 when the problem concerns the whole file
 * @param column  1-based column, or 0 when the problem concerns the whole line or file
 */
public record Problem(String file, int line, int column, Severity severity, String message) implements java.io.Serializable {

    /** File, then line, then column: the order in which problems are printed. */
    public static final Comparator<Problem> BY_LOCATION = Comparator
            .comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static Problem error(String file, int line, int column, String message) {
        return new Problem(file, line, column, Severity.ERROR, message);
    }

    public static Problem warning(String file, int line, int column, String message) {
        return new Problem(file, line, column, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code questions/x.md:12:3: error: message}, the format compilers and editors understand. */
    public String format() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        return out.append(": ").append(severity.label()).append(": ").append(message).toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
