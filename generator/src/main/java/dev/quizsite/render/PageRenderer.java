package dev.quizsite.render;

import dev.quizsite.i18n.Bundles;
import dev.quizsite.i18n.Messages;
import dev.quizsite.i18n.MessagesExtension;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Renders pages from Pebble templates: the site's own templates folder first, then the default
 * theme inside the plugin, so a site overrides any template (or partial) by file name.
 *
 * <p>Autoescaping is on; question content reaches templates only as data (see {@link Views}),
 * so no text from a question is ever evaluated as a template.
 */
public final class PageRenderer {

    /** Where the default theme's templates live on the classpath. */
    public static final String THEME_TEMPLATES = "dev/quizsite/theme/templates";

    private final PebbleEngine engine;
    private final Optional<Path> overrides;
    private final Messages messages;

    /** Renders with the English messages. */
    public PageRenderer(Optional<Path> overrides) {
        this(overrides, Bundles.english());
    }

    /** @param messages what templates get from {@code msg('key')} (see {@link MessagesExtension}) */
    public PageRenderer(Optional<Path> overrides, Messages messages) {
        this.overrides = overrides;
        this.messages = messages;
        List<Loader<?>> loaders = new ArrayList<>();
        overrides.filter(Files::isDirectory).ifPresent(dir -> loaders.add(new FileLoader(dir.toAbsolutePath().toString())));
        ClasspathLoader theme = new ClasspathLoader(PageRenderer.class.getClassLoader());
        theme.setPrefix(THEME_TEMPLATES);
        loaders.add(theme);
        this.engine = new PebbleEngine.Builder()
                .loader(new DelegatingLoader(loaders))
                .strictVariables(true)
                .autoEscaping(true)
                .newLineTrimming(true)
                .extension(new MessagesExtension(messages))
                .build();
    }

    /** The messages the templates get, for the few words the renderer puts into a page's variables. */
    public Messages messages() {
        return messages;
    }

    /**
     * Renders {@code template} (a name such as {@code question.peb}) with {@code context}.
     *
     * @throws TemplateException when a template is broken; the message names it
     */
    public String render(String template, Map<String, Object> context) {
        StringWriter out = new StringWriter(8192);
        try {
            renderTo(template, context, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Renders {@code template} with {@code context} to its UTF-8 bytes, encoded as it is written
     * (by {@link Utf8Writer}) into a buffer of about {@code expected} bytes (what the page took last time): a page of
     * megabytes made as a string grew its buffer by doubling, then was copied to a string and
     * again to bytes, and that garbage (a gigabyte a second in the preview at 10,000 questions)
     * set off the collections that stalled its rebuilds.
     *
     * @throws TemplateException when a template is broken; the message names it
     */
    public byte[] renderBytes(String template, Map<String, Object> context, int expected) {
        return renderBytes(template, context, expected, text -> null);
    }

    /**
     * As {@link #renderBytes(String, Map, int)}, taking the bytes of a string the template writes
     * whole from {@code encoded} where it has them (by the string itself, not its text: see
     * {@link Encoded}), instead of encoding it again.
     */
    public byte[] renderBytes(String template, Map<String, Object> context, int expected,
            Function<String, byte[]> encoded) {
        Utf8Writer out = new Utf8Writer(expected + expected / 16 + 256, encoded);
        try {
            renderTo(template, context, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not thrown: the bytes are in memory
        }
        return out.toByteArray();
    }

    /**
     * A rendered string kept with its UTF-8 bytes: a page that writes it again and again (the
     * handout's part writes 500 printed questions, of which an edit changes one) copies the bytes
     * instead of encoding megabytes again. Looked up by the string object, which the page's
     * variables hand to the template as it is.
     */
    public record Encoded(String text, byte[] bytes) {
        public static Encoded of(String text) {
            return new Encoded(text, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Renders {@code template} into {@code out}: for a big page written straight to its file,
     * without holding it whole in memory first.
     *
     * @throws TemplateException when a template is broken; the message names it
     * @throws IOException when {@code out} cannot be written
     */
    public void renderTo(String template, Map<String, Object> context, Writer out) throws IOException {
        try {
            engine.getTemplate(template).evaluate(out, context);
        } catch (PebbleException e) {
            String name = e.getFileName() == null ? template : e.getFileName();
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            throw new TemplateException(name, line, TemplateMessages.explain(e, context, sourceLine(name, line)), e);
        }
    }

    /** Line {@code line} of a template, from the course's folder or the theme, where it can be read. */
    private Optional<String> sourceLine(String name, int line) {
        if (line < 1) {
            return Optional.empty();
        }
        try {
            Optional<Path> own = overrides.map(dir -> dir.resolve(name)).filter(Files::isRegularFile);
            String text;
            if (own.isPresent()) {
                text = Files.readString(own.get());
            } else {
                try (java.io.InputStream in = PageRenderer.class.getClassLoader()
                        .getResourceAsStream(THEME_TEMPLATES + "/" + name)) {
                    if (in == null) {
                        return Optional.empty();
                    }
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            return text.lines().skip(line - 1L).findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // the message is still right, only without the variable's name
        }
    }

    /** A broken template (a theme mistake, not a question mistake), with its place. */
    public static final class TemplateException extends RuntimeException {
        private final String template;
        private final int line;

        TemplateException(String template, int line, String message, Throwable cause) {
            super(message, cause);
            this.template = template;
            this.line = line;
        }

        public String template() {
            return template;
        }

        public int line() {
            return line;
        }
    }
}
