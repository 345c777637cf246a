package dev.quizsite.parse;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
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
import dev.quizsite.markdown.RenderedParts;
import dev.quizsite.model.ChartUse;
import dev.quizsite.model.Html;
import dev.quizsite.model.Location;
import dev.quizsite.model.Option;
import dev.quizsite.model.ParsedFile;
import dev.quizsite.model.Question;
import dev.quizsite.model.Shuffle;
import dev.quizsite.model.QuestionType;
import dev.quizsite.model.Reference;
import dev.quizsite.model.Response;
import dev.quizsite.report.Problem;
import dev.quizsite.report.Report;
import dev.quizsite.text.Slug;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one question file into a {@link Question}: front matter, {@code # Title}, scenario, bold
 * prompt, task list of options, {@code ## Answer}, {@code ## References}. Reports every mistake
 * it finds in the file (not only the first) and returns a question only when there were none.
 */
public final class QuestionParser {

    private final MarkdownEngine markdown;

    /**
     * The hint at a file's first HTML while raw HTML is off. The build keeps one of them (see
     * {@code site.ParseStage}): authors need to learn the setting exists once, not at every tag.
     */
    public static final String RAW_HTML_HINT = "HTML is shown as text, since raw HTML is off; to let it"
            + " through (cleaned of anything unsafe), set `allowRawHtml: true` in quizsite.yml or"
            + " -Dquizsite.allowRawHtml=true";

    public QuestionParser(MarkdownEngine markdown) {
        this.markdown = markdown;
    }

    /** The question, when the file has no errors (its problems go to {@code report}). */
    public Optional<Question> parse(SourceFile source, Report report) {
        return parseFile(source, report) instanceof ParsedFile.Valid valid ? Optional.of(valid.question())
                : Optional.empty();
    }

    /**
     * What the file parsed to: a question when it has no errors, else what is known of it (its
     * id and the charts it names). Its problems go to {@code report}.
     */
    public ParsedFile parseFile(SourceFile source, Report report) {
        Report own = new Report();
        Known known = new Known(slug(source.baseName()));
        Optional<Question> question;
        try {
            question = read(source, own, known);
        } catch (StackOverflowError e) {
            // NestingLimit keeps known deep structures out; this is the net for unknown ones, so
            // that a hostile file is a message about that file, not a crashed build.
            own.error(source.displayPath(), 1, 1, "this file is too deeply structured to read (the Markdown"
                    + " parser ran out of stack); simplify its nested quotes, lists or emphasis");
            question = Optional.empty();
        }
        report.addAll(own.problems());
        if (question.isPresent() && !own.hasErrors()) {
            return new ParsedFile.Valid(question.get());
        }
        return new ParsedFile.Invalid(source.displayPath(), known.id, known.charts);
    }

    /** What has been learnt of a file so far, for {@link ParsedFile.Invalid} if it turns out to have errors. */
    private static final class Known {
        String id;
        List<ChartUse> charts = List.of();

        Known(String id) {
            this.id = id;
        }
    }

    private Optional<Question> read(SourceFile source, Report report, Known known) {
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
        FrontMatter front = frontMatter.orElse(FrontMatter.NONE);
        front.id().ifPresent(id -> known.id = id);
        known.charts = front.charts();
        Optional<Problem> tooDeep = NestingLimit.check(split.get().body(), file, split.get().bodyLineOffset());
        if (tooDeep.isPresent()) {
            report.add(tooDeep.get()); // the body is not parsed at all: that is what would overflow
            return Optional.empty();
        }
        Reader reader = new Reader(source, split.get(), report);
        Optional<Question> question = reader.read(front, known);
        return frontMatter.isPresent() ? question : Optional.empty();
    }

    /** The id a file gets when its front matter names none: its name, as a URL-safe slug. */
    public static String slug(String name) {
        return Slug.of(name, "question");
    }

    private enum Section { BEFORE_TITLE, QUESTION, AFTER_OPTIONS, ANSWER, REFERENCES, HINTS }

    /** The state of reading one file; not shared between threads. */
    private final class Reader implements AnswerListReader.Context {
        private final SourceFile source;
        private final String file;
        private final Report report;
        private final LineMap lines;
        private final int lineOffset;
        private final String body;
        private int errors;
        private Document document;
        /** Rendered when first asked for, once the sections are known; see {@link #parts()}. */
        private RenderedParts parts;

        private Heading title;
        private final List<Node> scenario = new ArrayList<>();
        private Paragraph prompt;
        private ListBlock optionList;
        /** The list after the prompt when it holds answers, items or pairs rather than options. */
        private ListBlock answerList;
        private Heading hintsHeading;
        private final List<Html> hints = new ArrayList<>();
        private boolean optionsNotTaskList;
        private Heading answerHeading;
        private final List<Node> answer = new ArrayList<>();
        private Heading referencesHeading;
        private final List<Reference> references = new ArrayList<>();
        /** Links of the references list, checked there (as errors) and skipped by the general link checks. */
        private final java.util.Set<Node> referenceLinks = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        /** Body lines with a near-miss of option syntax: reported once there, not again as what Markdown made of them. */
        private final java.util.Set<Integer> nearMissLines = new java.util.HashSet<>();
        private boolean nearMissErrors;

        Reader(SourceFile source, FrontMatterParser.Split split, Report report) {
            this.source = source;
            this.file = source.displayPath();
            this.report = report;
            this.body = split.body();
            this.lines = new LineMap(body);
            this.lineOffset = split.bodyLineOffset();
        }

        Optional<Question> read(FrontMatter front, Known known) {
            document = markdown.parse(body);
            findNearMisses();
            // Without any `# Title`, read the file as if it had one, so the other mistakes still show.
            Section section = hasTitle(document) ? Section.BEFORE_TITLE : Section.QUESTION;
            for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
                section = accept(block, section);
            }
            Optional<Response> response = checkStructure(front, document);
            rawHtmlHint();
            List<dev.quizsite.model.Link> links = links(document);
            List<ChartUse> charts = new ArrayList<>(front.charts());
            charts.addAll(chartBlocks(document));
            known.charts = charts;
            if (errors > 0) {
                return Optional.empty();
            }
            String id = front.id().orElse(slug(source.baseName()));
            String plainTitle = front.title().orElse(MarkdownEngine.plainText(title));
            return Optional.of(new Question(
                    id, file, new Location(file, front.idLine(), 1), front.order().orElse(Integer.MAX_VALUE), front.tags(), charts,
                    Shuffle.of(front.shuffle()),
                    parts().inline(title), plainTitle,
                    parts().blocks(scenario),
                    parts().inline(strongOf(prompt)),
                    response.orElseThrow(), // no errors, so there is one
                    hints,
                    parts().blocks(answer),
                    references,
                    links,
                    List.of()));
        }

        /** One hint at the first HTML of the file when it will be shown as text. */
        private void rawHtmlHint() {
            if (markdown.rawHtml() != MarkdownEngine.RawHtml.ESCAPED) {
                return;
            }
            for (Node node : document.getDescendants()) {
                if (node instanceof HtmlBlockBase || node instanceof com.vladsch.flexmark.ast.HtmlInlineBase) {
                    warning(node, RAW_HTML_HINT);
                    return;
                }
            }
        }

        /**
         * Near-misses of option syntax between the title and the first `##` section, where the
         * options are; reported first so that what Markdown made of those lines is not reported again.
         */
        private void findNearMisses() {
            int from = 1;
            int to = lines.lineCount();
            boolean afterTitle = false;
            for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
                if (block instanceof Heading heading && heading.getLevel() == 1 && !afterTitle) {
                    from = bodyLine(block) + 1;
                    afterTitle = true;
                } else if (block instanceof Heading heading && heading.getLevel() == 2) {
                    to = bodyLine(block) - 1;
                    break;
                }
            }
            java.util.Set<Integer> code = new java.util.HashSet<>();
            for (Node node : document.getDescendants()) {
                if (node instanceof FencedCodeBlock || node instanceof com.vladsch.flexmark.ast.IndentedCodeBlock
                        || node instanceof HtmlBlockBase) {
                    int last = lines.line(Math.max(node.getStartOffset(), node.getEndOffset() - 1));
                    for (int line = bodyLine(node); line <= last; line++) {
                        code.add(line);
                    }
                }
            }
            List<String> bodyLines = List.of(body.split("\n", -1));
            for (NearMisses.Miss miss : NearMisses.find(bodyLines, from, to, code)) {
                nearMissLines.add(miss.line() + lineOffset);
                if (miss.severity() == dev.quizsite.report.Severity.ERROR) {
                    nearMissErrors = true;
                    error(miss.line() + lineOffset, miss.column(), miss.message());
                } else {
                    report.warning(file, miss.line() + lineOffset, miss.column(), miss.message());
                }
            }
        }

        private int bodyLine(Node node) {
            return lines.line(node.getStartOffset());
        }

        private boolean nearMiss(Node node) {
            return nearMissLines.contains(at(node).line());
        }

        /**
         * The document's parts, rendered in one pass when first needed: by then the blocks of
         * the scenario and the answer are known (the first need is in the references, or after
         * all blocks were read), so only those are rendered whole, and the options and
         * references lists only item by item. A part not foreseen is rendered when asked for.
         */
        private RenderedParts parts() {
            if (parts == null) {
                java.util.Set<Node> whole = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                whole.addAll(scenario);
                whole.addAll(answer);
                parts = markdown.renderParts(document, whole::contains);
            }
            return parts;
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
                case QUESTION -> {
                    return acceptQuestionBlock(block);
                }
                case AFTER_OPTIONS -> {
                    // a list right after a near-miss is where the options went on: the near-miss said so
                    if (!nearMiss(block) && !(block instanceof ListBlock && block.getPrevious() != null
                            && nearMiss(block.getPrevious()))) {
                        error(block, block instanceof ListBlock
                        ? "a second list after the options; the options must be one list, with the same"
                                + " marker (`-`) and no text between them"
                        : "text after the options; put it under `## Answer`, or before the prompt");
                    }
                }
                case ANSWER -> answer.add(block);
                case REFERENCES -> acceptReferences(block);
                case HINTS -> acceptHints(block);
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
            if (name.equalsIgnoreCase("Hints") || name.equalsIgnoreCase("Hint")) {
                if (hintsHeading != null) {
                    error(heading, "a second `## Hints` section; a question has one, with a list of hints");
                    return section;
                }
                hintsHeading = heading;
                return Section.HINTS;
            }
            error(heading, "unknown section `## " + name + "`; a question has `## Answer`, `## References` and"
                    + " `## Hints` (use `###` for headings inside them)");
            return section;
        }

        /** Scenario and prompt, until the options: after them only `## Answer` may follow. */
        private Section acceptQuestionBlock(Node block) {
            if (isTaskList(block)) {
                optionList = (ListBlock) block;
                return Section.AFTER_OPTIONS;
            }
            if (block instanceof ListBlock list && prompt != null && isLastBlock(prompt, block)
                    && AnswerListReader.isAnswerList(list)) {
                answerList = list;
                return Section.AFTER_OPTIONS;
            }
            if (block instanceof ListBlock list && prompt != null && isLastBlock(prompt, block)) {
                Node item = firstPlainItem(list);
                error(item, "the options must be a task list: write `- [ ] …` for a wrong option"
                        + " and `- [x] …` for a right one (other kinds of question take "
                        + AnswerListReader.OTHER_KINDS + ")");
                optionsNotTaskList = true;
                return Section.AFTER_OPTIONS;
            }
            if (isPrompt(block)) {
                if (prompt != null) {
                    scenario.add(prompt); // an earlier bold paragraph was part of the scenario
                }
                prompt = (Paragraph) block;
                return Section.QUESTION;
            }
            if (prompt != null) {
                scenario.add(prompt);
                prompt = null;
            }
            scenario.add(block);
            return Section.QUESTION;
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
                } else {
                    referenceLinks.add(link);
                    if (checkUrl(link)) {
                        references.add(new Reference(parts().inline(link), urlOf(link), at(link)));
                    }
                }
            }
        }

        private boolean checkUrl(Link link) {
            String url = urlOf(link);
            if (url.isBlank()) {
                error(link, "the reference has an empty URL; write the address between the parentheses:"
                        + " `[Title](https://…)`");
                return false;
            }
            Optional<String> wrong = UrlRules.unsafeReference(url).or(() -> UrlRules.leavesSite("the reference", url));
            if (wrong.isPresent()) {
                error(link, wrong.get());
                return false;
            }
            try {
                java.net.URI uri = new java.net.URI(url);
                if (uri.getScheme() != null && uri.getScheme().matches("(?i)https?") && UrlRules.host(uri).isEmpty()) {
                    error(link, "malformed URL " + UrlRules.shown(url) + ": no valid host name after `"
                            + uri.getScheme() + "://`");
                    return false;
                }
            } catch (java.net.URISyntaxException e) {
                error(link, "malformed URL " + UrlRules.shown(url) + ": " + e.getReason()
                        + " at character " + (e.getIndex() + 1));
                return false;
            }
            return true;
        }

        /**
         * Checks every link and image outside the references: a path out of the site is an error;
         * a URL the renderer will drop (javascript: and the like) is a warning, since the page
         * stays safe and the text stays visible.
         */
        private void checkLinks(List<dev.quizsite.model.Link> found, Node node, String url) {
            if (referenceLinks.contains(node)) {
                return;
            }
            Optional<String> leaves = UrlRules.leavesSite(node instanceof Image ? "the image" : "the link", url);
            if (leaves.isPresent()) {
                error(node, leaves.get());
                return;
            }
            Optional<String> dropped = node instanceof Image ? UrlRules.unsafeImage(url) : UrlRules.unsafeLink(url);
            dropped.ifPresent(message -> warning(node, message));
        }

        private Optional<Response> checkStructure(FrontMatter front, Document document) {
            if (title == null) {
                error(1, 1, "no title; a question starts with a `# Title` line");
            }
            if (prompt == null) {
                Node near = optionList != null ? optionList : title;
                int line = near == null ? 1 : at(near).line();
                error(line, 1, "no prompt; write the question to answer as a paragraph in bold (**…**) before the options");
            }
            Optional<Response> response = Optional.empty();
            if (answerList != null) {
                response = new AnswerListReader(this).read(answerList, front.type(), front.matchCase().orElse(false));
            } else if (optionList != null) {
                List<Option> options = readOptions(front);
                QuestionType declared = front.type().orElse(QuestionType.MULTIPLE);
                if (!declared.isChoice()) {
                    error(optionList, "`type: " + declared.key() + "` in front matter, but this list is a task list"
                            + " of options; " + AnswerListReader.howToWrite(declared) + ", or leave `type:` out");
                }
                response = Optional.of(new Response.Choice(declared == QuestionType.SINGLE, options));
            } else if (!optionsNotTaskList) {
                Node near = prompt != null ? prompt : title;
                error(near == null ? 1 : at(near).line(), 1, "no options; add a task list after the prompt"
                        + " (- [ ] wrong, - [x] right), or for another kind of question " + AnswerListReader.OTHER_KINDS);
            }
            if (front.matchCase().isPresent() && response.isPresent() && response.get().type() != QuestionType.SHORT) {
                report.warning(file, 1, 1, "`matchCase` applies to short answers only; this question is "
                        + response.get().type().key() + ", so it has no effect here");
            }
            if (answerHeading == null && referencesHeading != null) {
                // where it belongs: the end of the file may be far below, past the references
                error(referencesHeading, "no `## Answer` section; add one with the explanation before `## References`");
            } else if (answerHeading == null) {
                error(Math.max(1, lineOffset + lines.lineCount()), 1,
                        "no `## Answer` section; add one with the explanation after the options");
            } else if (answer.isEmpty()) {
                error(answerHeading, "the `## Answer` section is empty; explain the right answer there");
            }
            return response;
        }

        private void acceptHints(Node block) {
            if (!(block instanceof ListBlock list)) {
                error(block, "`## Hints` must be a list, one `- …` item per hint, shown one at a time");
                return;
            }
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                List<Node> blocks = children(item);
                if (blocks.isEmpty()) {
                    error(item, "this hint is empty; write it after the `-`");
                } else {
                    hints.add(parts().blocks(blocks));
                }
            }
        }

        @Override
        public Html inline(Node node) {
            return parts().inline(node);
        }

        @Override
        public Html blocks(List<Node> nodes) {
            return parts().blocks(nodes);
        }

        @Override
        public MarkdownEngine markdown() {
            return markdown;
        }

        private List<Option> readOptions(FrontMatter front) {
            List<Option> options = new ArrayList<>();
            Map<String, Option> byText = new HashMap<>();
            for (Node item = optionList.getFirstChild(); item != null; item = item.getNext()) {
                if (!(item instanceof TaskListItem task)) {
                    if (!nearMiss(item)) {
                        error(item, "this option has no box; write `- [ ] …` for a wrong option or `- [x] …` for a right one");
                    }
                    continue;
                }
                readOption(task).ifPresent(option -> {
                    Option twin = byText.putIfAbsent(option.text(), option);
                    if (twin != null) {
                        error(option.location().line(), option.location().column(),
                                "the same option text twice (also on line " + twin.location().line()
                                + "); each option must say something different");
                    }
                    options.add(option);
                });
            }
            Location list = at(optionList);
            long correct = options.stream().filter(Option::correct).count();
            if (nearMissErrors) {
                // the count is of what Markdown read, not of what the author meant: the near-miss says it better
            } else if (options.size() < 2) {
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
            if (text == null) {
                error(item, "this option is empty; write its text after the box: `- [ ] text`");
                return Optional.empty();
            }
            if (text instanceof HtmlBlockBase html) {
                // `- [ ] <details …>` starts an HTML block, not a paragraph: still the option's text.
                return Optional.of(readHtmlOption(item, html));
            }
            if (!(text instanceof Paragraph)) {
                error(item, "an option is one line of text after the box (`- [ ] text`), not a "
                        + describeBlock(text));
                return Optional.empty();
            }
            continuedText((Paragraph) text);
            Html feedback = Html.EMPTY;
            for (Node child = text.getNext(); child != null; child = child.getNext()) {
                if (child instanceof BlockQuote quote && feedback.isEmpty()) {
                    feedback = parts().blocks(children(quote));
                } else if (nearMiss(child)) {
                    continue; // said at its line already
                } else if (child instanceof ListBlock) {
                    error(child, "a list inside an option; options are one level, without nested lists");
                } else if (child instanceof Paragraph) {
                    error(child, "this paragraph under the option is not a `>` quote, so it would be shown as"
                            + " part of the option; write feedback as an indented `> …` line, or move the text"
                            + " under `## Answer`");
                } else {
                    error(child, "an option is one paragraph; add feedback for it as an indented `> …` line");
                }
            }
            return Optional.of(new Option(parts().inline(text), MarkdownEngine.plainText(text),
                    item.isItemDoneMarker(), feedback, at(item)));
        }

        /**
         * An option's text that goes on past its first line: often feedback written without `>`,
         * which readers would then see before answering. A warning, since a long option may wrap.
         */
        private void continuedText(Paragraph text) {
            int first = at(text).line();
            for (Node child = text.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof SoftLineBreak && child.getNext() != null) {
                    Location next = at(child.getNext());
                    if (next.line() > first && !nearMissLines.contains(next.line())) {
                        report.warning(file, next.line(), next.column(), "this line goes on with the option's text,"
                                + " which readers see before they answer; if it is feedback for the option, write"
                                + " it as an indented `> …` line");
                    }
                    return; // once an option
                }
            }
        }

        private Option readHtmlOption(TaskListItem item, HtmlBlockBase html) {
            Html feedback = Html.EMPTY;
            for (Node child = html.getNext(); child != null; child = child.getNext()) {
                if (child instanceof BlockQuote quote && feedback.isEmpty()) {
                    feedback = parts().blocks(children(quote));
                } else {
                    error(child, "an option is one paragraph; add feedback for it as an indented `> …` line");
                }
            }
            return new Option(parts().block(html), html.getChars().trim().toString(), item.isItemDoneMarker(),
                    feedback, at(item));
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
                String url = node instanceof Link link ? urlOf(link)
                        : node instanceof Image image ? image.getUrl().unescape()
                        : node instanceof AutoLink auto ? auto.getUrl().unescape()
                        : node instanceof com.vladsch.flexmark.ast.Reference definition ? definition.getUrl().unescape()
                        : null;
                if (url != null && !url.isBlank()) {
                    found.add(new dev.quizsite.model.Link(url, at(node)));
                    checkLinks(found, node, url);
                }
                for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                    stack.push(child);
                }
            }
        }

        @Override
        public Location at(Node node) {
            int offset = node.getStartOffset();
            return new Location(file, lines.line(offset) + lineOffset, lines.column(offset));
        }

        @Override
        public void error(Node node, String message) {
            Location where = at(node);
            error(where.line(), where.column(), message);
        }

        @Override
        public void error(int line, int column, String message) {
            errors++;
            report.error(file, line, column, message);
        }

        private void warning(Node node, String message) {
            Location where = at(node);
            report.warning(file, where.line(), where.column(), message);
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

    /** The URL as the renderer and browser see it: backslash escapes and entities resolved. */
    private static String urlOf(Link link) {
        return link.getUrl().unescape();
    }

    private static String describeBlock(Node block) {
        if (block instanceof Heading) {
            return "heading";
        }
        if (block instanceof com.vladsch.flexmark.ast.FencedCodeBlock || block instanceof com.vladsch.flexmark.ast.IndentedCodeBlock) {
            return "code block";
        }
        if (block instanceof BlockQuote) {
            return "quote (feedback goes on the line after the option's text)";
        }
        return block instanceof ListBlock ? "list" : "block of another kind";
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
