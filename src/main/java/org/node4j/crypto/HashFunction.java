package org.node4j.crypto;

import java.nio.ByteBuffer;

/** One running message digest, whichever library computes it. */
public interface HashFunction {
    void update(ByteBuffer data);

    void update(byte[] data, int offset, int length);

    /** Finishes the digest into {@code out}: {@code length} bytes (any length for an XOF, else the digest size). */
    void finish(byte[] out, int offset, int length);

    /** An independent copy of the running state. */
    HashFunction copy();

    default byte[] finish() {
        byte[] out = new byte[algorithm().digestLength()];
        finish(out, 0, out.length);
        return out;
    }

    HashAlgorithm algorithm();
}
