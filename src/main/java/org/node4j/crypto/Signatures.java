package org.node4j.crypto;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Map;

/** sign/verify: RSA PKCS#1 v1.5 and PSS, ECDSA (DER or IEEE P1363), EdDSA, on the JDK's Signature. */
public final class Signatures {
    public static final int RSA_PKCS1_PSS_PADDING = 6;
    public static final int SALTLEN_DIGEST = -1;
    public static final int SALTLEN_MAX = -2;

    private static final Map<String, String> JCA_DIGESTS = Map.ofEntries(Map.entry("MD5", "MD5"),
            Map.entry("SHA-1", "SHA1"), Map.entry("SHA-224", "SHA224"), Map.entry("SHA-256", "SHA256"),
            Map.entry("SHA-384", "SHA384"), Map.entry("SHA-512", "SHA512"), Map.entry("SHA-512/224", "SHA512/224"),
            Map.entry("SHA-512/256", "SHA512/256"), Map.entry("SHA3-224", "SHA3-224"),
            Map.entry("SHA3-256", "SHA3-256"), Map.entry("SHA3-384", "SHA3-384"), Map.entry("SHA3-512", "SHA3-512"));

    private Signatures() {
    }

    public static byte[] sign(AsymmetricKey key, HashAlgorithm digest, byte[] data, int padding, int saltLength,
                              boolean p1363) throws KeyFailure {
        try {
            Signature s = signature(key, digest, padding, saltLength, p1363, true);
            s.initSign((PrivateKey) KeyCodec.toJca(key));
            s.update(data);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new KeyFailure(KeyFailure.UNSUPPORTED_KEY_TYPE);
        }
    }

    public static boolean verify(AsymmetricKey key, HashAlgorithm digest, byte[] data, byte[] signature, int padding,
                                 int saltLength, boolean p1363) throws KeyFailure {
        try {
            Signature s = signature(key, digest, padding, saltLength, p1363, false);
            s.initVerify((PublicKey) KeyCodec.toJca(KeyCodec.publicOf(key)));
            s.update(data);
            return s.verify(signature);
        } catch (java.security.SignatureException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new KeyFailure(KeyFailure.UNSUPPORTED_KEY_TYPE);
        }
    }

    private static Signature signature(AsymmetricKey key, HashAlgorithm digest, int padding, int saltLength,
                                       boolean p1363, boolean signing) throws GeneralSecurityException, KeyFailure {
        String type = key.type();
        if (type.startsWith("ed")) {
            if (digest != null) throw new KeyFailure(KeyFailure.INVALID_DIGEST);
            return Signature.getInstance(type.equals("ed25519") ? "Ed25519" : "Ed448");
        }
        if (type.startsWith("x")) throw new KeyFailure(KeyFailure.UNSUPPORTED_KEY_TYPE);
        String hash = JCA_DIGESTS.get(digest == null ? "SHA-256" : digest.name());
        if (hash == null) throw new KeyFailure(KeyFailure.INVALID_DIGEST);
        if (type.equals("ec")) {
            return Signature.getInstance(hash + "withECDSA" + (p1363 ? "inP1363Format" : ""));
        }
        if (type.equals("rsa-pss") || padding == RSA_PKCS1_PSS_PADDING) {
            Signature s = Signature.getInstance("RSASSA-PSS");
            String jcaHash = digest == null ? "SHA-256" : digest.name();
            int hLen = digest == null ? 32 : digest.digestLength();
            int salt = saltLength;
            if (salt == SALTLEN_DIGEST) salt = hLen;
            else if (salt < 0) salt = maxSalt(key, hLen, signing);
            s.setParameter(new PSSParameterSpec(jcaHash, "MGF1", new MGF1ParameterSpec(jcaHash), salt, 1));
            return s;
        }
        return Signature.getInstance(hash + "withRSA");
    }

    // RSA_PSS_SALTLEN_MAX_SIGN: emLen - hLen - 2; on verification OpenSSL's AUTO accepts any, the JDK needs the
    // length, which for our own signatures is the same maximum.
    private static int maxSalt(AsymmetricKey key, int hLen, boolean signing) {
        int bits = (int) KeyCodec.details(key).get("modulusLength");
        int emLen = (bits - 1 + 7) / 8;
        return Math.max(0, emLen - hLen - 2);
    }
}
