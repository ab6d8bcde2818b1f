package org.node4j.icu;

/**
 * One swapping operation over two equally sized buffers: {@code in} is read in its own byte order,
 * {@code out} receives the same bytes in the output byte order. Offsets are absolute and identical
 * in both buffers, so nested items (a collation binary inside a resource bundle) are swapped in place.
 * The caller pre-fills {@code out} with a copy of {@code in}; sections that hold bytes, strings of
 * invariant characters or padding are then already right, and only multi-byte units are rewritten.
 */
final class Swap {
    final byte[] in;
    final byte[] out;
    final boolean inBig;
    final boolean outBig;

    Swap(byte[] in, byte[] out, boolean inBig, boolean outBig) {
        if (in.length != out.length) {
            throw new IllegalArgumentException("buffers differ in length");
        }
        this.in = in;
        this.out = out;
        this.inBig = inBig;
        this.outBig = outBig;
    }

    /** A swapper whose output has the other byte order than its (pre-copied) input. */
    static Swap opposite(byte[] in, boolean inBig) {
        return new Swap(in, in.clone(), inBig, !inBig);
    }

    private void check(int off, int len) {
        if (off < 0 || len < 0 || off + len > in.length || off + len < 0) {
            throw new IcuDataException("range " + off + "+" + len + " outside item of " + in.length + " bytes");
        }
    }

    int u8(int off) {
        check(off, 1);
        return in[off] & 0xff;
    }

    int u16(int off) {
        check(off, 2);
        int a = in[off] & 0xff, b = in[off + 1] & 0xff;
        return inBig ? (a << 8) | b : (b << 8) | a;
    }

    int i32(int off) {
        check(off, 4);
        int a = in[off] & 0xff, b = in[off + 1] & 0xff, c = in[off + 2] & 0xff, d = in[off + 3] & 0xff;
        return inBig ? (a << 24) | (b << 16) | (c << 8) | d : (d << 24) | (c << 16) | (b << 8) | a;
    }

    void write16(int off, int v) {
        check(off, 2);
        if (outBig) {
            out[off] = (byte) (v >>> 8);
            out[off + 1] = (byte) v;
        } else {
            out[off] = (byte) v;
            out[off + 1] = (byte) (v >>> 8);
        }
    }

    void write32(int off, int v) {
        check(off, 4);
        if (outBig) {
            out[off] = (byte) (v >>> 24);
            out[off + 1] = (byte) (v >>> 16);
            out[off + 2] = (byte) (v >>> 8);
            out[off + 3] = (byte) v;
        } else {
            out[off] = (byte) v;
            out[off + 1] = (byte) (v >>> 8);
            out[off + 2] = (byte) (v >>> 16);
            out[off + 3] = (byte) (v >>> 24);
        }
    }

    /** Copies {@code len} bytes unchanged (a no-op when out was pre-filled, kept for clarity). */
    void copy(int off, int len) {
        if (len <= 0) {
            return;
        }
        check(off, len);
        System.arraycopy(in, off, out, off, len);
    }

    private void units(int off, int len, int size) {
        if (len <= 0) {
            return;
        }
        check(off, len);
        if ((len % size) != 0) {
            throw new IcuDataException("length " + len + " is not a multiple of " + size);
        }
        if (inBig == outBig) {
            System.arraycopy(in, off, out, off, len);
            return;
        }
        for (int i = off, end = off + len; i < end; i += size) {
            for (int j = 0; j < size; ++j) {
                out[i + j] = in[i + size - 1 - j];
            }
        }
    }

    /** Swaps an array of 16-bit units; {@code len} counts bytes. */
    void swap16(int off, int len) {
        units(off, len, 2);
    }

    /** Swaps an array of 32-bit units; {@code len} counts bytes. */
    void swap32(int off, int len) {
        units(off, len, 4);
    }

    /** Swaps an array of 64-bit units; {@code len} counts bytes. */
    void swap64(int off, int len) {
        units(off, len, 8);
    }
}
