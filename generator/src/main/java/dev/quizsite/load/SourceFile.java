package dev.quizsite.load;

import dev.quizsite.store.Store;
import java.nio.file.Path;

/**
 * A decoded question file: text without byte-order mark and with LF line ends, so that
 * lines and columns mean the same thing whatever editor wrote the file.
 *
 * @param path        where it was read from
 * @param displayPath the path shown in messages, relative to the project
 * @param text        the decoded, normalised text
 * @param hash        the hash of the bytes the text was decoded from: a key of everything the text
 *                    is (hashed as read, so that 60 MB of text is not encoded again to be hashed)
 */
public record SourceFile(Path path, String displayPath, String text, String hash) {

    /** A file made from text, not read: its hash is the text's. */
    public SourceFile(Path path, String displayPath, String text) {
        this(path, displayPath, text, Store.hash(text));
    }

    /** The file name without its extension. */
    public String baseName() {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
