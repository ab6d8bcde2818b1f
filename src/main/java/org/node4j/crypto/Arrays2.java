package org.node4j.crypto;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;

/**
 * Runs a JCA operation over heap arrays: the JDK's ciphers and digests take their intrinsic fast paths only on
 * byte[] (on direct buffers they work in small chunks, several times slower), and one bulk copy each way is
 * cheap next to the work. Large inputs go through in chunks: the JIT compiles (and so intrinsifies) a JCA method
 * by how often it is called, and a few calls with megabytes each would stay interpreted.
 */
final class Arrays2 {
    /** An operation from {@code n} bytes of {@code in} into {@code out}; returns the bytes written. */
    interface ArrayOp {
        int apply(byte[] in, int offset, int n, byte[] out, int outOffset) throws GeneralSecurityException,
                CipherFailure;
    }

    private static final int CHUNK = 8192;

    private Arrays2() {
    }

    /** Feeds {@code in} through {@code op} and writes its output to {@code out}; returns the bytes written. */
    static int through(ByteBuffer in, ByteBuffer out, ArrayOp op) throws GeneralSecurityException, CipherFailure {
        int n = in.remaining();
        byte[] src = new byte[n];
        in.get(src);
        byte[] dst = new byte[n + 32];
        int written = 0;
        for (int off = 0; off < n || n == 0; off += CHUNK) {
            written += op.apply(src, off, Math.min(CHUNK, n - off), dst, written);
            if (n == 0) break;
        }
        out.put(dst, 0, written);
        return written;
    }

    /** The bytes of {@code data} (its array when it has one). */
    static byte[] bytes(ByteBuffer data) {
        byte[] b = new byte[data.remaining()];
        data.get(b);
        return b;
    }
}
