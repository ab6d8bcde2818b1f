package org.node4j.crypto;

import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.spec.MGF1ParameterSpec;

/** publicEncrypt/privateDecrypt/privateEncrypt/publicDecrypt with PKCS#1 v1.5, OAEP or no padding. */
public final class RsaCrypt {
    public static final int PKCS1 = 1;
    public static final int NONE = 3;
    public static final int OAEP = 4;

    private RsaCrypt() {
    }

    /**
     * Runs one RSA operation; {@code encrypt} says the direction, {@code withPrivate} which half of the key.
     * {@code oaepHash} and {@code label} apply to OAEP.
     */
    public static byte[] run(AsymmetricKey key, boolean withPrivate, boolean encrypt, int padding,
                             HashAlgorithm oaepHash, byte[] label, byte[] data) throws KeyFailure {
        if (!key.type().equals("rsa")) throw new KeyFailure(KeyFailure.UNSUPPORTED_KEY_TYPE);
        try {
            Key k = KeyCodec.toJca(withPrivate ? key : KeyCodec.publicOf(key));
            int mode = encrypt ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE;
            Cipher c;
            switch (padding) {
                case OAEP -> {
                    String h = oaepHash == null ? "SHA-1" : oaepHash.name();
                    c = Cipher.getInstance("RSA/ECB/OAEPPadding");
                    c.init(mode, k, new OAEPParameterSpec(h, "MGF1", new MGF1ParameterSpec(h),
                            new PSource.PSpecified(label)));
                }
                case NONE -> {
                    c = Cipher.getInstance("RSA/ECB/NoPadding");
                    c.init(mode, k);
                }
                default -> {
                    c = Cipher.getInstance("RSA/ECB/PKCS1Padding");
                    c.init(mode, k);
                }
            }
            return c.doFinal(data);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new KeyFailure(KeyFailure.RSA_FAILED);
        }
    }
}
