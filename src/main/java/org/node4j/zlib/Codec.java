package org.node4j.zlib;

import java.nio.ByteBuffer;

/**
 * One compression or decompression stream in node's {@code zlib} handle role. {@link #process} consumes from
 * {@code in} and writes to {@code out}, advancing both positions; its result is zlib's return code or
 * {@link #FAILED}. Used by one thread at a time.
 */
public interface Codec extends AutoCloseable {
    int Z_OK = 0;
    int Z_STREAM_END = 1;
    int Z_NEED_DICT = 2;
    int Z_STREAM_ERROR = -2;
    int Z_DATA_ERROR = -3;
    int Z_BUF_ERROR = -5;

    int Z_NO_FLUSH = 0;
    int Z_PARTIAL_FLUSH = 1;
    int Z_SYNC_FLUSH = 2;
    int Z_FULL_FLUSH = 3;
    int Z_FINISH = 4;
    int Z_BLOCK = 5;

    /** {@link #process}'s result for an error: {@link #errno()} and {@link #message()} describe it. */
    int FAILED = Integer.MIN_VALUE;

    int process(int flush, ByteBuffer in, ByteBuffer out);

    /** The text of the last error (node's error message). */
    String message();

    /** node's errno of the last error (a zlib or brotli code). */
    default int errno() {
        return Z_OK;
    }

    /** node's error code of the last error, or null when it is zlib's name for {@link #errno()}. */
    default String code() {
        return null;
    }

    /** Starts a new stream with the same options. */
    void reset();

    /** Changes level and strategy (deflate only; others ignore it). */
    default void params(int level, int strategy) {
    }

    @Override
    void close();
}
