package org.node4j.zlib;

import java.nio.ByteBuffer;
import java.util.zip.CRC32;

/**
 * Reads a gzip member header (RFC 1952) incrementally, over any split of the input, and fails with zlib's
 * messages. Fields are read in zlib's groups (magic, method+flags, mtime, xfl+os, …) so that a header cut short
 * waits for more input rather than failing early.
 */
final class GzipHeaderReader {
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    private enum Step { MAGIC, METHOD_FLAGS, MTIME, XFL_OS, EXTRA_LENGTH, EXTRA, NAME, COMMENT, HEADER_CRC, DONE }

    private final CRC32 headerCrc = new CRC32();
    private final byte[] group = new byte[4];
    private int groupFill;
    private Step step;
    private int flags;
    private int extraLeft;
    private int expectedHeaderCrc;
    private String error;

    GzipHeaderReader() {
        reset();
    }

    void reset() {
        step = Step.MAGIC;
        groupFill = 0;
        flags = 0;
        headerCrc.reset();
        error = null;
    }

    /** Consumes header bytes from {@code in}; true once the header is complete. On failure {@link #error()} is set. */
    boolean read(ByteBuffer in) {
        while (step != Step.DONE && error == null) {
            switch (step) {
                case MAGIC -> {
                    if (!fill(in, 2)) return false;
                    if ((group[0] & 0xff) != 0x1f || (group[1] & 0xff) != 0x8b) error = "incorrect header check";
                    else step = Step.METHOD_FLAGS;
                }
                case METHOD_FLAGS -> {
                    if (!fill(in, 2)) return false;
                    flags = group[1] & 0xff;
                    if (group[0] != 8) error = "unknown compression method";
                    else if ((flags & 0xe0) != 0) error = "unknown header flags set";
                    else step = Step.MTIME;
                }
                case MTIME -> {
                    if (!fill(in, 4)) return false;
                    step = Step.XFL_OS;
                }
                case XFL_OS -> {
                    if (!fill(in, 2)) return false;
                    step = (flags & FEXTRA) != 0 ? Step.EXTRA_LENGTH : Step.NAME;
                }
                case EXTRA_LENGTH -> {
                    if (!fill(in, 2)) return false;
                    extraLeft = (group[0] & 0xff) | (group[1] & 0xff) << 8;
                    step = Step.EXTRA;
                }
                case EXTRA -> {
                    int n = Math.min(extraLeft, in.remaining());
                    digest(in, n);
                    extraLeft -= n;
                    if (extraLeft > 0) return false;
                    step = Step.NAME;
                }
                case NAME -> {
                    if ((flags & FNAME) != 0 && !skipZeroTerminated(in)) return false;
                    step = Step.COMMENT;
                }
                case COMMENT -> {
                    if ((flags & FCOMMENT) != 0 && !skipZeroTerminated(in)) return false;
                    expectedHeaderCrc = (int) headerCrc.getValue() & 0xffff;
                    step = (flags & FHCRC) != 0 ? Step.HEADER_CRC : Step.DONE;
                }
                case HEADER_CRC -> {
                    if (!fill(in, 2)) return false;
                    int got = (group[0] & 0xff) | (group[1] & 0xff) << 8;
                    if (got != expectedHeaderCrc) error = "header crc mismatch";
                    else step = Step.DONE;
                }
                case DONE -> {
                }
            }
        }
        return step == Step.DONE;
    }

    String error() {
        return error;
    }

    /** Collects {@code size} bytes into {@code group} across calls; true when they are all there. */
    private boolean fill(ByteBuffer in, int size) {
        while (groupFill < size && in.hasRemaining()) {
            byte b = in.get();
            headerCrc.update(b);
            group[groupFill++] = b;
        }
        if (groupFill < size) return false;
        groupFill = 0;
        return true;
    }

    private boolean skipZeroTerminated(ByteBuffer in) {
        while (in.hasRemaining()) {
            byte b = in.get();
            headerCrc.update(b);
            if (b == 0) return true;
        }
        return false;
    }

    private void digest(ByteBuffer in, int n) {
        ByteBuffer part = in.duplicate();
        part.limit(part.position() + n);
        headerCrc.update(part);
        in.position(in.position() + n);
    }
}
