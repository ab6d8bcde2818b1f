package org.node4j.crypto;

import javax.crypto.AEADBadTagException;
import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.IllegalBlockSizeException;
import javax.crypto.spec.ChaCha20ParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.spec.AlgorithmParameterSpec;
import java.util.Arrays;

/**
 * ECB, CBC, CTR, CFB8 and ChaCha20 on the JDK's ciphers. The JCA cipher is made on first use, so padding can
 * still be switched off after construction, as OpenSSL allows.
 */
final class JcaCipher implements CipherContext {
    private final CipherSpec spec;
    private final boolean encrypt;
    private final byte[] key;
    private final byte[] iv;
    private boolean padding = true;
    private Cipher cipher;

    JcaCipher(CipherSpec spec, boolean encrypt, byte[] key, byte[] iv) {
        this.spec = spec;
        this.encrypt = encrypt;
        this.key = spec.family().equals("DESede") && key.length == 16 ? twoKeyTripleDes(key) : key;
        this.iv = iv;
    }

    // Two-key 3DES (des-ede) is three-key 3DES with K3 = K1.
    private static byte[] twoKeyTripleDes(byte[] key) {
        byte[] k = Arrays.copyOf(key, 24);
        System.arraycopy(key, 0, k, 16, 8);
        return k;
    }

    @Override
    public void setPadding(boolean padding) {
        this.padding = padding;
    }

    private Cipher cipher() throws CipherFailure {
        if (cipher != null) return cipher;
        try {
            String modeAndPadding = switch (spec.mode()) {
                case ECB -> "/ECB/" + (padding ? "PKCS5Padding" : "NoPadding");
                case CBC -> "/CBC/" + (padding ? "PKCS5Padding" : "NoPadding");
                case CTR -> "/CTR/NoPadding";
                case CFB8 -> "/CFB8/NoPadding";
                default -> "";
            };
            cipher = Cipher.getInstance(spec.family() + modeAndPadding);
            SecretKeySpec k = new SecretKeySpec(key, spec.family());
            int op = encrypt ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE;
            AlgorithmParameterSpec params = switch (spec.mode()) {
                case ECB -> null;
                case STREAM -> chacha20Params(iv);
                default -> new IvParameterSpec(iv);
            };
            if (params == null) cipher.init(op, k);
            else cipher.init(op, k, params);
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    // node's chacha20 IV: a 32-bit little-endian block counter, then the 96-bit nonce.
    private static AlgorithmParameterSpec chacha20Params(byte[] iv) {
        int counter = (iv[0] & 0xff) | (iv[1] & 0xff) << 8 | (iv[2] & 0xff) << 16 | (iv[3] & 0xff) << 24;
        return new ChaCha20ParameterSpec(Arrays.copyOfRange(iv, 4, 16), counter);
    }

    @Override
    public int update(ByteBuffer in, ByteBuffer out) throws CipherFailure {
        try {
            return Arrays2.through(in, out, (src, off, n, dst, at) -> cipher().update(src, off, n, dst, at));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int finish(ByteBuffer out) throws CipherFailure {
        try {
            byte[] rest = cipher().doFinal();
            out.put(rest);
            return rest.length;
        } catch (AEADBadTagException e) {
            throw new CipherFailure(CipherFailure.AUTH_FAILED);
        } catch (BadPaddingException e) {
            throw new CipherFailure(CipherFailure.BAD_DECRYPT);
        } catch (IllegalBlockSizeException e) {
            throw new CipherFailure(CipherFailure.WRONG_FINAL_BLOCK_LENGTH);
        }
    }
}
