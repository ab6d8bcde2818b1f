package org.node4j.crypto;

import javax.crypto.Cipher;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * GCM and ChaCha20-Poly1305 with OpenSSL's streaming decryption: the JDK's AEAD ciphers hold all plaintext back
 * until the tag is checked, but node's decipher.update() returns it at once. Decryption therefore runs the mode's
 * keystream for the output and, beside it, the JDK's AEAD encryption over that plaintext, whose tag at final must
 * match the one given. Encryption is the JDK's AEAD cipher alone; tags shorter than 16 bytes are prefixes.
 */
abstract class AeadCipher implements CipherContext {
    /** The keystream half of the mode: XORs its next bytes over {@code in} into {@code out}. */
    interface Keystream {
        int apply(byte[] in, int offset, int n, byte[] out, int outOffset) throws GeneralSecurityException;
    }

    private final boolean encrypt;
    private final int tagLength;
    private final Cipher sealer;
    private final Keystream keystream;
    private byte[] expectedTag;
    private byte[] tag;
    private byte[] scratch = new byte[0];

    AeadCipher(boolean encrypt, int tagLength, Cipher sealer, Keystream keystream) {
        this.encrypt = encrypt;
        this.tagLength = tagLength;
        this.sealer = sealer;
        this.keystream = keystream;
    }

    @Override
    public void setAad(byte[] aad, int plaintextLength) {
        sealer.updateAAD(aad);
    }

    @Override
    public void setAuthTag(byte[] tag) {
        expectedTag = tag;
    }

    @Override
    public byte[] authTag() {
        return tag;
    }

    @Override
    public int update(ByteBuffer in, ByteBuffer out) throws CipherFailure {
        try {
            if (encrypt) return Arrays2.through(in, out, (src, off, n, dst, at) -> sealer.update(src, off, n, dst, at));
            return Arrays2.through(in, out, (src, off, n, dst, at) -> {
                int k = keystream.apply(src, off, n, dst, at);
                if (scratch.length < k + 16) scratch = new byte[k + 16];
                sealer.update(dst, at, k, scratch, 0);
                return k;
            });
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int finish(ByteBuffer out) throws CipherFailure {
        byte[] sealed;
        try {
            sealed = sealer.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        byte[] full = Arrays.copyOfRange(sealed, sealed.length - 16, sealed.length);
        if (encrypt) {
            tag = Arrays.copyOf(full, tagLength);
            out.put(sealed, 0, sealed.length - 16);
            return sealed.length - 16;
        }
        if (expectedTag == null || !MessageDigest.isEqual(Arrays.copyOf(full, expectedTag.length), expectedTag)) {
            throw new CipherFailure(CipherFailure.AUTH_FAILED);
        }
        return 0;
    }

    /** A keystream that is a JDK stream cipher (CTR, ChaCha20) positioned at the first data block. */
    static Keystream jca(Cipher cipher) {
        return (in, off, n, out, at) -> cipher.update(in, off, n, out, at);
    }
}
