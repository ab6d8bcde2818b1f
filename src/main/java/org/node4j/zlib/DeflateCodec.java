package org.node4j.zlib;

import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Deflate with a zlib wrapper, a gzip wrapper, or none, on {@link Deflater} (which is zlib). The gzip header and
 * trailer are written here as zlib writes them: no name, mtime 0, OS 3 (Unix), XFL from the level and strategy.
 * java.util.zip fixes windowBits at 15 and memLevel at 8, and has no Z_RLE or Z_FIXED strategy (they compress as
 * the default strategy); Z_PARTIAL_FLUSH and Z_BLOCK flush as Z_SYNC_FLUSH.
 */
public final class DeflateCodec implements Codec {
    public enum Wrapper { ZLIB, GZIP, RAW }

    private static final ByteBuffer NO_INPUT = ByteBuffer.allocateDirect(0);

    private final Wrapper wrapper;
    private final byte[] dictionary;
    private final Deflater deflater;
    private final CRC32 crc = new CRC32();
    private final PendingBytes pending = new PendingBytes();
    private int level;
    private int strategy;
    private int inputSize;
    private boolean headerQueued;
    private boolean trailerQueued;
    private boolean ended;

    public DeflateCodec(Wrapper wrapper, int level, int strategy, byte[] dictionary) {
        this.wrapper = wrapper;
        this.level = level;
        this.strategy = strategy;
        this.dictionary = wrapper == Wrapper.GZIP ? null : dictionary;
        this.deflater = new Deflater(level, wrapper != Wrapper.ZLIB);
        start();
        if (javaStrategy(strategy) != Deflater.DEFAULT_STRATEGY) applyParams();
    }

    private void start() {
        if (dictionary != null) deflater.setDictionary(dictionary);
        crc.reset();
        pending.clear();
        inputSize = 0;
        headerQueued = wrapper != Wrapper.GZIP;
        trailerQueued = false;
        ended = false;
    }

    @Override
    public int process(int flush, ByteBuffer in, ByteBuffer out) {
        if (ended) return Z_STREAM_END;
        if (!pending.drainTo(out)) return Z_OK;
        if (trailerQueued) return finishedTrailer();
        if (!headerQueued) {
            queueGzipHeader();
            headerQueued = true;
            if (!pending.drainTo(out)) return Z_OK;
        }
        int before = in.position();
        if (flush == Z_FINISH) deflater.finish();
        deflater.setInput(in);
        deflater.deflate(out, javaFlush(flush));
        if (wrapper == Wrapper.GZIP && in.position() > before) {
            crc.update(in.duplicate().position(before).limit(in.position()));
            inputSize += in.position() - before;
        }
        deflater.setInput(NO_INPUT);
        if (!deflater.finished()) return Z_OK;
        if (wrapper == Wrapper.GZIP) {
            pending.addLe32((int) crc.getValue());
            pending.addLe32(inputSize);
        }
        trailerQueued = true;
        return pending.drainTo(out) ? finishedTrailer() : Z_OK;
    }

    private int finishedTrailer() {
        ended = true;
        return Z_STREAM_END;
    }

    private void queueGzipHeader() {
        int effectiveLevel = level == -1 ? 6 : level;
        int xfl = effectiveLevel == 9 ? 2 : (strategy >= Deflater.HUFFMAN_ONLY || effectiveLevel < 2 ? 4 : 0);
        for (int b : new int[] {0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3}) pending.add((byte) b);
    }

    /** node's params(): called after a sync flush, so zlib's deflateParams sees no pending input. */
    @Override
    public void params(int level, int strategy) {
        this.level = level;
        this.strategy = strategy;
        deflater.setLevel(level);
        applyParams();
    }

    /**
     * Makes Deflater apply a changed level/strategy now, with no input (as node's deflateParams call), rather than
     * with the next data. Deflater keeps both across {@link #reset()}, as zlib's deflateReset does.
     */
    private void applyParams() {
        deflater.setStrategy(javaStrategy(strategy));
        ByteBuffer scratch = ByteBuffer.allocate(64);
        deflater.setInput(NO_INPUT);
        deflater.deflate(scratch, Deflater.NO_FLUSH);
        pending.add(scratch.flip());
    }

    private static int javaStrategy(int strategy) {
        return switch (strategy) {
            case 1 -> Deflater.FILTERED;
            case 2 -> Deflater.HUFFMAN_ONLY;
            default -> Deflater.DEFAULT_STRATEGY;
        };
    }

    private static int javaFlush(int flush) {
        return switch (flush) {
            case Z_NO_FLUSH, Z_FINISH -> Deflater.NO_FLUSH;
            case Z_FULL_FLUSH -> Deflater.FULL_FLUSH;
            default -> Deflater.SYNC_FLUSH;
        };
    }

    @Override
    public String message() {
        return "";
    }

    @Override
    public void reset() {
        deflater.reset();
        start();
    }

    @Override
    public void close() {
        deflater.end();
    }
}
