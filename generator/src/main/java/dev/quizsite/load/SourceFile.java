package dev.quizsite.load;

import java.nio.file.Path;

/**
 * A decoded question file: text without byte-order mark and with LF line ends, so that
 * lines and columns mean the same thing whatever editor wrote the file.
 *
 * @param path        where it was read from
 * @param displayPath the path shown in messages, relative to the project
 * @param text        the decoded, normalised text
 */
public record SourceFile(Path path, String displayPath, String text) {

    /** The file name without its extension. */
    public String baseName() {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
