package org.node4j.crypto;

import java.nio.ByteBuffer;

/** HMAC (RFC 2104) over any of our digests, so every digest node accepts works the same way. */
public final class Hmac {
    private final HashFunction inner;
    private final HashFunction outer;

    private Hmac(HashFunction inner, HashFunction outer) {
        this.inner = inner;
        this.outer = outer;
    }

    public static Hmac create(HashAlgorithm algorithm, byte[] key, int offset, int length) {
        int block = algorithm.blockSize();
        byte[] k = new byte[block];
        if (length > block) {
            HashFunction h = algorithm.create();
            h.update(key, offset, length);
            byte[] d = h.finish();
            System.arraycopy(d, 0, k, 0, d.length);
        } else {
            System.arraycopy(key, offset, k, 0, length);
        }
        byte[] pad = new byte[block];
        for (int i = 0; i < block; i++) pad[i] = (byte) (k[i] ^ 0x36);
        HashFunction inner = algorithm.create();
        inner.update(pad, 0, block);
        for (int i = 0; i < block; i++) pad[i] = (byte) (k[i] ^ 0x5c);
        HashFunction outer = algorithm.create();
        outer.update(pad, 0, block);
        return new Hmac(inner, outer);
    }

    public int length() {
        return inner.algorithm().digestLength();
    }

    public void update(ByteBuffer data) {
        inner.update(data);
    }

    public void update(byte[] data, int offset, int length) {
        inner.update(data, offset, length);
    }

    /** A copy that continues from the current state (PBKDF2 and HKDF reuse the keyed state). */
    public Hmac copy() {
        return new Hmac(inner.copy(), outer.copy());
    }

    public void finish(byte[] out, int offset) {
        byte[] innerDigest = inner.finish();
        outer.update(innerDigest, 0, innerDigest.length);
        outer.finish(out, offset, length());
    }

    public byte[] finish() {
        byte[] out = new byte[length()];
        finish(out, 0);
        return out;
    }
}
