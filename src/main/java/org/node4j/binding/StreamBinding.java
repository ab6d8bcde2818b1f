package org.node4j.binding;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.values.V8Value;
import com.caoccao.javet.values.reference.V8ValueArray;
import com.caoccao.javet.values.reference.V8ValueArrayBuffer;
import org.node4j.engine.Args;
import org.node4j.engine.Isolate;
import org.node4j.engine.NativeObject;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * What every stream binding offers, node's StreamBase: reading, writing (one buffer or several in one system
 * call), shutdown, close, ref/unref, over the {@link StreamHandle}s it keeps by JS handle id.
 */
abstract class StreamBinding implements Binding, AutoCloseable {
    private static final int MAX_IOVECS = 1024;

    protected final Isolate isolate;
    protected final ReadSlab slab;
    protected final Map<Integer, StreamHandle> streams = new HashMap<>();
    private final MemorySegment iovecs = Arena.ofAuto().allocate(16L * MAX_IOVECS, 8);
    private final MemorySegment[] parts = new MemorySegment[MAX_IOVECS];

    StreamBinding(Isolate isolate, ReadSlab slab) {
        this.isolate = isolate;
        this.slab = slab;
    }

    protected final StreamHandle stream(V8Value[] args) {
        StreamHandle s = streams.get(Args.i32(args, 0));
        if (s == null) throw new IllegalStateException("stream handle is closed");
        return s;
    }

    /** readStart/readStop/readPending/write/writev/shutdown/close/ref/unref/queuedBytes, all keyed by id. */
    protected final void installStreamMethods(NativeObject t) throws JavetException {
        t.fn("readStart", args -> t.integer(stream(args).readStart()));
        t.fn("readStop", args -> t.integer(stream(args).readStop()));
        t.fn("readPending", args -> {
            stream(args).readPending();
            return t.undefined();
        });
        t.fn("write", args -> {
            StreamHandle s = stream(args);
            MemorySegment data = MemorySegment.ofBuffer(((V8ValueArrayBuffer) args[1]).getByteBuffer())
                    .asSlice(Args.i32(args, 2), Args.i32(args, 3));
            return t.integer(s.write(data));
        });
        // writev(id, [arrayBuffer, offset, length, …]): the bytes written now, the rest completes by EVENT_WRITE.
        t.fn("writev", args -> {
            StreamHandle s = stream(args);
            V8ValueArray list = (V8ValueArray) args[1];
            int count = Math.min(list.getLength() / 3, MAX_IOVECS);
            long total = 0;
            // The buffers' handles stay open until the call is done: their memory is valid only meanwhile.
            V8ValueArrayBuffer[] held = new V8ValueArrayBuffer[count];
            try {
                for (int i = 0; i < count; i++) {
                    int offset = list.getInteger(i * 3 + 1);
                    int length = list.getInteger(i * 3 + 2);
                    held[i] = list.get(i * 3);
                    parts[i] = MemorySegment.ofBuffer(held[i].getByteBuffer()).asSlice(offset, length);
                    StreamHandle.setIovec(iovecs, i, parts[i]);
                    total += length;
                }
                return t.number(s.writev(iovecs, count, Arrays.copyOf(parts, count), total));
            } finally {
                Arrays.fill(parts, 0, count, null);
                for (V8ValueArrayBuffer ab : held) {
                    if (ab != null) ab.close();
                }
            }
        });
        t.fn("shutdown", args -> t.integer(stream(args).shutdown()));
        t.fn("close", args -> {
            StreamHandle s = streams.remove(Args.i32(args, 0));
            if (s != null) s.close(() -> isolate.emit(s.id, StreamHandle.EVENT_CLOSE, null, null));
            return t.undefined();
        });
        t.fn("ref", args -> {
            stream(args).ref();
            return t.undefined();
        });
        t.fn("unref", args -> {
            stream(args).unref();
            return t.undefined();
        });
        t.fn("hasRef", args -> t.bool(stream(args).hasRef()));
        t.fn("queuedBytes", args -> t.integer(stream(args).queuedBytes()));
        t.fn("fd", args -> t.integer(stream(args).fd));
    }

    @Override
    public void close() {
        slab.close();
    }
}
