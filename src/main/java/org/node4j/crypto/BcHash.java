package org.node4j.crypto;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.Xof;
import org.bouncycastle.util.Memoable;

import java.nio.ByteBuffer;

/** A digest the JDK lacks (RIPEMD-160, BLAKE2, SM3, SHAKE with any length), from BouncyCastle's core API. */
final class BcHash implements HashFunction {
    private final HashAlgorithm algorithm;
    private final Digest digest;

    BcHash(HashAlgorithm algorithm, Digest digest) {
        this.algorithm = algorithm;
        this.digest = digest;
    }

    @Override
    public void update(ByteBuffer data) {
        if (data.hasArray()) {
            digest.update(data.array(), data.arrayOffset() + data.position(), data.remaining());
            data.position(data.limit());
            return;
        }
        byte[] chunk = new byte[Math.min(data.remaining(), 8192)];
        while (data.hasRemaining()) {
            int n = Math.min(chunk.length, data.remaining());
            data.get(chunk, 0, n);
            digest.update(chunk, 0, n);
        }
    }

    @Override
    public void update(byte[] data, int offset, int length) {
        digest.update(data, offset, length);
    }

    @Override
    public void finish(byte[] out, int offset, int length) {
        if (digest instanceof Xof xof) {
            xof.doFinal(out, offset, length);
        } else {
            digest.doFinal(out, offset);
        }
    }

    @Override
    public HashFunction copy() {
        return new BcHash(algorithm, (Digest) ((Memoable) digest).copy());
    }

    @Override
    public HashAlgorithm algorithm() {
        return algorithm;
    }
}
