package org.node4j.binding;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;

/**
 * What one {@code execute} of an HTTP parser reports to JS in a single crossing: events as ints in memory JS
 * reads through an Int32Array (count, more, consumed, used length, then the events) and every text field in one
 * string, NUL-separated. See internal/http/parser.js for the reading side.
 */
final class HttpEvents {
    static final int HEADERS = 1;
    static final int BODY = 2;
    static final int COMPLETE = 3;
    static final int ERROR = 4;
    static final int TRAILERS = 5;
    static final int FLAG_UPGRADE = 1;
    static final int FLAG_KEEP_ALIVE = 2;
    private static final int HEADER_INTS = 4;
    private static final int CAPACITY = 64 * 1024;
    /** Room kept free before a slice of input is parsed: the most events a slice can produce. */
    static final int SLICE = 8 * 1024;
    private static final int RESERVE = SLICE * 2;

    /** Pinned for the isolate's life: JS holds an ArrayBuffer over it. */
    private final ByteBuffer memory = ByteBuffer.allocateDirect(CAPACITY * 4).order(ByteOrder.nativeOrder());
    private final IntBuffer ints = memory.asIntBuffer();
    private final StringBuilder texts = new StringBuilder();
    private int count;
    private int used;
    private int textCount;

    ByteBuffer memory() {
        return memory;
    }

    void reset() {
        count = 0;
        used = 0;
        textCount = 0;
        texts.setLength(0);
    }

    /** Whether another slice of input may be parsed without overflowing the event list. */
    boolean hasRoom() {
        return CAPACITY - HEADER_INTS - used > RESERVE;
    }

    void headers(int major, int minor, int status, int flags, String method, String url, String statusMessage,
                 java.util.List<String> fields) {
        put(HEADERS);
        put(major);
        put(minor);
        put(status);
        put(flags);
        put(fields.size() / 2);
        text(method);
        text(url);
        text(statusMessage);
        for (String f : fields) text(f);
        count++;
    }

    void body(int offset, int length) {
        put(BODY);
        put(offset);
        put(length);
        count++;
    }

    void complete() {
        put(COMPLETE);
        count++;
    }

    void trailers(java.util.List<String> fields) {
        put(TRAILERS);
        put(fields.size() / 2);
        for (String f : fields) text(f);
        count++;
    }

    void error(int bytesParsed, String code, String reason) {
        put(ERROR);
        put(bytesParsed);
        text(code);
        text(reason);
        count++;
    }

    /** Seals the list: the header ints JS reads first. Returns the text block. */
    String finish(boolean more, int consumed) {
        ints.put(0, count);
        ints.put(1, more ? 1 : 0);
        ints.put(2, consumed);
        ints.put(3, used);
        String out = texts.toString();
        reset();
        return out;
    }

    private void put(int v) {
        ints.put(HEADER_INTS + used++, v);
    }

    private void text(String s) {
        if (textCount++ > 0) texts.append('\0');
        texts.append(s == null ? "" : s);
    }
}
