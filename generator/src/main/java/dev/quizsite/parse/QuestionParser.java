package dev.quizsite.parse;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.quizsite.load.LineMap;
import dev.quizsite.load.SourceFile;
import dev.quizsite.markdown.MarkdownEngine;
import dev.quizsite.model.ChartUse;
import dev.quizsite.model.Html;
import dev.quizsite.model.Location;
import dev.quizsite.model.Option;
import dev.quizsite.model.Question;
import dev.quizsite.model.QuestionType;
import dev.quizsite.model.Reference;
import dev.quizsite.report.Report;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one question file into a {@link Question}: front matter, {@code # Title}, scenario, bold
 * prompt, task list of options, {@code ## Answer}, {@code ## References}. Reports every mistake
 * it finds in the file (not only the first) and returns a question only when there were none.
 */
public final class QuestionParser {

    private final MarkdownEngine markdown;

    public QuestionParser(MarkdownEngine markdown) {
        this.markdown = markdown;
    }

    public Optional<Question> parse(SourceFile source, Report report) {
        String file = source.displayPath();
        if (source.text().isBlank()) {
            report.error(file, 1, 1, "the file is empty; a question needs `# Title`, a bold prompt, "
                    + "options (- [ ] / - [x]) and `## Answer`");
            return Optional.empty();
        }
        Optional<FrontMatterParser.Split> split = FrontMatterParser.split(source.text(), file, report);
        if (split.isEmpty()) {
            return Optional.empty();
        }
        Optional<FrontMatter> frontMatter = split.get().hasFrontMatter()
                ? FrontMatterParser.parse(split.get().yaml(), file, report)
                : Optional.of(FrontMatter.NONE);
        Reader reader = new Reader(source, split.get(), report);
        Optional<Question> question = reader.read(frontMatter.orElse(FrontMatter.NONE));
        return frontMatter.isPresent() ? question : Optional.empty();
    }

    /** The id a file gets when its front matter names none: its name, as a URL-safe slug. */
    public static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (slug.length() > 100) {
            slug = slug.substring(0, 100).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "question" : slug;
    }

    private enum Section { BEFORE_TITLE, QUESTION, AFTER_OPTIONS, ANSWER, REFERENCES }

    /** The state of reading one file; not shared between threads. */
    private final class Reader {
        private final SourceFile source;
        private final String file;
        private final Report report;
        private final LineMap lines;
        private final int lineOffset;
        private final String body;
        private int errors;

        private Heading title;
        private final List<Node> scenario = new ArrayList<>();
        private Paragraph prompt;
        private ListBlock optionList;
        private boolean optionsNotTaskList;
        private Heading answerHeading;
        private final List<Node> answer = new ArrayList<>();
        private Heading referencesHeading;
        private final List<Reference> references = new ArrayList<>();

        Reader(SourceFile source, FrontMatterParser.Split split, Report report) {
            this.source = source;
            this.file = source.displayPath();
            this.report = report;
            this.body = split.body();
            this.lines = new LineMap(body);
            this.lineOffset = split.bodyLineOffset();
        }

        Optional<Question> read(FrontMatter front) {
            Document document = markdown.parse(body);
            // Without any `# Title`, read the file as if it had one, so the other mistakes still show.
            Section section = hasTitle(document) ? Section.BEFORE_TITLE : Section.QUESTION;
            for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
                section = accept(block, section);
            }
            List<Option> options = checkStructure(front, document);
            if (errors > 0) {
                return Optional.empty();
            }
            String id = front.id().orElse(slug(source.baseName()));
            String plainTitle = front.title().orElse(MarkdownEngine.plainText(title));
            QuestionType type = front.type().orElse(QuestionType.MULTIPLE);
            // Walk the document before rendering: rendering moves the scenario and answer blocks out of it.
            List<dev.quizsite.model.Link> links = links(document);
            List<ChartUse> charts = new ArrayList<>(front.charts());
            charts.addAll(chartBlocks(document));
            return Optional.of(new Question(
                    id, file, new Location(file, front.idLine(), 1), front.order().orElse(Integer.MAX_VALUE), front.tags(), charts, type,
                    markdown.renderInline(title), plainTitle,
                    markdown.renderBlocks(scenario),
                    markdown.renderInline(strongOf(prompt)),
                    options,
                    markdown.renderBlocks(answer),
                    references,
                    links,
                    List.of()));
        }

        private Section accept(Node block, Section section) {
            if (block instanceof Heading heading && heading.getLevel() == 1) {
                if (title == null) {
                    title = heading;
                    return Section.QUESTION;
                }
                error(block, "a second title (`# …`); a question has exactly one, the first line `# Title`");
                return section;
            }
            if (block instanceof Heading heading && heading.getLevel() == 2) {
                return acceptSectionHeading(heading, section);
            }
            switch (section) {
                case BEFORE_TITLE -> error(block, "text before the title; a question starts with `# Title`");
                case QUESTION -> acceptQuestionBlock(block);
                case AFTER_OPTIONS -> error(block, isTaskList(block)
                        ? "a second list of options; the options must be one list with no text between them"
                        : "text after the options; put it under `## Answer`, or before the prompt");
                case ANSWER -> answer.add(block);
                case REFERENCES -> acceptReferences(block);
            }
            return section;
        }

        private Section acceptSectionHeading(Heading heading, Section section) {
            String name = MarkdownEngine.plainText(heading);
            if (name.equalsIgnoreCase("Answer")) {
                if (answerHeading != null) {
                    error(heading, "a second `## Answer` section; a question has one");
                    return section;
                }
                answerHeading = heading;
                return Section.ANSWER;
            }
            if (name.equalsIgnoreCase("References")) {
                if (referencesHeading != null) {
                    error(heading, "a second `## References` section; a question has one");
                    return section;
                }
                referencesHeading = heading;
                return Section.REFERENCES;
            }
            error(heading, "unknown section `## " + name + "`; a question has `## Answer` and `## References`"
                    + " (use `###` for headings inside them)");
            return section;
        }

        private void acceptQuestionBlock(Node block) {
            if (isTaskList(block)) {
                optionList = (ListBlock) block;
                return;
            }
            if (block instanceof ListBlock list && prompt != null && isLastBlock(prompt, block)) {
                Node item = firstPlainItem(list);
                error(item, "the options must be a task list (- [ ] / - [x])");
                optionsNotTaskList = true;
                return;
            }
            if (isPrompt(block)) {
                if (prompt != null) {
                    scenario.add(prompt); // an earlier bold paragraph was part of the scenario
                }
                prompt = (Paragraph) block;
                return;
            }
            if (prompt != null) {
                scenario.add(prompt);
                prompt = null;
            }
            scenario.add(block);
        }

        private void acceptReferences(Node block) {
            if (!(block instanceof ListBlock list)) {
                error(block, "`## References` must be a list of links: `- [Title](https://…)`");
                return;
            }
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                Link link = firstLink(item);
                if (link == null) {
                    error(item, "a reference must be a link: `- [Title](https://…)`");
                } else if (checkUrl(link)) {
                    references.add(new Reference(markdown.renderInline(link), link.getUrl().toString(), at(link)));
                }
            }
        }

        private boolean checkUrl(Link link) {
            String url = link.getUrl().toString();
            if (url.isBlank()) {
                error(link, "the link has an empty URL");
                return false;
            }
            try {
                java.net.URI uri = new java.net.URI(url);
                if (uri.getScheme() != null && uri.getScheme().matches("(?i)https?") && uri.getHost() == null) {
                    error(link, "malformed URL `" + url + "`: it has no host");
                    return false;
                }
            } catch (java.net.URISyntaxException e) {
                error(link, "malformed URL `" + url + "`: " + e.getReason()
                        + " at character " + (e.getIndex() + 1));
                return false;
            }
            return true;
        }

        private List<Option> checkStructure(FrontMatter front, Document document) {
            if (title == null) {
                error(1, 1, "no title; a question starts with a `# Title` line");
            }
            if (prompt == null) {
                Node near = optionList != null ? optionList : title;
                int line = near == null ? 1 : at(near).line();
                error(line, 1, "no prompt; write the question to answer as a paragraph in bold (**…**) before the options");
            }
            List<Option> options = optionList == null ? List.of() : readOptions(front);
            if (optionList == null && !optionsNotTaskList) {
                Node near = prompt != null ? prompt : title;
                error(near == null ? 1 : at(near).line(), 1,
                        "no options; add a task list after the prompt (- [ ] wrong, - [x] right)");
            }
            if (answerHeading == null) {
                error(Math.max(1, lineOffset + lines.lineCount()), 1,
                        "no `## Answer` section; add one with the explanation after the options");
            } else if (answer.isEmpty()) {
                error(answerHeading, "the `## Answer` section is empty; explain the right answer there");
            }
            return options;
        }

        private List<Option> readOptions(FrontMatter front) {
            List<Option> options = new ArrayList<>();
            Map<String, Option> byText = new HashMap<>();
            for (Node item = optionList.getFirstChild(); item != null; item = item.getNext()) {
                if (!(item instanceof TaskListItem task)) {
                    error(item, "this option has no box; write `- [ ] …` for a wrong option or `- [x] …` for a right one");
                    continue;
                }
                readOption(task).ifPresent(option -> {
                    Option twin = byText.putIfAbsent(option.text(), option);
                    if (twin != null) {
                        error(option.location().line(), option.location().column(),
                                "the same option twice (also on line " + twin.location().line() + ")");
                    }
                    options.add(option);
                });
            }
            Location list = at(optionList);
            long correct = options.stream().filter(Option::correct).count();
            if (options.size() < 2) {
                error(list.line(), list.column(), "a question needs at least two options, found " + options.size());
            } else if (correct == 0) {
                error(list.line(), list.column(), "no option is marked right; mark the right ones with `- [x]`");
            }
            if (front.type().orElse(QuestionType.MULTIPLE) == QuestionType.SINGLE && correct > 1) {
                error(list.line(), list.column(), "`type: single` needs exactly one right option, found " + correct);
            }
            return options;
        }

        private Optional<Option> readOption(TaskListItem item) {
            Node text = item.getFirstChild();
            if (!(text instanceof Paragraph)) {
                error(item, "this option is empty");
                return Optional.empty();
            }
            Html feedback = Html.EMPTY;
            for (Node child = text.getNext(); child != null; child = child.getNext()) {
                if (child instanceof BlockQuote quote && feedback.isEmpty()) {
                    feedback = markdown.renderBlocks(children(quote));
                } else if (child instanceof ListBlock) {
                    error(child, "a list inside an option; options are one level, without nested lists");
                } else {
                    error(child, "an option is one paragraph; add feedback for it as an indented `> …` line");
                }
            }
            return Optional.of(new Option(markdown.renderInline(text), MarkdownEngine.plainText(text),
                    item.isItemDoneMarker(), feedback, at(item)));
        }

        /** Fenced {@code chart} blocks anywhere in the text; MarkdownEngine renders them as placeholders. */
        private List<ChartUse> chartBlocks(Document document) {
            List<ChartUse> found = new ArrayList<>();
            for (Node node : document.getDescendants()) {
                if (node instanceof FencedCodeBlock block && MarkdownEngine.isChartBlock(block)) {
                    found.add(new ChartUse(MarkdownEngine.chartName(block), at(block), true));
                }
            }
            return found;
        }

        private List<dev.quizsite.model.Link> links(Document document) {
            List<dev.quizsite.model.Link> found = new ArrayList<>();
            collectLinks(document, found);
            return found;
        }

        /** Iterative walk: a deeply nested document must not overflow the stack. */
        private void collectLinks(Node root, List<dev.quizsite.model.Link> found) {
            java.util.ArrayDeque<Node> stack = new java.util.ArrayDeque<>();
            stack.push(root);
            while (!stack.isEmpty()) {
                Node node = stack.pop();
                String url = node instanceof Link link ? link.getUrl().toString()
                        : node instanceof Image image ? image.getUrl().toString()
                        : node instanceof AutoLink auto ? auto.getUrl().toString() : null;
                if (url != null && !url.isBlank()) {
                    found.add(new dev.quizsite.model.Link(url, at(node)));
                }
                for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                    stack.push(child);
                }
            }
        }

        private Location at(Node node) {
            int offset = node.getStartOffset();
            return new Location(file, lines.line(offset) + lineOffset, lines.column(offset));
        }

        private void error(Node node, String message) {
            Location where = at(node);
            error(where.line(), where.column(), message);
        }

        private void error(int line, int column, String message) {
            errors++;
            report.error(file, line, column, message);
        }
    }

    private static boolean hasTitle(Document document) {
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading heading && heading.getLevel() == 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTaskList(Node block) {
        return block instanceof ListBlock && block.getFirstChild() instanceof TaskListItem
                || block instanceof ListBlock list && anyTaskItem(list);
    }

    private static boolean anyTaskItem(ListBlock list) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof TaskListItem) {
                return true;
            }
        }
        return false;
    }

    private static Node firstPlainItem(ListBlock list) {
        Node first = list.getFirstChild();
        return first != null ? first : list;
    }

    private static boolean isLastBlock(Node earlier, Node block) {
        return block.getPrevious() == earlier;
    }

    /** A paragraph whose whole text is bold: {@code **What would …?**}. */
    private static boolean isPrompt(Node block) {
        if (!(block instanceof Paragraph)) {
            return false;
        }
        Node strong = null;
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof StrongEmphasis && strong == null) {
                strong = child;
            } else if (!(child instanceof SoftLineBreak
                    || child instanceof Text text && text.getChars().isBlank())) {
                return false;
            }
        }
        return strong != null;
    }

    private static Node strongOf(Paragraph prompt) {
        for (Node child = prompt.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof StrongEmphasis) {
                return child;
            }
        }
        return prompt;
    }

    private static Link firstLink(Node root) {
        java.util.ArrayDeque<Node> stack = new java.util.ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            if (node instanceof Link link) {
                return link;
            }
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                stack.push(child);
            }
        }
        return null;
    }

    private static List<Node> children(Node parent) {
        List<Node> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            children.add(child);
        }
        return children;
    }
}
