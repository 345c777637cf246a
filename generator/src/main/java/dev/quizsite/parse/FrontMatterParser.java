package dev.quizsite.parse;

import dev.quizsite.model.ChartUse;
import dev.quizsite.model.Location;
import dev.quizsite.model.QuestionType;
import dev.quizsite.load.BoundedYaml;
import dev.quizsite.load.YamlScalars;
import dev.quizsite.report.Report;
import dev.quizsite.report.Suggestion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Map;
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
 * Splits a question file into its YAML front matter and its Markdown body, and reads the front
 * matter into typed settings. Every mistake is reported with the line and column in the file.
 */
public final class FrontMatterParser {

    /** Ids are used as folder names and URL segments. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    /** The Markdown after the front matter, and how many lines came before it. */
    public record Split(String yaml, String body, int bodyLineOffset, boolean hasFrontMatter) {
    }

    /** Splits off front matter; reports an unterminated block and treats the file as all front matter. */
    public static Optional<Split> split(String text, String file, Report report) {
        if (!(text.startsWith("---\n") || text.equals("---"))) {
            return Optional.of(new Split("", text, 0, false));
        }
        int lineStart = text.indexOf('\n') + 1;
        int line = 2;
        while (lineStart > 0 && lineStart <= text.length()) {
            int end = text.indexOf('\n', lineStart);
            String content = end < 0 ? text.substring(lineStart) : text.substring(lineStart, end);
            if (content.equals("---") || content.equals("...")) {
                String yaml = text.substring(4, lineStart);
                String body = end < 0 ? "" : text.substring(end + 1);
                return Optional.of(new Split(yaml, body, line, true));
            }
            if (end < 0) {
                break;
            }
            lineStart = end + 1;
            line++;
        }
        report.error(file, 1, 1, "front matter is not closed: add a `---` line after the settings");
        return Optional.empty();
    }

    private final String file;
    private final Report report;
    private final int firstLine;
    private int errors;

    private FrontMatterParser(String file, Report report) {
        this.file = file;
        this.report = report;
        this.firstLine = 2; // the YAML starts on the line after the opening ---
    }

    /**
     * Reads the YAML of a split file: the settings that are valid (the others are reported), or
     * empty when it is not YAML at all or not a mapping.
     */
    public static Optional<FrontMatter> parse(String yaml, String file, Report report) {
        return new FrontMatterParser(file, report).read(yaml);
    }

    private Optional<FrontMatter> read(String yaml) {
        Node root;
        try {
            root = BoundedYaml.compose(yaml);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            report.error(file, mark == null ? firstLine : mark.getLine() + firstLine,
                    mark == null ? 1 : mark.getColumn() + 1, "front matter is not valid YAML: " + explain(e));
            return Optional.empty();
        } catch (YAMLException e) {
            report.error(file, firstLine, 1, "front matter is not valid YAML: " + explain(e.getMessage()));
            return Optional.empty();
        }
        if (root == null) {
            return Optional.of(FrontMatter.NONE);
        }
        if (!(root instanceof MappingNode mapping)) {
            error(root, "front matter must be `key: value` lines (" + String.join(", ", FrontMatter.KEYS) + ")");
            return Optional.empty();
        }
        return readMapping(mapping);
    }

    private Optional<FrontMatter> readMapping(MappingNode mapping) {
        Optional<String> id = Optional.empty();
        int idLine = 1;
        Optional<String> title = Optional.empty();
        OptionalInt order = OptionalInt.empty();
        List<String> tags = List.of();
        List<ChartUse> charts = List.of();
        Optional<QuestionType> type = Optional.empty();
        Optional<Boolean> shuffle = Optional.empty();
        Optional<Boolean> matchCase = Optional.empty();
        Map<String, Integer> seen = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            Node value = tuple.getValueNode();
            if (!(keyNode instanceof ScalarNode keyScalar)) {
                error(keyNode, "a front matter key must be a plain word");
                continue;
            }
            String key = keyScalar.getValue();
            Integer first = seen.putIfAbsent(key, line(keyNode));
            if (first != null) {
                error(keyNode, "`" + key + "` is given twice (first on line " + first + "); keep one");
                continue;
            }
            switch (key) {
                case "id" -> {
                    id = string(key, value).filter(v -> validId(v, value));
                    idLine = line(keyNode);
                }
                case "title" -> title = string(key, value).filter(v -> notBlank(key, v, value));
                case "order" -> order = integer(key, value);
                case "tags" -> tags = strings(key, value);
                case "charts" -> charts = chartUses(strings(key, value), value);
                case "type" -> type = questionType(value);
                case "shuffle" -> shuffle = bool(key, value);
                case "matchCase" -> matchCase = bool(key, value);
                default -> error(keyNode, "unknown front matter key `" + key + "`"
                        + Suggestion.hint(key, FrontMatter.KEYS)
                        + " (known keys: " + String.join(", ", FrontMatter.KEYS) + ")");
            }
        }
        // The keys that were read well, even when others were not: the rest of the file is then
        // checked against them, and the charts it names are looked for, in the same build.
        return Optional.of(new FrontMatter(id, idLine, title, order, tags, charts, type, shuffle, matchCase));
    }

    private boolean validId(String id, Node at) {
        if (ID.matcher(id).matches()) {
            return true;
        }
        error(at, "`id` must be lower-case letters, digits and dashes (at most 100), not `" + id + "`");
        return false;
    }

    private boolean notBlank(String key, String value, Node at) {
        if (!value.isBlank()) {
            return true;
        }
        error(at, "`" + key + "` must not be empty");
        return false;
    }

    private Optional<String> string(String key, Node value) {
        if (value instanceof ScalarNode scalar && YamlScalars.isText(scalar)) {
            return Optional.of(scalar.getValue());
        }
        error(value, "`" + key + "` must be text, not " + YamlScalars.describe(value));
        return Optional.empty();
    }

    private OptionalInt integer(String key, Node value) {
        if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
            try {
                return OptionalInt.of(Integer.parseInt(scalar.getValue().replace("_", "")));
            } catch (NumberFormatException e) {
                error(value, "`" + key + "` must be a whole number from " + Integer.MIN_VALUE + " to "
                        + Integer.MAX_VALUE + ", not `" + scalar.getValue() + "`");
                return OptionalInt.empty();
            }
        }
        error(value, "`" + key + "` must be a whole number, not " + YamlScalars.describe(value));
        return OptionalInt.empty();
    }

    private Optional<Boolean> bool(String key, Node value) {
        Optional<Boolean> bool = YamlScalars.bool(value);
        if (bool.isEmpty()) {
            error(value, "`" + key + "` must be true or false, not " + YamlScalars.describe(value));
        }
        return bool;
    }

    private List<String> strings(String key, Node value) {
        if (!(value instanceof SequenceNode sequence)) {
            error(value, "`" + key + "` must be a list such as [a, b], not " + YamlScalars.describe(value));
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof ScalarNode scalar && YamlScalars.isText(scalar) && !scalar.getValue().isBlank()) {
                values.add(scalar.getValue());
            } else {
                error(item, "each item of `" + key + "` must be text, not " + YamlScalars.describe(item));
            }
        }
        return values;
    }

    /** Each name with where it stands, so that an unknown chart is reported at its name. */
    private List<ChartUse> chartUses(List<String> names, Node value) {
        if (!(value instanceof SequenceNode sequence) || sequence.getValue().size() != names.size()) {
            return List.of(); // the list had errors, already reported
        }
        List<ChartUse> uses = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Node item = sequence.getValue().get(i);
            uses.add(new ChartUse(names.get(i), new Location(file, line(item), item.getStartMark().getColumn() + 1), false));
        }
        return uses;
    }

    private Optional<QuestionType> questionType(Node value) {
        if (value instanceof ScalarNode scalar) {
            for (QuestionType type : QuestionType.values()) {
                if (type.key().equals(scalar.getValue())) {
                    return Optional.of(type);
                }
            }
        }
        String hint = value instanceof ScalarNode scalar
                ? Suggestion.hint(scalar.getValue(), QuestionType.keys()) : "";
        List<String> keys = QuestionType.keys().stream().map(k -> "`" + k + "`").toList();
        error(value, "`type` must be " + String.join(", ", keys.subList(0, keys.size() - 1)) + " or "
                + keys.get(keys.size() - 1) + ", not " + YamlScalars.describe(value) + hint);
        return Optional.empty();
    }



    private int line(Node node) {
        return node.getStartMark().getLine() + firstLine;
    }

    private void error(Node node, String message) {
        errors++;
        report.error(file, line(node), node.getStartMark().getColumn() + 1, message);
    }

    /** SnakeYAML's problem, with where the construct it was reading began, in the author's words. */
    private String explain(MarkedYAMLException e) {
        String raw = e.getProblem() != null ? e.getProblem() : e.getMessage();
        String special = explain(raw);
        if (!special.equals(BoundedYaml.oneLine(raw))) {
            return special;
        }
        Mark context = e.getContextMark();
        String where = e.getContext() != null && context != null && context != e.getProblemMark()
                ? "line " + (context.getLine() + firstLine) + ", column " + (context.getColumn() + 1) : null;
        return dev.quizsite.load.YamlWords.explain(raw, e.getContext(), where);
    }

    private static String explain(String problem) {
        String text = BoundedYaml.oneLine(problem);
        if (text.contains("(TAB)")) {
            return "a tab character; indent front matter with spaces";
        }
        if (text.contains("exceeds the limit")) {
            return "front matter is longer than 1 MiB; keep settings short";
        }
        if (text.startsWith("Number of aliases")) {
            return "too many aliases (`*name`); write the values out instead";
        }
        return text;
    }

}
