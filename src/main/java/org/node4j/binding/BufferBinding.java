package org.node4j.binding;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.values.V8Value;
import com.caoccao.javet.values.reference.V8ValueArrayBuffer;
import org.node4j.engine.Args;
import org.node4j.engine.NativeObject;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.HexFormat;

/**
 * {@code internalBinding('buffer')}: the string encodings of large buffers, where the JDK's codecs beat JS even
 * after the string crossing. Arguments are {@code (arrayBuffer, byteOffset, byteLength)}; the bytes are read
 * in place.
 */
final class BufferBinding implements Binding {
    private static final HexFormat HEX = HexFormat.of();

    @Override
    public String name() {
        return "buffer";
    }

    @Override
    public void install(NativeObject t) throws JavetException {
        t.fn("base64Slice", args -> t.string(Base64.getEncoder().encodeToString(bytes(args))));
        t.fn("base64urlSlice", args -> t.string(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(args))));
        t.fn("hexSlice", args -> t.string(HEX.formatHex(bytes(args))));
    }

    // One copy out of V8's memory: the JDK's intrinsified codecs work on arrays.
    private static byte[] bytes(V8Value[] args) {
        ByteBuffer all = ((V8ValueArrayBuffer) args[0]).getByteBuffer();
        byte[] data = new byte[Args.i32(args, 2)];
        all.get(Args.i32(args, 1), data);
        return data;
    }
}
