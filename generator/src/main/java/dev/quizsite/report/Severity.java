package dev.quizsite.report;

/** How bad a problem is: errors fail the build, warnings are only reported. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word printed in a compiler-style message. */
    public String label() {
        return label;
    }
}
