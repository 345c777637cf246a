package dev.quizsite.load;

import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The one way Quizsite reads YAML (a question's front matter, {@code quizsite.yml}): composed into
 * SnakeYAML's node tree, which keeps every value's line and column, never constructed into
 * objects, and within bounds that keep "billion laughs" aliases and deep nesting out. The limits
 * are those the README's "Limits" table gives.
 */
public final class BoundedYaml {

    private BoundedYaml() {
    }

    /**
     * @return the document's root node, or null for an empty document
     * @throws YAMLException (often a {@code MarkedYAMLException} with the place) when it is not valid
     *                       YAML or goes past a limit
     */
    public static Node compose(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(1024 * 1024);
        return new Yaml(new SafeConstructor(options)).compose(new StringReader(yaml));
    }

    /** SnakeYAML's multi-line messages as one line, for a compiler-style message. */
    public static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }
}
