package org.node4j.crypto;

import java.nio.ByteBuffer;

/**
 * One cipher in progress with OpenSSL's streaming contract: {@code update} writes what it can now (at most
 * input + one block), {@code finish} the rest. Authenticated modes add AAD and tags.
 */
public interface CipherContext {
    int update(ByteBuffer in, ByteBuffer out) throws CipherFailure;

    int finish(ByteBuffer out) throws CipherFailure;

    default void setPadding(boolean padding) {
    }

    /** AAD, before any data; {@code plaintextLength} is CCM's (-1 when not given). */
    default void setAad(byte[] aad, int plaintextLength) throws CipherFailure {
        throw new CipherFailure(CipherFailure.INVALID_STATE);
    }

    /** The expected tag (decryption), before final. */
    default void setAuthTag(byte[] tag) throws CipherFailure {
        throw new CipherFailure(CipherFailure.INVALID_STATE);
    }

    /** The tag computed by a finished encryption. */
    default byte[] authTag() {
        return null;
    }
}
