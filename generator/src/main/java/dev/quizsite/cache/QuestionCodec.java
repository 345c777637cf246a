package dev.quizsite.cache;

import dev.quizsite.model.ChartUse;
import dev.quizsite.model.Html;
import dev.quizsite.model.Link;
import dev.quizsite.model.Location;
import dev.quizsite.model.Option;
import dev.quizsite.model.Question;
import dev.quizsite.model.QuestionType;
import dev.quizsite.model.Reference;
import dev.quizsite.report.Problem;
import dev.quizsite.report.Severity;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a parsed question and the warnings its file gave as bytes, and reads them back equal.
 * Field by field, in the records' order: no reflection and no Java serialization, so reading a
 * damaged or foreign file can only fail with an {@link IOException}, never create other objects.
 */
final class QuestionCodec {

    /** More than any question file can hold: a length beyond it means the bytes are damaged. */
    private static final int MAX_LENGTH = 64 * 1024 * 1024;

    private QuestionCodec() {
    }

    /** A question as the parse stage makes it: its figures are drawn later, by the chart stage. */
    static void write(DataOutput out, Question q) throws IOException {
        if (!q.figures().isEmpty()) {
            throw new IllegalArgumentException("only questions straight from the parser are stored, without figures");
        }
        string(out, q.id());
        string(out, q.source());
        location(out, q.idLocation());
        out.writeInt(q.order());
        list(out, q.tags(), QuestionCodec::string);
        list(out, q.charts(), (o, c) -> {
            string(o, c.name());
            location(o, c.location());
            o.writeBoolean(c.inline());
        });
        out.writeByte(q.type().ordinal());
        out.writeByte(q.shuffle().map(s -> s ? 1 : 0).orElse(2));
        html(out, q.title());
        string(out, q.plainTitle());
        html(out, q.scenario());
        html(out, q.prompt());
        list(out, q.options(), (o, option) -> {
            html(o, option.html());
            string(o, option.text());
            o.writeBoolean(option.correct());
            html(o, option.feedback());
            location(o, option.location());
        });
        html(out, q.answer());
        list(out, q.references(), (o, r) -> {
            html(o, r.title());
            string(o, r.url());
            location(o, r.location());
        });
        list(out, q.links(), (o, l) -> {
            string(o, l.url());
            location(o, l.location());
        });
    }

    static Question readQuestion(DataInput in) throws IOException {
        String id = string(in);
        String source = string(in);
        Location idLocation = location(in);
        int order = in.readInt();
        List<String> tags = list(in, QuestionCodec::string);
        List<ChartUse> charts = list(in, i -> new ChartUse(string(i), location(i), i.readBoolean()));
        QuestionType type = enumValue(QuestionType.values(), in.readByte());
        int shuffle = in.readByte();
        Optional<Boolean> shuffleSetting = switch (shuffle) {
            case 0 -> Optional.of(false);
            case 1 -> Optional.of(true);
            case 2 -> Optional.empty();
            default -> throw new IOException("damaged entry: shuffle " + shuffle);
        };
        Html title = html(in);
        String plainTitle = string(in);
        Html scenario = html(in);
        Html prompt = html(in);
        List<Option> options = list(in, i -> new Option(html(i), string(i), i.readBoolean(), html(i), location(i)));
        Html answer = html(in);
        List<Reference> references = list(in, i -> new Reference(html(i), string(i), location(i)));
        List<Link> links = list(in, i -> new Link(string(i), location(i)));
        return new Question(id, source, idLocation, order, tags, charts, type, shuffleSetting, title, plainTitle,
                scenario, prompt, options, answer, references, links, List.of());
    }

    static void write(DataOutput out, List<Problem> problems) throws IOException {
        list(out, problems, (o, p) -> {
            string(o, p.file());
            o.writeInt(p.line());
            o.writeInt(p.column());
            o.writeByte(p.severity().ordinal());
            string(o, p.message());
        });
    }

    static List<Problem> readProblems(DataInput in) throws IOException {
        return list(in, i -> new Problem(string(i), i.readInt(), i.readInt(), enumValue(Severity.values(), i.readByte()),
                string(i)));
    }

    private interface Writer<T> {
        void write(DataOutput out, T value) throws IOException;
    }

    private interface Reader<T> {
        T read(DataInput in) throws IOException;
    }

    private static <T> void list(DataOutput out, List<T> items, Writer<T> writer) throws IOException {
        out.writeInt(items.size());
        for (T item : items) {
            writer.write(out, item);
        }
    }

    private static <T> List<T> list(DataInput in, Reader<T> reader) throws IOException {
        int size = length(in);
        List<T> items = new ArrayList<>(Math.min(size, 1024));
        for (int i = 0; i < size; i++) {
            items.add(reader.read(in));
        }
        return items;
    }

    /** UTF-8 with an int length: {@code writeUTF} stops at 64 KiB, and an answer may be longer. */
    static void string(DataOutput out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String string(DataInput in) throws IOException {
        byte[] bytes = new byte[length(in)];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void html(DataOutput out, Html html) throws IOException {
        string(out, html.value());
    }

    private static Html html(DataInput in) throws IOException {
        return new Html(string(in));
    }

    private static void location(DataOutput out, Location location) throws IOException {
        string(out, location.file());
        out.writeInt(location.line());
        out.writeInt(location.column());
    }

    private static Location location(DataInput in) throws IOException {
        return new Location(string(in), in.readInt(), in.readInt());
    }

    private static int length(DataInput in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_LENGTH) {
            throw new IOException("damaged entry: length " + length);
        }
        return length;
    }

    private static <E extends Enum<E>> E enumValue(E[] values, int ordinal) throws IOException {
        if (ordinal < 0 || ordinal >= values.length) {
            throw new IOException("damaged entry: " + values[0].getDeclaringClass().getSimpleName() + " " + ordinal);
        }
        return values[ordinal];
    }
}
