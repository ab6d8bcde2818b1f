package org.node4j.crypto;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.values.V8Value;
import com.caoccao.javet.values.reference.V8ValueArrayBuffer;
import org.node4j.engine.Args;

import java.nio.ByteBuffer;

/** JS bytes passed as {@code (arrayBuffer, byteOffset, byteLength)}: read in place or copied out. */
public final class Memory {
    private static final byte[] EMPTY = new byte[0];

    private Memory() {
    }

    /** A view of the bytes (valid while JS keeps the buffer alive); an empty buffer for anything else. */
    public static ByteBuffer view(V8Value[] args, int index) throws JavetException {
        if (index >= args.length || !(args[index] instanceof V8ValueArrayBuffer ab)) return ByteBuffer.allocate(0);
        int off = Args.i32(args, index + 1);
        int len = Args.i32(args, index + 2);
        if (len == 0) return ByteBuffer.allocate(0);
        return ab.getByteBuffer().slice(off, len);
    }

    public static byte[] copy(V8Value[] args, int index) throws JavetException {
        ByteBuffer view = view(args, index);
        if (!view.hasRemaining()) return EMPTY;
        byte[] out = new byte[view.remaining()];
        view.get(out);
        return out;
    }
}
