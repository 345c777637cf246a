package dev.quizsite.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Collects every problem of a build so that all of them are reported at once, sorted by place.
 * Thread-safe: stages running in parallel add to the same report.
 */
public final class Report {

    private final List<Problem> problems = new ArrayList<>();

    public synchronized void add(Problem problem) {
        problems.add(problem);
    }

    public synchronized void addAll(Collection<Problem> more) {
        problems.addAll(more);
    }

    public void error(String file, int line, int column, String message) {
        add(Problem.error(file, line, column, message));
    }

    public void warning(String file, int line, int column, String message) {
        add(Problem.warning(file, line, column, message));
    }

    /** All problems, sorted by file, line and column. */
    public synchronized List<Problem> problems() {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Problem.BY_LOCATION);
        return List.copyOf(sorted);
    }

    public synchronized long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public synchronized long warningCount() {
        return problems.size() - errorCount();
    }

    public boolean hasErrors() {
        return errorCount() > 0;
    }

    /** "2 errors, 1 warning": the count printed after the list. */
    public String counts() {
        return plural(errorCount(), "error") + ", " + plural(warningCount(), "warning");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
