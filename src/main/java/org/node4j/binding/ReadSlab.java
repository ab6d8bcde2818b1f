package org.node4j.binding;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.values.reference.V8ValueArrayBuffer;
import org.node4j.engine.Isolate;

import java.lang.foreign.MemorySegment;

/**
 * Where streams and datagram sockets read to: a JS ArrayBuffer (64 KiB for streams) that reads fill one after
 * another, so the bytes land where JS sees them (a Buffer over the slab, no copy). A slab with too little room left
 * is let go: JS Buffers keep it alive as long as they need it, and Java's handle (which pins it meanwhile) is closed.
 */
final class ReadSlab implements AutoCloseable {
    private static final int STREAM_SIZE = 64 * 1024;
    private static final int STREAM_MIN_FREE = 16 * 1024;

    private final Isolate isolate;
    private final int size;
    private final int minFree;
    private V8ValueArrayBuffer buffer;
    private MemorySegment memory;
    private int used;

    /** The streams' slab: 64 KiB, reads get at least 16 KiB. */
    ReadSlab(Isolate isolate) {
        this(isolate, STREAM_SIZE, STREAM_MIN_FREE);
    }

    /** A slab of {@code size} bytes whose reads always get at least {@code minFree} (datagrams need a whole one). */
    ReadSlab(Isolate isolate, int size, int minFree) {
        this.isolate = isolate;
        this.size = size;
        this.minFree = minFree;
    }

    /** Room for the next read (at least the slab's minimum). */
    MemorySegment free() {
        return free(minFree);
    }

    /** Room for at least {@code min} bytes (≤ the slab's size), such as one decrypted TLS record. */
    MemorySegment free(int min) {
        if (buffer == null || size - used < min) renew();
        return memory.asSlice(used);
    }

    /** Whether {@code min} more bytes fit in the current slab (a read there keeps earlier offsets valid). */
    boolean hasRoom(int min) {
        return buffer != null && size - used >= min;
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
            buffer = isolate.runtime().createV8ValueArrayBuffer(size);
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
