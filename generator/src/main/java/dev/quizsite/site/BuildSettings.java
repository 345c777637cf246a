package dev.quizsite.site;

import dev.quizsite.links.LinkSettings;
import dev.quizsite.markdown.MarkdownEngine.RawHtml;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a build needs, as plain values: the core never sees Maven.
 *
 * @param projectRoot  paths in messages are shown relative to this folder
 * @param questions    folder of question files ({@code *.md})
 * @param output       the site folder, replaced as a whole when a build succeeds
 * @param templates    folder whose templates override the default theme's, if any
 * @param assets       folder whose files are copied over the default theme's assets, if any
 * @param data         folder of chart data files ({@code *.csv}), if any
 * @param links        how the rendered site's links are checked before it replaces the old one
 */
public record BuildSettings(
        Path projectRoot,
        Path questions,
        Path output,
        Optional<Path> templates,
        Optional<Path> assets,
        Optional<Path> data,
        String title,
        String language,
        String description,
        RawHtml rawHtml,
        LinkSettings links) {

    public BuildSettings {
        Objects.requireNonNull(projectRoot, "projectRoot");
        Objects.requireNonNull(questions, "questions");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        description = description == null ? "" : description;
        rawHtml = rawHtml == null ? RawHtml.ESCAPED : rawHtml;
        links = links == null ? LinkSettings.defaults(projectRoot.resolve("target/quizsite-links")) : links;
    }

    /** Settings with the default link checks (cache in {@code target/quizsite-links}). */
    public BuildSettings(Path projectRoot, Path questions, Path output, Optional<Path> templates, Optional<Path> assets,
            Optional<Path> data, String title, String language, String description, RawHtml rawHtml) {
        this(projectRoot, questions, output, templates, assets, data, title, language, description, rawHtml, null);
    }

    /** Settings with the defaults of a course at {@code root}: questions/ in, target/quizsite out. */
    public static BuildSettings defaults(Path root) {
        return new BuildSettings(root, root.resolve("questions"), root.resolve("target/quizsite"),
                Optional.empty(), Optional.empty(), Optional.empty(), "Quiz", "en", "", RawHtml.ESCAPED);
    }

    public BuildSettings withOutput(Path newOutput) {
        return new BuildSettings(projectRoot, questions, newOutput, templates, assets, data, title, language,
                description, rawHtml, links);
    }

    public BuildSettings withLinks(LinkSettings newLinks) {
        return new BuildSettings(projectRoot, questions, output, templates, assets, data, title, language,
                description, rawHtml, newLinks);
    }
}
