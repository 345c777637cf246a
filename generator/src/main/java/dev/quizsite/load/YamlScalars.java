package dev.quizsite.load;

import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The one set of rules for what a YAML scalar means to Quizsite, in front matter and in
 * {@code quizsite.yml} alike. YAML 1.1 reads far more than {@code true} and {@code false} as
 * booleans ({@code yes}, {@code on}, {@code n}…); authors mean those as words.
 */
public final class YamlScalars {

    private YamlScalars() {
    }

    /**
     * A plain scalar counts as text even when YAML reads it as a number or a boolean: an id of
     * {@code 42}, a tag {@code yes}, a title {@code No}.
     */
    public static boolean isText(Node node) {
        if (!(node instanceof ScalarNode scalar)) {
            return false;
        }
        Tag tag = scalar.getTag();
        return tag.equals(Tag.STR) || tag.equals(Tag.INT) || tag.equals(Tag.FLOAT) || tag.equals(Tag.BOOL);
    }

    /**
     * {@code true} or {@code false} (any case); empty for anything else, {@code yes} and {@code on}
     * included, so that the caller reports it instead of reading it as {@code false}.
     */
    public static Optional<Boolean> bool(Node node) {
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
            String word = scalar.getValue().toLowerCase(Locale.ROOT);
            if (word.equals("true") || word.equals("false")) {
                return Optional.of(word.equals("true"));
            }
        }
        return Optional.empty();
    }

    /** A value as a message shows it: {@code `maybe`}, {@code nothing}, {@code a list}, {@code a mapping}. */
    public static String describe(Node node) {
        if (node instanceof ScalarNode scalar) {
            String v = scalar.getValue();
            return v.isEmpty() ? "nothing" : "`" + (v.length() > 40 ? v.substring(0, 40) + "…" : v) + "`";
        }
        return node instanceof SequenceNode ? "a list" : "a mapping";
    }
}
