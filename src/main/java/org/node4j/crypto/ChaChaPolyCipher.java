package org.node4j.crypto;

import javax.crypto.Cipher;
import javax.crypto.spec.ChaCha20ParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;

/** ChaCha20-Poly1305 (RFC 8439): the data's keystream starts at block counter 1. */
final class ChaChaPolyCipher extends AeadCipher {
    ChaChaPolyCipher(boolean encrypt, byte[] key, byte[] iv, int tagLength) throws GeneralSecurityException {
        super(encrypt, tagLength, sealer(key, iv), encrypt ? null : keystream(key, iv));
    }

    private static Cipher sealer(byte[] key, byte[] iv) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("ChaCha20-Poly1305");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "ChaCha20"), new IvParameterSpec(iv));
        return c;
    }

    private static Keystream keystream(byte[] key, byte[] iv) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("ChaCha20");
        c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "ChaCha20"), new ChaCha20ParameterSpec(iv, 1));
        return jca(c);
    }
}
