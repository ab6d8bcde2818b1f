package org.node4j.zlib;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import com.aayushatharva.brotli4j.encoder.EncoderJNI;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/**
 * Brotli compression on brotli4j (Google's encoder through JNI). brotli4j takes quality, window and mode; the other
 * BROTLI_PARAM_* values (block size, size hint, literal context modeling, large window, postfix/direct
 * distances) are accepted and not applied. Input is copied into the encoder's buffer and its output copied out.
 */
public final class BrotliEncodeCodec implements Codec {
    private static final int INPUT_SIZE = 64 * 1024;
    private static final int PARAM_MODE = 0;
    private static final int PARAM_QUALITY = 1;
    private static final int PARAM_LGWIN = 2;
    private static final int PARAM_DISABLE_LITERAL_CONTEXT_MODELING = 4;
    private static final int OPERATION_FLUSH = 1;
    private static final int OPERATION_FINISH = 2;

    private final int quality;
    private final int lgwin;
    private final Encoder.Mode mode;
    private final PendingBytes pending = new PendingBytes();
    private EncoderJNI.Wrapper encoder;

    private BrotliEncodeCodec(int quality, int lgwin, Encoder.Mode mode) {
        this.quality = quality;
        this.lgwin = lgwin;
        this.mode = mode;
        reset();
    }

    /**
     * A codec for node's params array (-1 where unset), or null when brotli cannot start or rejects a value (as
     * brotli, only a literal-context-modeling flag other than 0/1 and an unknown mode; quality and window are
     * clamped to their ranges).
     */
    public static BrotliEncodeCodec create(int[] params) {
        if (!Brotli4jLoader.isAvailable()) return null;
        int contextModeling = param(params, PARAM_DISABLE_LITERAL_CONTEXT_MODELING, 0);
        int mode = param(params, PARAM_MODE, 0);
        if (contextModeling != 0 && contextModeling != 1 || mode < 0 || mode > 2) return null;
        int quality = Math.clamp(param(params, PARAM_QUALITY, 11), 0, 11);
        int lgwin = Math.clamp(param(params, PARAM_LGWIN, 22), 10, 24);
        return new BrotliEncodeCodec(quality, lgwin, Encoder.Mode.of(mode));
    }

    static int param(int[] params, int index, int fallback) {
        return index < params.length && params[index] != -1 ? params[index] : fallback;
    }

    @Override
    public int process(int operation, ByteBuffer in, ByteBuffer out) {
        if (!pending.drainTo(out)) return Z_OK;
        EncoderJNI.Operation last = switch (operation) {
            case OPERATION_FLUSH -> EncoderJNI.Operation.FLUSH;
            case OPERATION_FINISH -> EncoderJNI.Operation.FINISH;
            default -> EncoderJNI.Operation.PROCESS;
        };
        boolean operationPushed = last == EncoderJNI.Operation.PROCESS;
        while (true) {
            if (!encoder.isSuccess()) return FAILED;
            if (encoder.hasMoreOutput()) {
                pending.put(encoder.pull(), out);
                if (!out.hasRemaining()) return Z_OK;
            } else if (encoder.hasRemainingInput()) {
                encoder.push(last, 0);
            } else if (in.hasRemaining()) {
                int n = Math.min(in.remaining(), INPUT_SIZE);
                ByteBuffer buffer = encoder.getInputBuffer();
                buffer.clear();
                buffer.put(in.slice(in.position(), n));
                in.position(in.position() + n);
                boolean lastPiece = !in.hasRemaining();
                encoder.push(lastPiece ? last : EncoderJNI.Operation.PROCESS, n);
                operationPushed |= lastPiece;
            } else if (!operationPushed) {
                encoder.push(last, 0);
                operationPushed = true;
            } else {
                return encoder.isFinished() ? Z_STREAM_END : Z_OK;
            }
        }
    }

    @Override
    public String message() {
        return "Compression failed";
    }

    @Override
    public void reset() {
        close();
        pending.clear();
        try {
            encoder = new EncoderJNI.Wrapper(INPUT_SIZE, quality, lgwin, mode);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (encoder != null) encoder.destroy();
        encoder = null;
    }
}
