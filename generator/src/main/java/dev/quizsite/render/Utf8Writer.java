package dev.quizsite.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Function;

/**
 * A writer that keeps what is written to it as UTF-8 bytes, for a page rendered to bytes. An
 * {@code OutputStreamWriter} copies every string into a char buffer and encodes it a char at a
 * time once the text is not all ASCII (a handout part of 2.6 MB took 3 ms of the preview's
 * rebuild that way); here a string of some length is encoded by {@link String#getBytes}, which
 * copies a string of ASCII letters whole, or its bytes are taken as they were encoded before.
 * Unpaired surrogates become {@code ?}, as they do in an {@code OutputStreamWriter}, and a pair
 * split between two writes is joined.
 */
final class Utf8Writer extends Writer {

    /** Strings shorter than this are encoded here: for them a new byte array costs more than the loop. */
    private static final int WHOLE = 64;

    private byte[] bytes;
    private int count;
    /** A high surrogate written last, waiting for its low half; 0 when none. */
    private char high;

    /** The bytes of strings encoded before, by the string object; null for the others. */
    private final Function<String, byte[]> known;

    /** @param expected how many bytes the text is likely to take: the buffer's first size */
    Utf8Writer(int expected) {
        this(expected, text -> null);
    }

    /** @param known the UTF-8 bytes of a string written whole, where they are known (see {@link PageRenderer.Encoded}) */
    Utf8Writer(int expected, Function<String, byte[]> known) {
        bytes = new byte[Math.max(expected, 64)];
        this.known = known;
    }

    @Override
    public void write(String text, int offset, int length) {
        if (length >= WHOLE && high == 0 && !Character.isHighSurrogate(text.charAt(offset + length - 1))) {
            boolean whole = offset == 0 && length == text.length();
            byte[] encoded = whole ? known.apply(text) : null;
            if (encoded == null) {
                encoded = (whole ? text : text.substring(offset, offset + length)).getBytes(StandardCharsets.UTF_8);
            }
            room(encoded.length);
            System.arraycopy(encoded, 0, bytes, count, encoded.length);
            count += encoded.length;
            return;
        }
        for (int i = offset; i < offset + length; i++) {
            put(text.charAt(i));
        }
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            put(chars[i]);
        }
    }

    @Override
    public void write(int c) {
        put((char) c);
    }

    private void put(char c) {
        if (high != 0) {
            char first = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int point = Character.toCodePoint(first, c);
                room(4);
                bytes[count++] = (byte) (0xF0 | point >> 18);
                bytes[count++] = (byte) (0x80 | point >> 12 & 0x3F);
                bytes[count++] = (byte) (0x80 | point >> 6 & 0x3F);
                bytes[count++] = (byte) (0x80 | point & 0x3F);
                return;
            }
            room(1);
            bytes[count++] = '?';
        }
        room(3);
        if (c < 0x80) {
            bytes[count++] = (byte) c;
        } else if (c < 0x800) {
            bytes[count++] = (byte) (0xC0 | c >> 6);
            bytes[count++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            bytes[count++] = '?';
        } else {
            bytes[count++] = (byte) (0xE0 | c >> 12);
            bytes[count++] = (byte) (0x80 | c >> 6 & 0x3F);
            bytes[count++] = (byte) (0x80 | c & 0x3F);
        }
    }

    private void room(int more) {
        if (count + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, count + more));
        }
    }

    /** The bytes written, a high surrogate left unpaired at the end as {@code ?}. */
    byte[] toByteArray() {
        if (high != 0) {
            high = 0;
            room(1);
            bytes[count++] = '?';
        }
        return count == bytes.length ? bytes : Arrays.copyOf(bytes, count);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
