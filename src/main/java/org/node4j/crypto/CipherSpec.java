package org.node4j.crypto;

/**
 * A cipher node names: its key and IV sizes in bytes, block size, mode, and the JCA algorithm behind it.
 * {@code ivLength} 0 means the mode takes no IV; AEAD modes accept other IV lengths too.
 */
public record CipherSpec(String name, String family, Mode mode, int keyLength, int ivLength, int blockSize) {
    public enum Mode { ECB, CBC, CTR, CFB, CFB8, OFB, GCM, CCM, STREAM, AEAD_STREAM, WRAP, WRAP_PAD }

    public boolean aead() {
        return mode == Mode.GCM || mode == Mode.CCM || mode == Mode.AEAD_STREAM;
    }

    /** OpenSSL's mode name (as crypto.getCipherInfo reports it). */
    public String modeName() {
        return switch (mode) {
            case ECB -> "ecb";
            case CBC -> "cbc";
            case CTR -> "ctr";
            case CFB, CFB8 -> "cfb";
            case OFB -> "ofb";
            case GCM -> "gcm";
            case CCM -> "ccm";
            case WRAP, WRAP_PAD -> "wrap";
            case STREAM, AEAD_STREAM -> "stream";
        };
    }
}
