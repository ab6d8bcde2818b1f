package org.node4j.binding;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.values.V8Value;
import com.caoccao.javet.values.reference.V8ValueArrayBuffer;
import org.node4j.engine.Args;
import org.node4j.engine.Isolate;
import org.node4j.engine.NativeObject;
import org.node4j.zlib.BrotliDecodeCodec;
import org.node4j.zlib.BrotliEncodeCodec;
import org.node4j.zlib.Codec;
import org.node4j.zlib.Crc32;
import org.node4j.zlib.DeflateCodec;
import org.node4j.zlib.InflateCodec;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code internalBinding('zlib')}: compression streams by integer id (JS keeps the wraps, internal/zlib/handle).
 * {@code write} takes (arrayBuffer, offset, length) for input and output, so a codec reads and writes JS memory
 * directly; it runs inline, or on the thread pool when given a request id (JS keeps both buffers alive until the
 * request completes). After each write the output and input space left are in {@code writeResult}, filled on the
 * loop thread just before JS reads them.
 */
final class ZlibBinding implements Binding, AutoCloseable {
    private static final int DEFLATE = 1;
    private static final int INFLATE = 2;
    private static final int GZIP = 3;
    private static final int GUNZIP = 4;
    private static final int DEFLATERAW = 5;
    private static final int INFLATERAW = 6;
    private static final int UNZIP = 7;
    private static final int BROTLI_DECODE = 8;
    private static final int BROTLI_ENCODE = 9;
    private static final ByteBuffer EMPTY = ByteBuffer.allocateDirect(0);

    /** A codec and whether the pool is working on it (a close then waits for the work to end). */
    private static final class Stream {
        final Codec codec;
        boolean busy;
        boolean closeWhenIdle;
        /** Set when the codec threw: the write failed as zlib's Z_STREAM_ERROR. */
        boolean broken;

        Stream(Codec codec) {
            this.codec = codec;
        }
    }

    private final Isolate isolate;
    private final Map<Integer, Stream> streams = new HashMap<>();
    private final ByteBuffer writeResult = ByteBuffer.allocateDirect(8).order(ByteOrder.nativeOrder());
    private int lastId;

    ZlibBinding(Isolate isolate) {
        this.isolate = isolate;
    }

    @Override
    public String name() {
        return "zlib";
    }

    @Override
    public void install(NativeObject t) throws JavetException {
        t.value("writeResult", t.runtime().createV8ValueArrayBuffer(writeResult));
        // (mode, level, windowBits, memLevel, strategy, dictionary arrayBuffer, offset, length) → id
        t.fn("create", a -> {
            byte[] dictionary = copy(a, 5);
            Codec codec = switch (Args.i32(a, 0)) {
                case DEFLATE -> deflate(DeflateCodec.Wrapper.ZLIB, a, dictionary);
                case GZIP -> deflate(DeflateCodec.Wrapper.GZIP, a, dictionary);
                case DEFLATERAW -> deflate(DeflateCodec.Wrapper.RAW, a, dictionary);
                case INFLATE -> new InflateCodec(InflateCodec.Format.ZLIB, dictionary);
                case GUNZIP -> new InflateCodec(InflateCodec.Format.GZIP, dictionary);
                case INFLATERAW -> new InflateCodec(InflateCodec.Format.RAW, dictionary);
                case UNZIP -> new InflateCodec(InflateCodec.Format.AUTO, dictionary);
                default -> null;
            };
            return t.integer(codec == null ? -1 : add(codec));
        });
        // (mode, params Int32Array's arrayBuffer, offset, length): params indexed by BROTLI_PARAM_*, -1 unset
        t.fn("createBrotli", a -> {
            ByteBuffer raw = view(a, 1);
            int[] params = new int[raw.remaining() / 4];
            raw.order(ByteOrder.nativeOrder()).asIntBuffer().get(params);
            Codec codec = Args.i32(a, 0) == BROTLI_ENCODE ? BrotliEncodeCodec.create(params)
                    : Args.i32(a, 0) == BROTLI_DECODE ? BrotliDecodeCodec.create(params) : null;
            return t.integer(codec == null ? -1 : add(codec));
        });
        // (id, flush, in arrayBuffer, offset, length, out arrayBuffer, offset, length, request id or 0) → status
        t.fn("write", a -> {
            Stream s = streams.get(Args.i32(a, 0));
            if (s == null || s.busy) return t.integer(Codec.Z_STREAM_ERROR);
            int flush = Args.i32(a, 1);
            ByteBuffer in = view(a, 2);
            ByteBuffer out = view(a, 5);
            int req = Args.i32(a, 8);
            if (req <= 0) return t.integer(write(s, flush, in, out));
            s.busy = true;
            isolate.pool().submit(isolate.loop(), () -> process(s, flush, in, out), status -> {
                s.busy = false;
                if (s.closeWhenIdle) s.codec.close();
                setResult(in, out);
                isolate.complete(req, status);
            });
            return t.undefined();
        });
        // "errno\ncode\nmessage" of the stream's last error (code empty: zlib's name for errno)
        t.fn("error", a -> {
            Stream s = streams.get(Args.i32(a, 0));
            if (s == null) return t.string("");
            if (s.broken) return t.string(Codec.Z_STREAM_ERROR + "\n\nzlib error");
            String code = s.codec.code();
            return t.string(s.codec.errno() + "\n" + (code == null ? "" : code) + "\n" + s.codec.message());
        });
        t.fn("params", a -> {
            Stream s = streams.get(Args.i32(a, 0));
            if (s != null && !s.busy) s.codec.params(Args.i32(a, 1), Args.i32(a, 2));
            return t.undefined();
        });
        t.fn("reset", a -> {
            Stream s = streams.get(Args.i32(a, 0));
            if (s != null && !s.busy) s.codec.reset();
            return t.undefined();
        });
        t.fn("close", a -> {
            Stream s = streams.remove(Args.i32(a, 0));
            if (s != null) {
                if (s.busy) s.closeWhenIdle = true;
                else s.codec.close();
            }
            return t.undefined();
        });
        // (arrayBuffer, offset, length, start value) → the CRC-32 as an unsigned number
        t.fn("crc32", a -> t.number(Integer.toUnsignedLong(Crc32.of((int) (long) Args.f64(a, 3), view(a, 0)))));
    }

    private int write(Stream s, int flush, ByteBuffer in, ByteBuffer out) {
        int status = process(s, flush, in, out);
        setResult(in, out);
        return status;
    }

    /** A codec that throws (a library's state check) fails the write instead of the loop or the pool thread. */
    private static int process(Stream s, int flush, ByteBuffer in, ByteBuffer out) {
        try {
            return s.codec.process(flush, in, out);
        } catch (RuntimeException e) {
            s.broken = true;
            return Codec.FAILED;
        }
    }

    private void setResult(ByteBuffer in, ByteBuffer out) {
        writeResult.putInt(0, out.remaining());
        writeResult.putInt(4, in.remaining());
    }

    private int add(Codec codec) {
        do {
            lastId = (lastId % 0x7fffffff) + 1;
        } while (streams.containsKey(lastId));
        streams.put(lastId, new Stream(codec));
        return lastId;
    }

    private static Codec deflate(DeflateCodec.Wrapper wrapper, V8Value[] a, byte[] dictionary) {
        return new DeflateCodec(wrapper, Args.i32(a, 1), Args.i32(a, 4), dictionary);
    }

    /**
     * The bytes (arrayBuffer, offset, length) starting at argument {@code i}, as a buffer over the JS memory; JS
     * checked the range.
     */
    private static ByteBuffer view(V8Value[] a, int i) throws JavetException {
        int length = Args.i32(a, i + 2);
        if (length <= 0 || !(a[i] instanceof V8ValueArrayBuffer ab)) return EMPTY;
        return ab.getByteBuffer().slice(Args.i32(a, i + 1), length);
    }

    private static byte[] copy(V8Value[] a, int i) throws JavetException {
        if (i >= a.length || !(a[i] instanceof V8ValueArrayBuffer)) return null;
        ByteBuffer bytes = view(a, i);
        byte[] out = new byte[bytes.remaining()];
        bytes.get(out);
        return out;
    }

    @Override
    public void close() {
        for (Stream s : streams.values()) {
            if (!s.busy) s.codec.close();
        }
        streams.clear();
    }
}
