package dev.quizsite.render;

import dev.quizsite.report.Suggestion;
import io.pebbletemplates.pebble.error.AttributeNotFoundException;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.error.RootAttributeNotFoundException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template mistake in the house style: which variable does not exist, which ones do there,
 * and the one probably meant, instead of Pebble's "Attribute [x] of [java.util.HashMap] does
 * not exist or can not be accessed and strict variables is set to true".
 */
final class TemplateMessages {

    private TemplateMessages() {
    }

    /**
     * @param context the variables the template was given
     * @param line    the template's line where it failed, when it could be read: it names the
     *                variable that lacks the attribute (Pebble's exception does not)
     */
    static String explain(PebbleException e, Map<String, Object> context, Optional<String> line) {
        if (e instanceof RootAttributeNotFoundException missing) {
            String name = missing.getAttributeName();
            return "there is no variable `" + name + "`" + Suggestion.hint(name, context.keySet())
                    + " (this template has " + names(context.keySet()) + ")";
        }
        if (e instanceof AttributeNotFoundException missing) {
            String name = missing.getAttributeName();
            Optional<String> parent = line.flatMap(text -> parentOf(name, text));
            Optional<Map<?, ?>> known = parent.flatMap(path -> resolve(path, context));
            if (known.isPresent()) {
                TreeSet<String> keys = new TreeSet<>();
                known.get().keySet().forEach(k -> keys.add(String.valueOf(k)));
                return "`" + parent.get() + "` has no `" + name + "`" + Suggestion.hint(name, keys)
                        + " (it has " + names(keys) + ")";
            }
            return "`" + name + "` does not exist" + parent.map(p -> " in `" + p + "`").orElse("")
                    + Suggestion.hint(name, allKeys(context));
        }
        return e.getPebbleMessage();
    }

    /** In {@code {{ site.titel }}}, the variable before {@code .titel}: {@code site}. */
    static Optional<String> parentOf(String attribute, String line) {
        Matcher m = Pattern.compile("([A-Za-z_][\\w.]*)\\." + Pattern.quote(attribute) + "(?![\\w])").matcher(line);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The map a dotted path names in the context, when it is one (a loop variable is not). */
    private static Optional<Map<?, ?>> resolve(String path, Map<String, Object> context) {
        Object value = context;
        for (String part : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map) || !map.containsKey(part)) {
                return Optional.empty();
            }
            value = map.get(part);
        }
        return value instanceof Map<?, ?> map ? Optional.of(map) : Optional.empty();
    }

    /** Every attribute name in the context, two levels down and into lists: the candidates for a loop variable's. */
    private static TreeSet<String> allKeys(Map<String, Object> context) {
        TreeSet<String> keys = new TreeSet<>();
        collect(context, keys, 0);
        return keys;
    }

    private static void collect(Object value, TreeSet<String> keys, int depth) {
        if (depth > 3) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (depth > 0) {
                    keys.add(String.valueOf(k));
                }
                collect(v, keys, depth + 1);
            });
        } else if (value instanceof List<?> list && !list.isEmpty()) {
            collect(list.get(0), keys, depth);
        }
    }

    private static String names(java.util.Collection<String> names) {
        return String.join(", ", new TreeSet<>(names).stream().map(n -> "`" + n + "`").toList());
    }
}
