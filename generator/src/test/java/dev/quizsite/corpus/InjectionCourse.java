package dev.quizsite.corpus;

/**
 * Turns a payload into a question that carries it in every field the payload fits: front matter
 * title and tags, title, scenario, prompt, an option, that option's feedback, the answer and a
 * reference's text. The committed course {@code corpus/injection-course/} is made by this class
 * ({@link InjectionCourseFilesTest}), for the browser test to load.
 */
final class InjectionCourse {

    private InjectionCourse() {
    }

    static String question(InjectionPayload payload) {
        String p = payload.markdown();
        boolean inline = !payload.isBlock();
        StringBuilder q = new StringBuilder("---\n");
        if (inline) {
            q.append("title: ").append(yamlString(p)).append('\n');
        }
        q.append("tags: [").append(yamlString(inline ? p : payload.name())).append(", injection]\n");
        q.append("---\n");
        q.append("# ").append(inline ? p : "Block payload " + payload.name()).append("\n\n");
        q.append(p).append("\n\n");
        q.append("**").append(inline ? p : "Which option?").append("**\n\n");
        // A blank line ends an HTML block that the option's text may start, so the feedback stays apart.
        q.append("- [ ] ").append(inline ? p : "wrong").append("\n\n");
        for (String line : p.split("\n", -1)) {
            q.append("  >").append(line.isEmpty() ? "" : " " + line).append('\n');
        }
        q.append("- [x] right ").append(payload.name()).append("\n\n");
        q.append("## Answer\n\n").append(p).append("\n\n");
        q.append("## References\n\n");
        q.append("- [").append(payload.fitsInLinkText() ? p : "Reference").append("](https://example.org/ref)\n");
        return q.toString();
    }

    /** A YAML double-quoted string: every character survives, control characters included. */
    static String yamlString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        out.append(String.format("\\x%02X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
