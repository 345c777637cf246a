package dev.quizsite.i18n;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;

/**
 * Gives templates {@code msg('key')} and {@code msg('key', {'title': site.title})}: the course's
 * message, formatted by ICU. The result is plain text, so Pebble escapes it like any variable.
 */
public final class MessagesExtension extends AbstractExtension {

    private final Messages messages;

    public MessagesExtension(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of("msg", new Msg());
    }

    private final class Msg implements Function {

        @Override
        public List<String> getArgumentNames() {
            return List.of("key", "args");
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                int lineNumber) {
            Object key = args.get("key");
            Object values = args.get("args");
            if (values != null && !(values instanceof Map)) {
                throw new PebbleException(null, "msg(key, args): args must be a map such as {'title': site.title}",
                        lineNumber, self.getName());
            }
            Map<String, ?> arguments = values == null ? Map.of() : (Map<String, ?>) values;
            // An unknown key is a theme mistake: fail the build at the template's line, as for a bad variable.
            return messages.format(String.valueOf(key), arguments).orElseThrow(() -> new PebbleException(null,
                    "no message `" + key + "`; the keys are listed in the README's \"Languages\" section",
                    lineNumber, self.getName()));
        }
    }
}
