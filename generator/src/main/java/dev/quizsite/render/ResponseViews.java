package dev.quizsite.render;

import dev.quizsite.model.Html;
import dev.quizsite.model.Option;
import dev.quizsite.model.Question;
import dev.quizsite.model.Response;
import dev.quizsite.parse.AnswerPatterns;
import dev.quizsite.text.Json;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The template variables of each kind of answer, added to {@code question}: what the form shows,
 * what "Show the answer" lists, and {@code accept}, the JSON the reader's script grades with.
 * (The answers are in the page: a static site grades in the browser, and says so in the README.)
 */
final class ResponseViews {

    private ResponseViews() {
    }

    static void add(Map<String, Object> view, Question q) {
        view.put("type", q.type().key());
        view.put("choice", q.type().isChoice());
        view.put("single", q.response() instanceof Response.Choice choice && choice.single());
        view.put("options", List.of()); // only choices have options; a theme may still ask (the handout does)
        view.put("accept", ""); // the answers the script compares typed text with; only text and numbers need them
        Response response = q.response();
        if (response instanceof Response.Choice choice) {
            choice(view, choice);
        } else if (response instanceof Response.ShortText text) {
            shortText(view, text);
        } else if (response instanceof Response.Numeric numeric) {
            numeric(view, numeric);
        } else if (response instanceof Response.Ordering ordering) {
            ordering(view, ordering, q.id());
        } else if (response instanceof Response.Matching matching) {
            matching(view, matching);
        }
    }

    private static void choice(Map<String, Object> view, Response.Choice choice) {
        List<Map<String, Object>> options = new ArrayList<>();
        List<Integer> correct = new ArrayList<>();
        int number = 1;
        for (Option option : choice.options()) {
            Map<String, Object> o = withFeedback(number, option.feedback());
            o.put("html", safe(option.html()));
            o.put("correct", option.correct());
            options.add(o);
            if (option.correct()) {
                correct.add(number);
            }
            number++;
        }
        view.put("options", options);
        view.put("correct", correct.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse(""));
    }

    private static void shortText(Map<String, Object> view, Response.ShortText text) {
        List<Map<String, Object>> answers = new ArrayList<>();
        List<Object> accept = new ArrayList<>();
        int number = 1;
        for (Response.TextAnswer answer : text.answers()) {
            Map<String, Object> a = withFeedback(number, answer.feedback());
            a.put("text", answer.text());
            a.put("pattern", answer.pattern());
            a.put("right", answer.right());
            answers.add(a);
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("n", number);
            rule.put("r", answer.right());
            // a literal is compared with the reader's answer normalised the same way (quiz.js normalise)
            rule.put(answer.pattern() ? "p" : "t", answer.pattern() ? answer.text()
                    : AnswerPatterns.normalise(answer.text(), text.matchCase()));
            accept.add(rule);
            number++;
        }
        view.put("answers", answers);
        view.put("rightAnswers", answers.stream().filter(a -> (boolean) a.get("right")).toList());
        view.put("matchCase", text.matchCase());
        view.put("accept", Json.of(accept));
    }

    private static void numeric(Map<String, Object> view, Response.Numeric numeric) {
        List<Map<String, Object>> answers = new ArrayList<>();
        List<Object> accept = new ArrayList<>();
        int number = 1;
        for (Response.NumberAnswer answer : numeric.answers()) {
            Map<String, Object> a = withFeedback(number, answer.feedback());
            a.put("shown", answer.shown());
            a.put("right", answer.right());
            answers.add(a);
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("n", number);
            rule.put("r", answer.right());
            rule.put("lo", answer.low());
            rule.put("hi", answer.high());
            accept.add(rule);
            number++;
        }
        view.put("answers", answers);
        view.put("rightAnswers", answers.stream().filter(a -> (boolean) a.get("right")).toList());
        view.put("unit", numeric.unit());
        view.put("accept", Json.of(accept));
    }

    /**
     * The items in a fixed order that is not the right one, the same on every build (a page
     * must not change when nothing changed); each carries its right place as {@code number}.
     */
    private static void ordering(Map<String, Object> view, Response.Ordering ordering, String id) {
        List<Map<String, Object>> right = new ArrayList<>();
        int number = 1;
        for (Response.Item item : ordering.items()) {
            Map<String, Object> i = withFeedback(number, item.feedback());
            i.put("html", safe(item.html()));
            right.add(i);
            number++;
        }
        List<Map<String, Object>> shown = new ArrayList<>(right);
        java.util.Collections.shuffle(shown, new java.util.Random(seed(id)));
        if (shown.equals(right)) {
            java.util.Collections.rotate(shown, 1); // shown in the right order, the question would answer itself
        }
        view.put("items", shown);
        view.put("rightItems", right);
        view.put("positions", java.util.stream.IntStream.rangeClosed(1, right.size()).boxed().toList());
    }

    /** Left items as written; the right side offered in alphabetical order, so its order tells nothing. */
    private static void matching(Map<String, Object> view, Response.Matching matching) {
        List<Map<String, Object>> pairs = new ArrayList<>();
        List<Map<String, Object>> choices = new ArrayList<>();
        int number = 1;
        for (Response.Pair pair : matching.pairs()) {
            Map<String, Object> p = withFeedback(number, pair.feedback());
            p.put("left", safe(pair.left()));
            p.put("right", safe(pair.right()));
            pairs.add(p);
            Map<String, Object> c = new HashMap<>();
            c.put("number", number);
            c.put("text", pair.rightText());
            choices.add(c);
            number++;
        }
        choices.sort(Comparator.comparing((Map<String, Object> c) -> c.get("text").toString(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(c -> c.get("text").toString()));
        view.put("pairs", pairs);
        view.put("choices", choices);
    }

    private static Map<String, Object> withFeedback(int number, Html feedback) {
        Map<String, Object> view = new HashMap<>();
        view.put("number", number);
        view.put("feedback", safe(feedback));
        view.put("hasFeedback", !feedback.isEmpty());
        return view;
    }

    /** What identifies a question's answers for saved progress, beyond its options (see {@code Views.answerKey}). */
    static void keyBytes(Response response, java.security.MessageDigest sha) {
        // choice questions hash as they always did, so that readers' saved answers stay valid
        if (response instanceof Response.Choice choice) {
            for (Option option : choice.options()) {
                sha.update((byte) (option.correct() ? 1 : 0));
                sha.update(option.text().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
        } else if (response instanceof Response.ShortText text) {
            sha.update((byte) (text.matchCase() ? 'S' : 's'));
            text.answers().forEach(a -> update(sha, (a.right() ? "=" : "!") + (a.pattern() ? "~" : "") + a.text()));
        } else if (response instanceof Response.Numeric numeric) {
            sha.update((byte) 'N');
            numeric.answers().forEach(a -> update(sha, (a.right() ? "=" : "!") + a.low() + ".." + a.high()));
        } else if (response instanceof Response.Ordering ordering) {
            sha.update((byte) 'O');
            ordering.items().forEach(i -> update(sha, i.text()));
        } else if (response instanceof Response.Matching matching) {
            sha.update((byte) 'M');
            matching.pairs().forEach(p -> update(sha, p.leftText() + "\u0000" + p.rightText()));
        }
    }

    private static void update(java.security.MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    private static long seed(String id) {
        long seed = 1125899906842597L;
        for (int i = 0; i < id.length(); i++) {
            seed = 31 * seed + id.charAt(i);
        }
        return seed;
    }

    private static SafeString safe(Html html) {
        return new SafeString(html.value());
    }
}
