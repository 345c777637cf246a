package dev.quizsite.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One payload of {@code corpus/injection/}: {@code NAME.md} holds Markdown that would run
 * {@code window.__pwned=1} if any of it executed; {@code NAME.visible} lists text the reader must
 * still see: plain lines with raw HTML escaped (the default), {@code always: } lines in both modes.
 *
 * @param markdown the payload without its final line end
 */
record InjectionPayload(String name, String markdown, List<String> visibleEscaped, List<String> visibleAlways) {

    static InjectionPayload load(Path file) {
        try {
            String name = Corpus.caseName(file);
            String markdown = Files.readString(file, StandardCharsets.UTF_8).stripTrailing();
            List<String> escaped = new ArrayList<>();
            List<String> always = new ArrayList<>();
            for (String line : Files.readAllLines(file.resolveSibling(name + ".visible"), StandardCharsets.UTF_8)) {
                if (line.startsWith("always: ")) {
                    always.add(line.substring("always: ".length()));
                } else if (!line.isBlank()) {
                    escaped.add(line);
                }
            }
            return new InjectionPayload(name, markdown, escaped, always);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Several lines: usable only where a question takes blocks (scenario, feedback, answer). */
    boolean isBlock() {
        return markdown.contains("\n");
    }

    /** Usable as a reference's link text: a link inside a link would become the reference. */
    boolean fitsInLinkText() {
        return !isBlock() && !markdown.contains("[") && !markdown.matches("(?s).*<[A-Za-z]+:.*");
    }

    @Override
    public String toString() {
        return name;
    }
}
