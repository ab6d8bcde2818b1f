package org.node4j.crypto;

/** A key that cannot be read or used; {@link #code} tells JS which of node's (OpenSSL's) errors to raise. */
public final class KeyFailure extends Exception {
    /** DECODER routines::unsupported — not a key in the format asked for. */
    public static final int UNSUPPORTED = -20;
    /** An encrypted private key without a passphrase. */
    public static final int PASSPHRASE_REQUIRED = -21;
    /** A public key was given where a private key is needed. */
    public static final int NOT_PRIVATE = -22;
    /** The digest does not go with the key (EdDSA takes none; unknown names). */
    public static final int INVALID_DIGEST = -23;
    /** A key type or curve node4j does not implement. */
    public static final int UNSUPPORTED_KEY_TYPE = -24;
    /** The data is too large for the RSA key, or decryption failed. */
    public static final int RSA_FAILED = -25;

    public final int code;

    public KeyFailure(int code) {
        super(null, null, false, false);
        this.code = code;
    }
}
