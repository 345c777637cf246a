package dev.quizsite.store;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How the store's files write its entries: each value by what it is, a record as its class and
 * then its components in their declared order, read back through its canonical constructor. The
 * form follows the record components themselves, so it cannot drift from them as a codec written
 * field by field would; a component of a kind not listed here fails the write, not a later read.
 *
 * <p>Why not Java's serialization, which the store used before: it read a string a character at
 * a time and checked every object against the input filter, and the store of 10,000 questions
 * took a second to read on one core, the longest wait of a build after one edit.
 *
 * <p>What a file can make is closed: Quizsite's own records and enums, strings, numbers,
 * booleans, and lists, sets, maps and optionals of them. A class named in a file is only looked
 * up, never initialised, unless it is one of our records or enums; counts and lengths are checked
 * against what is left of the bytes, and nesting is bounded, so a damaged or foreign file fails to
 * read (a {@link RuntimeException}, which the store takes as "no store") instead of using up memory.
 */
final class EntryFormat {

    static final byte NULL = 0;
    static final byte STRING = 1;
    static final byte INT = 2;
    static final byte LONG = 3;
    static final byte TRUE = 4;
    static final byte FALSE = 5;
    static final byte DOUBLE = 6;
    static final byte DECIMAL = 7;
    static final byte LIST = 8;
    static final byte SET = 9;
    static final byte MAP = 10;
    static final byte EMPTY = 11;
    static final byte PRESENT = 12;
    static final byte RECORD = 13;
    static final byte ENUM = 14;

    /** Classes a file may make: ours (records and enums, checked when named). */
    private static final String OURS = "dev.quizsite.";
    /** How deep values may nest: a question is about six levels; a deeper file is damaged. */
    private static final int MAX_DEPTH = 64;

    /** A record class's components and canonical constructor, found once per class. */
    private record Shape(Method[] accessors, Constructor<?> constructor) {
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true); // nested records may be private to their package
                types[i] = components[i].getType();
            }
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                return new Shape(accessors, constructor);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record always has its canonical constructor: " + type, e);
            }
        }
    };

    private EntryFormat() {
    }

    /** {@code entries} in this format. */
    static byte[] write(Map<String, ? extends Serializable> entries) throws IOException {
        Writer writer = new Writer();
        writer.out.writeInt(entries.size());
        for (Map.Entry<String, ? extends Serializable> entry : entries.entrySet()) {
            writer.string(entry.getKey());
            writer.value(entry.getValue(), 0);
        }
        writer.out.flush();
        return writer.bytes.toByteArray();
    }

    /** The entries {@link #write} wrote into {@code bytes}; a {@link RuntimeException} if they are not that. */
    static Map<String, Serializable> read(byte[] bytes) {
        Reader reader = new Reader(bytes);
        int count = reader.count();
        Map<String, Serializable> entries = new HashMap<>(count * 4 / 3 + 1);
        for (int i = 0; i < count; i++) {
            String key = reader.string();
            if (!(reader.value(0) instanceof Serializable value)) {
                throw new IllegalArgumentException("an entry that is not a value");
            }
            entries.put(key, value);
        }
        if (reader.in.hasRemaining()) {
            throw new IllegalArgumentException("bytes after the last entry");
        }
        return entries;
    }

    private static final class Writer {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        final DataOutputStream out = new DataOutputStream(bytes);
        /** Each class written, by its number in this chunk: a name is written once, then its number. */
        final Map<Class<?>, Integer> classes = new HashMap<>();

        void string(String text) throws IOException {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }

        void type(Class<?> type) throws IOException {
            Integer known = classes.get(type);
            if (known != null) {
                out.writeInt(known);
                return;
            }
            int number = classes.size();
            classes.put(type, number);
            out.writeInt(number);
            string(type.getName());
        }

        void value(Object value, int depth) throws IOException {
            if (depth > MAX_DEPTH) {
                throw new IOException("values nested more than " + MAX_DEPTH + " deep");
            }
            if (value == null) {
                out.writeByte(NULL);
            } else if (value instanceof String text) {
                out.writeByte(STRING);
                string(text);
            } else if (value instanceof Integer number) {
                out.writeByte(INT);
                out.writeInt(number);
            } else if (value instanceof Long number) {
                out.writeByte(LONG);
                out.writeLong(number);
            } else if (value instanceof Boolean flag) {
                out.writeByte(flag ? TRUE : FALSE);
            } else if (value instanceof Double number) {
                out.writeByte(DOUBLE);
                out.writeDouble(number);
            } else if (value instanceof BigDecimal number) {
                out.writeByte(DECIMAL);
                byte[] unscaled = number.unscaledValue().toByteArray();
                out.writeInt(number.scale());
                out.writeInt(unscaled.length);
                out.write(unscaled);
            } else if (value instanceof List<?> list) {
                out.writeByte(LIST);
                elements(list, depth);
            } else if (value instanceof Set<?> set) {
                out.writeByte(SET);
                elements(set, depth);
            } else if (value instanceof Map<?, ?> map) {
                out.writeByte(MAP);
                out.writeInt(map.size());
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    value(entry.getKey(), depth + 1);
                    value(entry.getValue(), depth + 1);
                }
            } else if (value instanceof Optional<?> optional) {
                out.writeByte(optional.isPresent() ? PRESENT : EMPTY);
                if (optional.isPresent()) {
                    value(optional.get(), depth + 1);
                }
            } else if (value instanceof Enum<?> constant && ours(constant.getDeclaringClass())) {
                out.writeByte(ENUM);
                type(constant.getDeclaringClass());
                string(constant.name());
            } else if (value instanceof Record record && ours(record.getClass())) {
                out.writeByte(RECORD);
                type(record.getClass());
                for (Method accessor : SHAPES.get(record.getClass()).accessors()) {
                    value(component(accessor, record), depth + 1);
                }
            } else {
                throw new IOException("the store cannot keep a " + value.getClass().getName());
            }
        }

        private void elements(java.util.Collection<?> elements, int depth) throws IOException {
            out.writeInt(elements.size());
            for (Object element : elements) {
                value(element, depth + 1);
            }
        }

        private static Object component(Method accessor, Record record) throws IOException {
            try {
                return accessor.invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IOException("cannot read " + accessor + " to keep it", e);
            }
        }
    }

    private static final class Reader {
        final ByteBuffer in;
        final byte[] bytes;
        final List<Class<?>> classes = new ArrayList<>();

        Reader(byte[] bytes) {
            this.bytes = bytes;
            this.in = ByteBuffer.wrap(bytes);
        }

        /** A count or length: never more than the bytes left, each element taking at least one. */
        int count() {
            int count = in.getInt();
            if (count < 0 || count > in.remaining()) {
                throw new IllegalArgumentException("a count of " + count + " with " + in.remaining() + " bytes left");
            }
            return count;
        }

        String string() {
            int length = count();
            String text = new String(bytes, in.position(), length, StandardCharsets.UTF_8);
            in.position(in.position() + length);
            return text;
        }

        Class<?> type() {
            int number = in.getInt();
            if (number >= 0 && number < classes.size()) {
                return classes.get(number);
            }
            if (number != classes.size()) {
                throw new IllegalArgumentException("class number " + number + " before it was named");
            }
            String name = string();
            if (!name.startsWith(OURS)) {
                throw new IllegalArgumentException("a class the store may not hold: " + name);
            }
            Class<?> type;
            try {
                type = Class.forName(name, false, EntryFormat.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalArgumentException("a class this plugin does not have: " + name, e);
            }
            if (!ours(type)) {
                throw new IllegalArgumentException("a class the store may not hold: " + name);
            }
            classes.add(type);
            return type;
        }

        Object value(int depth) {
            if (depth > MAX_DEPTH) {
                throw new IllegalArgumentException("values nested more than " + MAX_DEPTH + " deep");
            }
            byte tag = in.get();
            return switch (tag) {
                case NULL -> null;
                case STRING -> string();
                case INT -> in.getInt();
                case LONG -> in.getLong();
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                case DOUBLE -> in.getDouble();
                case DECIMAL -> {
                    int scale = in.getInt();
                    byte[] unscaled = new byte[count()];
                    in.get(unscaled);
                    yield new BigDecimal(new BigInteger(unscaled), scale);
                }
                case LIST -> Collections.unmodifiableList(Arrays.asList(elements(depth)));
                case SET -> Set.of(elements(depth));
                case MAP -> {
                    int size = count();
                    Map<Object, Object> map = new HashMap<>(size * 4 / 3 + 1);
                    for (int i = 0; i < size; i++) {
                        map.put(value(depth + 1), value(depth + 1));
                    }
                    yield Collections.unmodifiableMap(map);
                }
                case EMPTY -> Optional.empty();
                case PRESENT -> Optional.of(value(depth + 1));
                case ENUM -> constant(type(), string());
                case RECORD -> record(type(), depth);
                default -> throw new IllegalArgumentException("not a value: tag " + tag);
            };
        }

        private Object[] elements(int depth) {
            Object[] elements = new Object[count()];
            for (int i = 0; i < elements.length; i++) {
                elements[i] = value(depth + 1);
            }
            return elements;
        }

        private static Object constant(Class<?> type, String name) {
            for (Object constant : type.getEnumConstants() == null ? new Object[0] : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(name)) {
                    return constant;
                }
            }
            throw new IllegalArgumentException("no constant " + name + " in " + type.getName());
        }

        private Object record(Class<?> type, int depth) {
            if (!type.isRecord()) {
                throw new IllegalArgumentException("not a record: " + type.getName());
            }
            Shape shape = SHAPES.get(type);
            Object[] components = new Object[shape.accessors().length];
            for (int i = 0; i < components.length; i++) {
                components[i] = value(depth + 1);
            }
            try {
                return shape.constructor().newInstance(components);
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw new IllegalArgumentException("cannot make a " + type.getName() + " of what the file holds", e);
            }
        }
    }

    /** One of Quizsite's records or enums that may be kept: the only classes a file can make. */
    private static boolean ours(Class<?> type) {
        return type.getName().startsWith(OURS) && Serializable.class.isAssignableFrom(type)
                && (type.isRecord() || type.isEnum());
    }
}
