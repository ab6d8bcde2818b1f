package org.node4j.crypto;

/** GHASH in GF(2^128) (NIST SP 800-38D), as GCM needs it for J0 when the IV is not 96 bits. */
final class Ghash {
    private Ghash() {
    }

    /** J0 = GHASH_H(IV || zero padding || 64 zero bits || 64-bit bit length of IV). */
    static byte[] ofIv(byte[] h, byte[] iv) {
        long hHi = load(h, 0);
        long hLo = load(h, 8);
        long yHi = 0;
        long yLo = 0;
        int blocks = (iv.length + 15) / 16;
        byte[] padded = new byte[blocks * 16 + 16];
        System.arraycopy(iv, 0, padded, 0, iv.length);
        long bits = (long) iv.length * 8;
        for (int i = 0; i < 8; i++) padded[padded.length - 1 - i] = (byte) (bits >>> (8 * i));
        for (int off = 0; off < padded.length; off += 16) {
            long[] z = multiply(yHi ^ load(padded, off), yLo ^ load(padded, off + 8), hHi, hLo);
            yHi = z[0];
            yLo = z[1];
        }
        byte[] out = new byte[16];
        store(out, 0, yHi);
        store(out, 8, yLo);
        return out;
    }

    private static long[] multiply(long xHi, long xLo, long vHi, long vLo) {
        long zHi = 0;
        long zLo = 0;
        for (int i = 0; i < 128; i++) {
            long bit = i < 64 ? (xHi >>> (63 - i)) & 1 : (xLo >>> (127 - i)) & 1;
            if (bit != 0) {
                zHi ^= vHi;
                zLo ^= vLo;
            }
            boolean lsb = (vLo & 1) != 0;
            vLo = (vLo >>> 1) | (vHi << 63);
            vHi >>>= 1;
            if (lsb) vHi ^= 0xe100000000000000L;
        }
        return new long[] {zHi, zLo};
    }

    private static long load(byte[] b, int off) {
        long v = 0;
        for (int i = 0; i < 8; i++) v = (v << 8) | (b[off + i] & 0xff);
        return v;
    }

    private static void store(byte[] b, int off, long v) {
        for (int i = 7; i >= 0; i--) {
            b[off + i] = (byte) v;
            v >>>= 8;
        }
    }
}
