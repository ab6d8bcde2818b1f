package org.node4j.crypto;

import org.bouncycastle.crypto.generators.SCrypt;

/** Key derivation: PBKDF2 (RFC 8018), HKDF (RFC 5869) and scrypt (RFC 7914), byte-for-byte OpenSSL's. */
public final class Kdfs {
    private Kdfs() {
    }

    public static void pbkdf2(HashAlgorithm digest, byte[] password, byte[] salt, int iterations, byte[] out) {
        Hmac keyed = Hmac.create(digest, password, 0, password.length);
        int hLen = keyed.length();
        byte[] u = new byte[hLen];
        byte[] t = new byte[hLen];
        byte[] counter = new byte[4];
        for (int block = 1, pos = 0; pos < out.length; block++, pos += hLen) {
            counter[0] = (byte) (block >>> 24);
            counter[1] = (byte) (block >>> 16);
            counter[2] = (byte) (block >>> 8);
            counter[3] = (byte) block;
            Hmac mac = keyed.copy();
            mac.update(salt, 0, salt.length);
            mac.update(counter, 0, 4);
            mac.finish(u, 0);
            System.arraycopy(u, 0, t, 0, hLen);
            for (int i = 1; i < iterations; i++) {
                mac = keyed.copy();
                mac.update(u, 0, hLen);
                mac.finish(u, 0);
                for (int j = 0; j < hLen; j++) t[j] ^= u[j];
            }
            System.arraycopy(t, 0, out, pos, Math.min(hLen, out.length - pos));
        }
    }

    public static void hkdf(HashAlgorithm digest, byte[] key, byte[] salt, byte[] info, byte[] out) {
        byte[] s = salt.length == 0 ? new byte[digest.digestLength()] : salt;
        Hmac extract = Hmac.create(digest, s, 0, s.length);
        extract.update(key, 0, key.length);
        byte[] prk = extract.finish();
        Hmac keyed = Hmac.create(digest, prk, 0, prk.length);
        byte[] previous = new byte[0];
        for (int i = 1, pos = 0; pos < out.length; i++) {
            Hmac mac = keyed.copy();
            mac.update(previous, 0, previous.length);
            mac.update(info, 0, info.length);
            mac.update(new byte[] {(byte) i}, 0, 1);
            previous = mac.finish();
            int n = Math.min(previous.length, out.length - pos);
            System.arraycopy(previous, 0, out, pos, n);
            pos += n;
        }
    }

    public static byte[] scrypt(byte[] password, byte[] salt, int n, int r, int p, int length) {
        return SCrypt.generate(password, salt, n, r, p, length);
    }
}
