package org.node4j.crypto;

import org.bouncycastle.crypto.digests.Blake2bDigest;
import org.bouncycastle.crypto.digests.Blake2sDigest;
import org.bouncycastle.crypto.digests.RIPEMD160Digest;
import org.bouncycastle.crypto.digests.SHAKEDigest;
import org.bouncycastle.crypto.digests.SM3Digest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The digests node (OpenSSL 3) knows, under every name OpenSSL accepts for them (case-insensitive). */
public final class Hashes {
    private static final Map<String, HashAlgorithm> BY_NAME = new HashMap<>();

    /** Names OpenSSL 3 knows but only its legacy provider implements: node fails them as "unsupported". */
    private static final Set<String> LEGACY = Set.of("md4", "rsa-md4", "md4withrsaencryption", "whirlpool", "mdc2",
            "rsa-mdc2", "mdc2withrsa");

    /** What {@code crypto.getHashes()} lists, in node's order. */
    public static final List<String> NODE_NAMES = List.of("RSA-MD5", "RSA-RIPEMD160", "RSA-SHA1", "RSA-SHA1-2",
            "RSA-SHA224", "RSA-SHA256", "RSA-SHA3-224", "RSA-SHA3-256", "RSA-SHA3-384", "RSA-SHA3-512", "RSA-SHA384",
            "RSA-SHA512", "RSA-SHA512/224", "RSA-SHA512/256", "RSA-SM3", "blake2b512", "blake2s256",
            "id-rsassa-pkcs1-v1_5-with-sha3-224", "id-rsassa-pkcs1-v1_5-with-sha3-256",
            "id-rsassa-pkcs1-v1_5-with-sha3-384", "id-rsassa-pkcs1-v1_5-with-sha3-512", "md5", "md5-sha1",
            "md5WithRSAEncryption", "ripemd", "ripemd160", "ripemd160WithRSA", "rmd160", "sha1",
            "sha1WithRSAEncryption", "sha224", "sha224WithRSAEncryption", "sha256", "sha256WithRSAEncryption",
            "sha3-224", "sha3-256", "sha3-384", "sha3-512", "sha384", "sha384WithRSAEncryption", "sha512",
            "sha512-224", "sha512-224WithRSAEncryption", "sha512-256", "sha512-256WithRSAEncryption",
            "sha512WithRSAEncryption", "shake128", "shake256", "sm3", "sm3WithRSAEncryption", "ssl3-md5",
            "ssl3-sha1");

    static {
        jca("MD5", 16, 64, "md5", "ssl3-md5", "rsa-md5", "md5withrsaencryption");
        jca("SHA-1", 20, 64, "sha1", "sha-1", "ssl3-sha1", "rsa-sha1", "rsa-sha1-2", "sha1withrsaencryption");
        jca("SHA-224", 28, 64, "sha224", "sha-224", "sha2-224", "rsa-sha224", "sha224withrsaencryption");
        jca("SHA-256", 32, 64, "sha256", "sha-256", "sha2-256", "rsa-sha256", "sha256withrsaencryption");
        jca("SHA-384", 48, 128, "sha384", "sha-384", "sha2-384", "rsa-sha384", "sha384withrsaencryption");
        jca("SHA-512", 64, 128, "sha512", "sha-512", "sha2-512", "rsa-sha512", "sha512withrsaencryption");
        jca("SHA-512/224", 28, 128, "sha512-224", "sha-512/224", "sha2-512/224", "rsa-sha512/224",
                "sha512-224withrsaencryption");
        jca("SHA-512/256", 32, 128, "sha512-256", "sha-512/256", "sha2-512/256", "rsa-sha512/256",
                "sha512-256withrsaencryption");
        for (int bits : new int[] {224, 256, 384, 512}) {
            jca("SHA3-" + bits, bits / 8, 200 - bits / 4, "sha3-" + bits, "rsa-sha3-" + bits,
                    "id-rsassa-pkcs1-v1_5-with-sha3-" + bits);
        }
        bc("SHAKE128", 16, 168, true, a -> new BcHash(a, new SHAKEDigest(128)), "shake128", "shake-128");
        bc("SHAKE256", 32, 136, true, a -> new BcHash(a, new SHAKEDigest(256)), "shake256", "shake-256");
        bc("RIPEMD160", 20, 64, false, a -> new BcHash(a, new RIPEMD160Digest()), "ripemd160", "ripemd-160", "ripemd",
                "rmd160", "rsa-ripemd160", "ripemd160withrsa");
        bc("BLAKE2B-512", 64, 128, false, a -> new BcHash(a, new Blake2bDigest(512)), "blake2b512", "blake2b-512");
        bc("BLAKE2S-256", 32, 64, false, a -> new BcHash(a, new Blake2sDigest(256)), "blake2s256", "blake2s-256");
        bc("SM3", 32, 64, false, a -> new BcHash(a, new SM3Digest()), "sm3", "rsa-sm3", "sm3withrsaencryption");
        HashAlgorithm md5 = BY_NAME.get("md5");
        HashAlgorithm sha1 = BY_NAME.get("sha1");
        bc("MD5-SHA1", 36, 64, false, a -> new Md5Sha1Hash(a, md5.create(), sha1.create()), "md5-sha1");
    }

    private Hashes() {
    }

    private static void jca(String jcaName, int length, int block, String... names) {
        java.security.MessageDigest prototype = JcaHash.prototype(jcaName);
        bc(jcaName, length, block, false, a -> JcaHash.create(a, prototype), names);
    }

    private static void bc(String name, int length, int block, boolean xof,
                           java.util.function.Function<HashAlgorithm, HashFunction> factory, String... names) {
        HashAlgorithm a = new HashAlgorithm(name, length, block, xof, factory);
        for (String n : names) BY_NAME.put(n, a);
    }

    /** The digest called {@code name}, or null. */
    public static HashAlgorithm find(String name) {
        return name == null ? null : BY_NAME.get(name.toLowerCase(Locale.ROOT));
    }

    /** A name OpenSSL knows but node's default provider does not implement. */
    public static boolean isLegacy(String name) {
        return name != null && LEGACY.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Every accepted name (lower case), for JS to resolve names without a call. */
    public static List<String> acceptedNames() {
        return BY_NAME.keySet().stream().sorted().toList();
    }
}
