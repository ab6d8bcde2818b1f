package org.node4j.crypto;

/** A cipher operation OpenSSL would fail; {@link #code} tells JS which of node's errors to raise. */
public final class CipherFailure extends Exception {
    public static final int BAD_DECRYPT = -10;
    public static final int WRONG_FINAL_BLOCK_LENGTH = -11;
    public static final int AUTH_FAILED = -12;
    public static final int INVALID_STATE = -13;

    public final int code;

    public CipherFailure(int code) {
        super(null, null, false, false);
        this.code = code;
    }
}
