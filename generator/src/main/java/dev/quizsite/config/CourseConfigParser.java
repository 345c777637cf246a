package dev.quizsite.config;

import dev.quizsite.i18n.Bundles;
import dev.quizsite.i18n.MessageSyntax;
import dev.quizsite.i18n.Messages;
import dev.quizsite.markdown.MarkdownEngine.RawHtml;
import dev.quizsite.load.BoundedYaml;
import dev.quizsite.load.YamlScalars;
import dev.quizsite.report.Report;
import dev.quizsite.report.Suggestion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads {@code quizsite.yml} into a {@link CourseConfig}. Works on SnakeYAML's node tree (not on
 * constructed Java objects) so that every mistake is reported at its line and column, in the
 * same format as mistakes in question files.
 */
public final class CourseConfigParser {

    /** A BCP 47 language tag, loosely: {@code en}, {@code de-CH}, {@code zh-Hant-TW}. */
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    private final String file;
    private final Report report;
    private int errors;

    private CourseConfigParser(String file, Report report) {
        this.file = file;
        this.report = report;
    }

    /**
     * @param file the path shown in messages
     * @return the settings, or empty when the file has errors (they are in the report)
     */
    public static Optional<CourseConfig> parse(String yaml, String file, Report report) {
        return new CourseConfigParser(file, report).read(yaml);
    }

    private Optional<CourseConfig> read(String yaml) {
        Node root;
        try {
            root = BoundedYaml.compose(yaml);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            Mark context = e.getContextMark();
            String where = e.getContext() != null && context != null && context != e.getProblemMark()
                    ? "line " + (context.getLine() + 1) + ", column " + (context.getColumn() + 1) : null;
            report.error(file, mark == null ? 1 : mark.getLine() + 1, mark == null ? 1 : mark.getColumn() + 1,
                    "not valid YAML: " + dev.quizsite.load.YamlWords.explain(problem, e.getContext(), where));
            return Optional.empty();
        } catch (YAMLException e) {
            report.error(file, 1, 1, "not valid YAML: " + BoundedYaml.oneLine(e.getMessage()));
            return Optional.empty();
        }
        if (root == null) {
            return Optional.of(CourseConfig.EMPTY);
        }
        if (!(root instanceof MappingNode mapping)) {
            error(root, "the course configuration must be `key: value` lines (" + String.join(", ", CourseConfig.KEYS) + ")");
            return Optional.empty();
        }
        CourseConfig config = readMapping(mapping);
        return errors > 0 ? Optional.empty() : Optional.of(config);
    }

    private CourseConfig readMapping(MappingNode mapping) {
        Optional<String> title = Optional.empty();
        Optional<String> baseUrl = Optional.empty();
        Optional<String> language = Optional.empty();
        Optional<String> description = Optional.empty();
        List<CourseConfig.OrderEntry> order = List.of();
        Optional<Boolean> shuffle = Optional.empty();
        Optional<RawHtml> rawHtml = Optional.empty();
        Map<String, String> messages = Map.of();
        Optional<String> id = Optional.empty();
        Set<String> seen = new HashSet<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            Node value = tuple.getValueNode();
            if (!(keyNode instanceof ScalarNode keyScalar)) {
                error(keyNode, "a key must be a plain word");
                continue;
            }
            String key = keyScalar.getValue();
            if (!seen.add(key)) {
                error(keyNode, "`" + key + "` is given twice");
                continue;
            }
            switch (key) {
                case "title" -> title = text(key, value);
                case "baseUrl" -> baseUrl = text(key, value).flatMap(v -> baseUrl(v, value));
                case "language" -> language = text(key, value).filter(v -> language(v, value));
                case "description" -> description = text(key, value);
                case "order" -> order = order(value);
                case "shuffle" -> shuffle = bool(key, value);
                case "allowRawHtml" -> rawHtml = bool(key, value).map(allow -> allow ? RawHtml.SANITIZED : RawHtml.ESCAPED);
                case "messages" -> messages = messages(value);
                case "id" -> id = text(key, value).filter(v -> courseId(v, value));
                default -> error(keyNode, "unknown key `" + key + "`" + Suggestion.hint(key, CourseConfig.KEYS)
                        + " (known keys: " + String.join(", ", CourseConfig.KEYS) + ")");
            }
        }
        return new CourseConfig(title, baseUrl, language, description, order, shuffle, rawHtml, messages, id);
    }

    private boolean courseId(String id, Node at) {
        if (CourseSettings.ID.matcher(id).matches()) {
            return true;
        }
        error(at, "`id` must be lower-case letters, digits and dashes (at most 100), not `" + id + "`; readers'"
                + " browsers keep their progress under it, so choose it once and keep it");
        return false;
    }

    /** {@code messages: { check: Prüfen }}: each key one of the bundle's, each value a valid ICU message. */
    private Map<String, String> messages(Node value) {
        if (!(value instanceof MappingNode mapping)) {
            error(value, "`messages` must be `key: text` lines such as `check: Prüfen`, not " + YamlScalars.describe(value));
            return Map.of();
        }
        Map<String, String> messages = new TreeMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            String key = keyNode instanceof ScalarNode scalar ? scalar.getValue() : "";
            Optional<String> english = Bundles.english().pattern(key);
            if (english.isEmpty()) {
                error(keyNode, "unknown message `" + key + "`" + Suggestion.hint(key, Bundles.keys())
                        + " (the keys are listed in the README's \"Languages\" section)");
                continue;
            }
            if (messages.containsKey(key)) {
                error(keyNode, "message `" + key + "` is given twice");
                continue;
            }
            Optional<String> text = text("messages." + key, tuple.getValueNode());
            Optional<String> problem = text.flatMap(MessageSyntax::problem);
            if (problem.isPresent()) {
                error(tuple.getValueNode(), "message `" + key + "` is not a valid ICU message: " + problem.get());
                continue;
            }
            if (text.isPresent()) {
                // An argument the page does not pass would be shown as "{titel}" to every reader.
                Set<String> allowed = MessageSyntax.arguments(english.get());
                List<String> unknown = MessageSyntax.arguments(text.get()).stream()
                        .filter(name -> !allowed.contains(name)).toList();
                if (!unknown.isEmpty()) {
                    error(tuple.getValueNode(), "message `" + key + "` uses {" + String.join("}, {", unknown)
                            + "}, which it is not given; it is given "
                            + (allowed.isEmpty() ? "no arguments" : "{" + String.join("}, {", allowed) + "}"));
                    continue;
                }
                if (Messages.SCRIPT_KEYS.contains(key)) {
                    try {
                        MessageSyntax.scriptForm(text.get(), com.ibm.icu.util.ULocale.ROOT);
                    } catch (IllegalArgumentException e) {
                        error(tuple.getValueNode(), "message `" + key + "` is shown by quiz.js: " + e.getMessage());
                        continue;
                    }
                }
                messages.put(key, text.get());
            }
        }
        return messages;
    }

    private Optional<String> baseUrl(String text, Node at) {
        BaseUrl.Result checked = BaseUrl.check(text);
        checked.problem().ifPresent(problem -> error(at, problem));
        return checked.url();
    }

    private boolean language(String tag, Node at) {
        if (LANGUAGE.matcher(tag).matches()) {
            return true;
        }
        error(at, "`language` must be a language tag such as `en` or `de-CH`, not `" + tag + "`");
        return false;
    }

    private List<CourseConfig.OrderEntry> order(Node value) {
        if (!(value instanceof SequenceNode sequence)) {
            error(value, "`order` must be a list of question ids such as [first-id, second-id], not " + YamlScalars.describe(value));
            return List.of();
        }
        List<CourseConfig.OrderEntry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof ScalarNode scalar) || !YamlScalars.isText(scalar) || scalar.getValue().isBlank()) {
                error(item, "each item of `order` must be a question id, not " + YamlScalars.describe(item));
            } else if (!ids.add(scalar.getValue())) {
                error(item, "`" + scalar.getValue() + "` is listed twice in `order`");
            } else {
                entries.add(new CourseConfig.OrderEntry(scalar.getValue(), file, line(item), column(item)));
            }
        }
        return entries;
    }

    private Optional<String> text(String key, Node value) {
        if (value instanceof ScalarNode scalar && YamlScalars.isText(scalar)) {
            if (scalar.getValue().isBlank()) {
                error(value, "`" + key + "` must not be empty");
                return Optional.empty();
            }
            return Optional.of(scalar.getValue());
        }
        error(value, "`" + key + "` must be text, not " + YamlScalars.describe(value));
        return Optional.empty();
    }

    private Optional<Boolean> bool(String key, Node value) {
        Optional<Boolean> bool = YamlScalars.bool(value);
        if (bool.isEmpty()) {
            error(value, "`" + key + "` must be true or false, not " + YamlScalars.describe(value));
        }
        return bool;
    }



    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    private static int column(Node node) {
        return node.getStartMark().getColumn() + 1;
    }

    private void error(Node node, String message) {
        errors++;
        report.error(file, line(node), column(node), message);
    }

}
