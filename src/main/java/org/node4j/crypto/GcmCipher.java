package org.node4j.crypto;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.util.Arrays;

/** AES-GCM (NIST SP 800-38D) with any IV length and tag lengths 4 to 16. */
final class GcmCipher extends AeadCipher {
    GcmCipher(boolean encrypt, byte[] key, byte[] iv, int tagLength) throws GeneralSecurityException {
        super(encrypt, tagLength, sealer(key, iv), encrypt ? null : keystream(key, iv));
    }

    private static Cipher sealer(byte[] key, byte[] iv) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        return c;
    }

    // The data's counter blocks start at inc32(J0). With a 96-bit IV, J0 is IV || 1 and the 32-bit counter cannot
    // wrap in practice, so the JDK's CTR serves; otherwise J0 comes from GHASH and the counter wraps mod 2^32.
    private static Keystream keystream(byte[] key, byte[] iv) throws GeneralSecurityException {
        SecretKeySpec k = new SecretKeySpec(key, "AES");
        if (iv.length == 12) {
            byte[] counter = Arrays.copyOf(iv, 16);
            counter[15] = 2;
            Cipher ctr = Cipher.getInstance("AES/CTR/NoPadding");
            ctr.init(Cipher.DECRYPT_MODE, k, new IvParameterSpec(counter));
            return jca(ctr);
        }
        Cipher ecb = Cipher.getInstance("AES/ECB/NoPadding");
        ecb.init(Cipher.ENCRYPT_MODE, k);
        byte[] h = ecb.doFinal(new byte[16]);
        byte[] j0 = Ghash.ofIv(h, iv);
        return new Counter32(ecb, j0);
    }

    /** CTR with the low 32 bits of the block as the counter (GCM's inc32), for IVs of other lengths. */
    private static final class Counter32 implements Keystream {
        private final Cipher ecb;
        private final byte[] counter;
        private final byte[] block = new byte[16];
        private int used = 16;

        Counter32(Cipher ecb, byte[] j0) {
            this.ecb = ecb;
            this.counter = j0;
        }

        @Override
        public int apply(byte[] in, int offset, int n, byte[] out, int outOffset) throws GeneralSecurityException {
            for (int i = 0; i < n; i++) {
                if (used == 16) {
                    increment();
                    ecb.doFinal(counter, 0, 16, block, 0);
                    used = 0;
                }
                out[outOffset + i] = (byte) (in[offset + i] ^ block[used++]);
            }
            return n;
        }

        private void increment() {
            for (int i = 15; i >= 12; i--) {
                if (++counter[i] != 0) break;
            }
        }
    }
}
