package org.node4j.binding;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.values.reference.V8ValueArrayBuffer;
import org.node4j.engine.Isolate;

import java.lang.foreign.MemorySegment;

/**
 * Where streams read to: a 64 KiB JS ArrayBuffer that reads fill one after another, so the bytes land where JS
 * sees them (a Buffer over the slab, no copy). A slab with too little room left is let go: JS Buffers keep it alive
 * as long as they need it, and Java's handle (which pins it meanwhile) is closed.
 */
final class ReadSlab implements AutoCloseable {
    private static final int SIZE = 64 * 1024;
    private static final int MIN_FREE = 16 * 1024;

    private final Isolate isolate;
    private V8ValueArrayBuffer buffer;
    private MemorySegment memory;
    private int used;

    ReadSlab(Isolate isolate) {
        this.isolate = isolate;
    }

    /** Room for the next read (at least 16 KiB). */
    MemorySegment free() {
        return free(MIN_FREE);
    }

    /** Room for at least {@code min} bytes (≤ 64 KiB), such as one decrypted TLS record. */
    MemorySegment free(int min) {
        if (buffer == null || SIZE - used < min) renew();
        return memory.asSlice(used);
    }

    /** Whether {@code min} more bytes fit in the current slab (a read there keeps earlier offsets valid). */
    boolean hasRoom(int min) {
        return buffer != null && SIZE - used >= min;
    }

    /** The current slab's memory. */
    MemorySegment segment() {
        return memory;
    }

    /** The slab the last {@link #free()} came from. */
    V8ValueArrayBuffer buffer() {
        return buffer;
    }

    /** Marks {@code n} bytes after the used part as taken; returns their offset. */
    int take(int n) {
        int at = used;
        used += n;
        return at;
    }

    private void renew() {
        close();
        try {
            buffer = isolate.runtime().createV8ValueArrayBuffer(SIZE);
        } catch (JavetException e) {
            throw new IllegalStateException(e);
        }
        memory = MemorySegment.ofBuffer(buffer.getByteBuffer());
        used = 0;
    }

    @Override
    public void close() {
        if (buffer == null) return;
        try {
            buffer.close();
        } catch (JavetException ignored) {
            // the isolate is going away
        }
        buffer = null;
        memory = null;
    }
}
