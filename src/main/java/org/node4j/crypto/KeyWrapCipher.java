package org.node4j.crypto;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;

/** AES key wrap (RFC 3394) and key wrap with padding (RFC 5649): each update wraps or unwraps its input whole. */
final class KeyWrapCipher implements CipherContext {
    private final Cipher cipher;

    KeyWrapCipher(CipherSpec spec, boolean encrypt, byte[] key, byte[] iv) throws GeneralSecurityException {
        cipher = Cipher.getInstance(spec.mode() == CipherSpec.Mode.WRAP ? "AES/KW/NoPadding" : "AES/KWP/NoPadding");
        cipher.init(encrypt ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                new IvParameterSpec(iv));
    }

    @Override
    public int update(ByteBuffer in, ByteBuffer out) throws CipherFailure {
        if (!in.hasRemaining()) return 0;
        try {
            return cipher.doFinal(in, out);
        } catch (GeneralSecurityException e) {
            throw new CipherFailure(CipherFailure.BAD_DECRYPT);
        }
    }

    @Override
    public int finish(ByteBuffer out) {
        return 0;
    }
}
