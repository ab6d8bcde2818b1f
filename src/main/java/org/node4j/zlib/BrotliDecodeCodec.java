package org.node4j.zlib;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.DecoderJNI;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/**
 * Brotli decompression on brotli4j. brotli4j reports that decoding failed but not brotli's reason, so a failure
 * carries node's message with a code of our own instead of node's per-reason code and errno; and it treats bytes
 * after the end of the brotli stream as corrupt input, where node stops at the end.
 */
public final class BrotliDecodeCodec implements Codec {
    private static final int INPUT_SIZE = 64 * 1024;
    private static final int OPERATION_FINISH = 2;
    /** BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION and _LARGE_WINDOW. */
    private static final int DECODER_PARAMS = 2;

    private final PendingBytes pending = new PendingBytes();
    private DecoderJNI.Wrapper decoder;
    private int errno;
    private String code;
    private String message = "";

    private BrotliDecodeCodec() {
        reset();
    }

    /** A decoder, or null when brotli cannot start or a param is not one of the decoder's two flags. */
    public static BrotliDecodeCodec create(int[] params) {
        for (int i = DECODER_PARAMS; i < params.length; i++) {
            if (params[i] != -1) return null;
        }
        return Brotli4jLoader.isAvailable() ? new BrotliDecodeCodec() : null;
    }

    @Override
    public int process(int operation, ByteBuffer in, ByteBuffer out) {
        if (!pending.drainTo(out)) return Z_OK;
        while (true) {
            switch (decoder.getStatus()) {
                case DONE -> {
                    if (!decoder.hasOutput()) return Z_STREAM_END;
                    if (!pull(out)) return Z_OK;
                }
                case OK -> decoder.push(0);
                case NEEDS_MORE_OUTPUT -> {
                    if (!pull(out)) return Z_OK;
                }
                case NEEDS_MORE_INPUT -> {
                    if (decoder.hasOutput()) {
                        if (!pull(out)) return Z_OK;
                    } else if (in.hasRemaining()) {
                        int n = Math.min(in.remaining(), INPUT_SIZE);
                        ByteBuffer buffer = decoder.getInputBuffer();
                        buffer.clear();
                        buffer.put(in.slice(in.position(), n));
                        in.position(in.position() + n);
                        decoder.push(n);
                    } else if (operation == OPERATION_FINISH && out.hasRemaining()) {
                        return fail(Z_BUF_ERROR, null, "unexpected end of file");
                    } else {
                        return Z_OK;
                    }
                }
                default -> {
                    return fail(-1, "ERR_BROTLI_DECOMPRESSION_FAILED", "Decompression failed");
                }
            }
        }
    }

    /** Moves decoded bytes out; false when the caller's buffer is full. */
    private boolean pull(ByteBuffer out) {
        pending.put(decoder.pull(), out);
        return out.hasRemaining();
    }

    private int fail(int errno, String code, String message) {
        this.errno = errno;
        this.code = code;
        this.message = message;
        return FAILED;
    }

    @Override
    public String message() {
        return message;
    }

    @Override
    public int errno() {
        return errno;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public void reset() {
        close();
        pending.clear();
        try {
            decoder = new DecoderJNI.Wrapper(INPUT_SIZE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (decoder != null) decoder.destroy();
        decoder = null;
    }
}
