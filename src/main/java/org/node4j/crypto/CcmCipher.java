package org.node4j.crypto;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.CCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * AES-CCM (the JDK has none): one message per cipher, as node allows a single update(). Encryption's update
 * returns the ciphertext and keeps the tag; decryption checks the tag in update and a failure surfaces at final.
 */
final class CcmCipher implements CipherContext {
    private final boolean encrypt;
    private final byte[] key;
    private final byte[] nonce;
    private final int tagLength;
    private byte[] aad = new byte[0];
    private byte[] expectedTag;
    private byte[] tag;
    private boolean done;
    private boolean failed;

    CcmCipher(boolean encrypt, byte[] key, byte[] nonce, int tagLength) {
        this.encrypt = encrypt;
        this.key = key;
        this.nonce = nonce;
        this.tagLength = tagLength;
    }

    @Override
    public void setAad(byte[] aad, int plaintextLength) {
        this.aad = aad;
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
        if (done) throw new CipherFailure(CipherFailure.INVALID_STATE);
        byte[] data = new byte[in.remaining()];
        in.get(data);
        byte[] result = run(data);
        if (result == null) return 0;
        out.put(result);
        return result.length;
    }

    @Override
    public int finish(ByteBuffer out) throws CipherFailure {
        if (!done) {
            byte[] result = run(new byte[0]);
            if (result != null) out.put(result);
        }
        if (failed) throw new CipherFailure(CipherFailure.AUTH_FAILED);
        return 0;
    }

    // The whole message through CCM; null when decryption failed to authenticate.
    private byte[] run(byte[] data) {
        done = true;
        CCMBlockCipher ccm = (CCMBlockCipher) CCMBlockCipher.newInstance(AESEngine.newInstance());
        ccm.init(encrypt, new AEADParameters(new KeyParameter(key), tagLength * 8, nonce, aad));
        try {
            if (encrypt) {
                byte[] sealed = ccm.processPacket(data, 0, data.length);
                tag = Arrays.copyOfRange(sealed, data.length, sealed.length);
                return Arrays.copyOf(sealed, data.length);
            }
            if (expectedTag == null || expectedTag.length != tagLength) {
                failed = true;
                return null;
            }
            byte[] sealed = Arrays.copyOf(data, data.length + tagLength);
            System.arraycopy(expectedTag, 0, sealed, data.length, tagLength);
            return ccm.processPacket(sealed, 0, sealed.length);
        } catch (InvalidCipherTextException e) {
            failed = true;
            return null;
        }
    }
}
