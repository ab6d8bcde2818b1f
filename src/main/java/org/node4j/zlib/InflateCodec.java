package org.node4j.zlib;

import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Inflate of a zlib stream, raw deflate, gzip, or either of zlib and gzip told apart by the first bytes (node's
 * Unzip), on {@link Inflater}. Gzip headers and trailers are checked here with zlib's messages; after a gzip member
 * more members follow unless the next byte is zero (node ignores zero padding). Inflater accepts any window
 * size, so a windowBits smaller than the stream's is not an error here.
 */
public final class InflateCodec implements Codec {
    public enum Format { ZLIB, GZIP, RAW, AUTO }

    private enum Phase { DETECT, DETECT_SECOND, HEADER, BODY, TRAILER, MEMBER_END, END, FAILED }

    private static final byte GZIP_ID1 = 0x1f;
    private static final byte GZIP_ID2 = (byte) 0x8b;

    private final Format format;
    private final byte[] dictionary;
    private final GzipHeaderReader header = new GzipHeaderReader();
    private final CRC32 crc = new CRC32();
    private final byte[] trailer = new byte[8];
    private Inflater inflater;
    private boolean inflaterRaw;
    private boolean gzip;
    private Phase phase;
    private int trailerFill;
    private int outputSize;
    private int errno;
    private String message = "";

    public InflateCodec(Format format, byte[] dictionary) {
        this.format = format;
        this.dictionary = dictionary;
        reset();
    }

    @Override
    public void reset() {
        header.reset();
        crc.reset();
        trailerFill = 0;
        outputSize = 0;
        gzip = format == Format.GZIP;
        switch (format) {
            case AUTO -> phase = Phase.DETECT;
            case GZIP -> useInflater(true, Phase.HEADER);
            case RAW -> {
                useInflater(true, Phase.BODY);
                if (dictionary != null) inflater.setDictionary(dictionary);
            }
            case ZLIB -> useInflater(false, Phase.BODY);
        }
    }

    private void useInflater(boolean raw, Phase next) {
        if (inflater != null && inflaterRaw == raw) {
            inflater.reset();
        } else {
            if (inflater != null) inflater.end();
            inflater = new Inflater(raw);
            inflaterRaw = raw;
        }
        phase = next;
    }

    @Override
    public int process(int flush, ByteBuffer in, ByteBuffer out) {
        try {
            while (true) {
                switch (phase) {
                    case DETECT -> {
                        if (!in.hasRemaining()) return endOfInput(flush, out);
                        if (in.get(in.position()) == GZIP_ID1) {
                            in.get();
                            phase = Phase.DETECT_SECOND;
                        } else {
                            useInflater(false, Phase.BODY);
                        }
                    }
                    case DETECT_SECOND -> {
                        if (!in.hasRemaining()) return endOfInput(flush, out);
                        byte[] first = {GZIP_ID1};
                        if (in.get(in.position()) == GZIP_ID2) {
                            gzip = true;
                            useInflater(true, Phase.HEADER);
                            header.read(ByteBuffer.wrap(first));
                        } else {
                            useInflater(false, Phase.BODY);
                            inflater.setInput(first);
                            inflater.inflate(out);
                        }
                    }
                    case HEADER -> {
                        if (!header.read(in)) {
                            if (header.error() != null) return fail(Z_DATA_ERROR, header.error());
                            return endOfInput(flush, out);
                        }
                        phase = Phase.BODY;
                    }
                    case BODY -> {
                        if (!inflate(in, out)) return phase == Phase.FAILED ? FAILED : endOfInput(flush, out);
                    }
                    case TRAILER -> {
                        if (!readTrailer(in)) return phase == Phase.FAILED ? FAILED : endOfInput(flush, out);
                    }
                    case MEMBER_END -> {
                        if (!in.hasRemaining() || in.get(in.position()) == 0) return Z_STREAM_END;
                        header.reset();
                        crc.reset();
                        outputSize = 0;
                        useInflater(true, Phase.HEADER);
                    }
                    case END -> {
                        return Z_STREAM_END;
                    }
                    case FAILED -> {
                        return FAILED;
                    }
                }
            }
        } catch (DataFormatException e) {
            return fail(Z_DATA_ERROR, e.getMessage() == null ? "invalid data" : e.getMessage());
        }
    }

    /** Runs the inflater; true when the deflate data ended (the phase moved on), false when it wants more. */
    private boolean inflate(ByteBuffer in, ByteBuffer out) throws DataFormatException {
        while (true) {
            int start = out.position();
            inflater.setInput(in);
            inflater.inflate(out);
            if (gzip && out.position() > start) {
                crc.update(out.duplicate().position(start).limit(out.position()));
                outputSize += out.position() - start;
            }
            if (inflater.finished()) {
                phase = gzip ? Phase.TRAILER : Phase.END;
                return true;
            }
            if (!inflater.needsDictionary()) return false;
            if (dictionary == null) {
                fail(Z_NEED_DICT, "Missing dictionary");
                return false;
            }
            try {
                inflater.setDictionary(dictionary);
            } catch (IllegalArgumentException e) {
                fail(Z_NEED_DICT, "Bad dictionary");
                return false;
            }
        }
    }

    private boolean readTrailer(ByteBuffer in) {
        int n = Math.min(trailer.length - trailerFill, in.remaining());
        in.get(trailer, trailerFill, n);
        trailerFill += n;
        if (trailerFill < trailer.length) return false;
        trailerFill = 0;
        if (le32(0) != (int) crc.getValue()) {
            fail(Z_DATA_ERROR, "incorrect data check");
            return false;
        }
        if (le32(4) != outputSize) {
            fail(Z_DATA_ERROR, "incorrect length check");
            return false;
        }
        phase = Phase.MEMBER_END;
        return true;
    }

    private int le32(int at) {
        return (trailer[at] & 0xff) | (trailer[at + 1] & 0xff) << 8 | (trailer[at + 2] & 0xff) << 16
                | (trailer[at + 3] & 0xff) << 24;
    }

    /** The input ran out before the stream ended: an error only when finishing with output room left. */
    private int endOfInput(int flush, ByteBuffer out) {
        if (flush == Z_FINISH && out.hasRemaining()) return fail(Z_BUF_ERROR, "unexpected end of file");
        return Z_OK;
    }

    private int fail(int code, String text) {
        errno = code;
        message = text;
        phase = Phase.FAILED;
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
    public void close() {
        if (inflater != null) inflater.end();
        inflater = null;
    }
}
