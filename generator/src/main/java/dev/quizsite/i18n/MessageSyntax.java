package dev.quizsite.i18n;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.MessagePattern.ArgType;
import com.ibm.icu.text.MessagePattern.Part;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads messages with ICU's own parser ({@link MessagePattern}), so that what the build checks is
 * exactly what ICU's MessageFormat will format, and turns a message into the simple form quiz.js
 * fills in: text with {@code {name}} placeholders, or one such text per plural category.
 */
public final class MessageSyntax {

    private static final java.util.List<String> CLDR_ORDER = java.util.List.of("zero", "one", "two", "few", "many", "other");

    private MessageSyntax() {
    }

    /** Why {@code pattern} is not a message ICU can format, or empty when it is. */
    public static Optional<String> problem(String pattern) {
        try {
            new MessagePattern(pattern);
            return Optional.empty();
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The names of the arguments {@code pattern} uses, in order ({@code {title}} → {@code title}). */
    public static Set<String> arguments(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            Part part = parsed.getPart(i);
            if (part.getType() == Part.Type.ARG_NAME) {
                names.add(parsed.getSubstring(part));
            }
        }
        return names;
    }

    /**
     * The message as quiz.js needs it: a String with {@code {name}} placeholders, or, for a message
     * with a plural, a map with {@code arg} (the plural's argument) and one such String per CLDR
     * category of the language (and per explicit {@code =n} case); quiz.js picks one with the
     * browser's {@code Intl.PluralRules}. The browser does not parse ICU syntax itself.
     *
     * @throws IllegalArgumentException when the message has more than one plural, a nested one, an
     *                                  offset, or a select: quiz.js would have to parse ICU for them
     */
    public static Object scriptForm(String pattern, ULocale locale) {
        MessagePattern parsed = new MessagePattern(pattern);
        int plural = -1;
        for (int i = 1; i < parsed.countParts() - 1; i++) {
            Part part = parsed.getPart(i);
            if (part.getType() == Part.Type.ARG_START && part.getArgType() != ArgType.NONE
                    && part.getArgType() != ArgType.SIMPLE) {
                if (part.getArgType() != ArgType.PLURAL || plural >= 0) {
                    throw new IllegalArgumentException("a message shown by quiz.js may have one plural and no"
                            + " select, choice or ordinal");
                }
                plural = i;
                i = parsed.getLimitPartIndex(i);
            }
        }
        if (plural < 0) {
            return text(parsed, 0, null, null);
        }
        String arg = parsed.getSubstring(parsed.getPart(plural + 1));
        Map<String, String> selectors = new LinkedHashMap<>();
        for (int i = plural + 2; i < parsed.getLimitPartIndex(plural); i++) {
            Part part = parsed.getPart(i);
            if (part.getType() == Part.Type.ARG_INT || part.getType() == Part.Type.ARG_DOUBLE) {
                throw new IllegalArgumentException("a plural shown by quiz.js may not have an offset");
            }
            if (part.getType() == Part.Type.ARG_SELECTOR) {
                selectors.put(parsed.getSubstring(part), "");
                i++; // the explicit value of an =n selector, or the sub-message's start
                if (parsed.getPart(i).getType() != Part.Type.MSG_START) {
                    i++;
                }
                i = parsed.getLimitPartIndex(i);
            }
        }
        Map<String, Object> variants = new LinkedHashMap<>();
        variants.put("arg", arg);
        Set<String> cases = new LinkedHashSet<>();
        selectors.keySet().stream().filter(s -> s.startsWith("=")).forEach(cases::add);
        // In CLDR's order, not the set's: the same messages.js whatever order ICU keeps them in.
        Set<String> keywords = PluralRules.forLocale(locale).getKeywords();
        CLDR_ORDER.stream().filter(keywords::contains).forEach(cases::add);
        for (String category : cases) {
            String selector = selectors.containsKey(category) ? category : "other";
            variants.put(category, text(parsed, 0, arg, selector));
        }
        return variants;
    }

    /**
     * The text of the message that starts at part {@code start} (a MSG_START), with simple
     * arguments and {@code #} written as {@code {name}}, and the plural on {@code arg} replaced by
     * its sub-message for {@code selector}.
     */
    private static String text(MessagePattern parsed, int start, String arg, String selector) {
        String source = parsed.getPatternString();
        StringBuilder out = new StringBuilder();
        int from = parsed.getPart(start).getLimit();
        int limit = parsed.getLimitPartIndex(start);
        for (int i = start + 1; i <= limit; i++) {
            Part part = parsed.getPart(i);
            out.append(source, from, part.getIndex());
            from = part.getLimit();
            switch (part.getType()) {
                case INSERT_CHAR -> out.append((char) part.getValue());
                case REPLACE_NUMBER -> out.append('{').append(arg).append('}');
                case ARG_START -> {
                    int end = parsed.getLimitPartIndex(i);
                    if (part.getArgType() == ArgType.PLURAL) {
                        out.append(text(parsed, subMessage(parsed, i, selector), arg, selector));
                    } else {
                        out.append('{').append(parsed.getSubstring(parsed.getPart(i + 1))).append('}');
                    }
                    i = end;
                    from = parsed.getPart(end).getLimit();
                }
                default -> { } // MSG_LIMIT, SKIP_SYNTAX (quoting apostrophes): nothing to write
            }
        }
        return out.toString();
    }

    /** The MSG_START part of the sub-message for {@code selector} in the plural at {@code argStart}. */
    private static int subMessage(MessagePattern parsed, int argStart, String selector) {
        int end = parsed.getLimitPartIndex(argStart);
        for (int i = argStart + 2; i < end; i++) {
            Part part = parsed.getPart(i);
            if (part.getType() == Part.Type.ARG_SELECTOR) {
                int message = parsed.getPart(i + 1).getType() == Part.Type.MSG_START ? i + 1 : i + 2;
                if (parsed.getSubstring(part).equals(selector)) {
                    return message;
                }
                i = parsed.getLimitPartIndex(message);
            }
        }
        throw new IllegalArgumentException("a plural without `other`"); // ICU's parser already refuses this
    }
}
