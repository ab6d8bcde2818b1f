package org.node4j.zlib;

import java.nio.ByteBuffer;
import java.util.Arrays;

/** Output waiting for room in the caller's buffer: a gzip header or trailer, or brotli output beyond it. */
final class PendingBytes {
    private byte[] bytes = new byte[16];
    private int start;
    private int end;

    void add(byte b) {
        if (end == bytes.length) bytes = Arrays.copyOf(bytes, bytes.length * 2);
        bytes[end++] = b;
    }

    void addLe32(int v) {
        for (int i = 0; i < 4; i++) add((byte) (v >>> (8 * i)));
    }

    void add(ByteBuffer from) {
        int n = from.remaining();
        if (end + n > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, end + n));
        from.get(bytes, end, n);
        end += n;
    }

    /** Copies what fits of {@code from} to {@code out} and keeps the rest. */
    void put(ByteBuffer from, ByteBuffer out) {
        int n = Math.min(from.remaining(), out.remaining());
        out.put(out.position(), from, from.position(), n).position(out.position() + n);
        from.position(from.position() + n);
        add(from);
    }

    /** Writes what fits; true when nothing is left. */
    boolean drainTo(ByteBuffer out) {
        int n = Math.min(end - start, out.remaining());
        out.put(bytes, start, n);
        start += n;
        if (start == end) start = end = 0;
        return start == end;
    }

    void clear() {
        start = end = 0;
    }
}
