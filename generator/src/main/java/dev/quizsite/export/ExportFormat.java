package dev.quizsite.export;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The LMS formats a course can be exported to, by the name an author writes in {@code <exports>}. */
public enum ExportFormat {
    /** An IMS QTI 2.1 content package (Canvas New Quizzes, OpenOLAT, ONYX, TAO). */
    QTI21("qti21", "QTI 2.1", "quizsite-qti21.zip"),
    /** A QTI 1.2 package in the flavour Canvas (classic quizzes) and Blackboard import. */
    CANVAS("canvas", "Canvas (classic quizzes)", "quizsite-canvas-qti12.zip"),
    /** One Moodle XML file, which Moodle's question bank imports. */
    MOODLE("moodle", "Moodle XML", "quizsite-moodle.xml");

    private final String key;
    private final String title;
    private final String fileName;

    ExportFormat(String key, String title, String fileName) {
        this.key = key;
        this.title = title;
        this.fileName = fileName;
    }

    /** The format as messages name it. */
    public String title() {
        return title;
    }

    public String key() {
        return key;
    }

    /** The file written into the export folder. */
    public String fileName() {
        return fileName;
    }

    public static Optional<ExportFormat> of(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(ExportFormat::key).toList();
    }
}
