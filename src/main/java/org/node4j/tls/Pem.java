package org.node4j.tls;

import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * PEM (and DER) certificates and private keys as OpenSSL reads them: X.509 certificates, PKCS#8 keys (plain or
 * encrypted with a passphrase), PKCS#1 RSA and SEC1 EC keys (wrapped into PKCS#8 for the JDK), and legacy
 * "Proc-Type: 4,ENCRYPTED" PEM keys. Failures are {@link TlsFailure}s with OpenSSL's codes.
 */
public final class Pem {
    private static final byte[] RSA_ALGORITHM = Der.sequence(Der.oid("1.2.840.113549.1.1.1"), Der.nul());
    private static final String EC_PUBLIC_KEY = "1.2.840.10045.2.1";

    private Pem() {
    }

    /** One PEM block: its label, headers (legacy encryption) and decoded body. */
    record Block(String label, String headers, byte[] der) {
    }

    static List<Block> blocks(String text) {
        List<Block> out = new ArrayList<>();
        int at = 0;
        while (true) {
            int begin = text.indexOf("-----BEGIN ", at);
            if (begin < 0) break;
            int labelEnd = text.indexOf("-----", begin + 11);
            if (labelEnd < 0) break;
            String label = text.substring(begin + 11, labelEnd);
            String endMarker = "-----END " + label + "-----";
            int end = text.indexOf(endMarker, labelEnd);
            if (end < 0) break;
            String body = text.substring(labelEnd + 5, end);
            String headers = "";
            int blank = body.indexOf(':') >= 0 ? body.replace("\r", "").indexOf("\n\n") : -1;
            String clean = body.replace("\r", "");
            if (blank >= 0) {
                headers = clean.substring(0, blank);
                clean = clean.substring(blank + 2);
            }
            try {
                out.add(new Block(label, headers, Base64.getMimeDecoder().decode(clean.strip())));
            } catch (IllegalArgumentException e) {
                throw new TlsFailure("ERR_OSSL_PEM_BAD_BASE64_DECODE", "error:1E08010C:DECODER routines::unsupported");
            }
            at = end + endMarker.length();
        }
        return out;
    }

    /** All certificates in {@code text} (PEM, in order); none if there is no certificate block. */
    public static List<X509Certificate> certificates(String text) {
        List<X509Certificate> out = new ArrayList<>();
        for (Block b : blocks(text)) {
            if (b.label.equals("CERTIFICATE") || b.label.equals("TRUSTED CERTIFICATE")
                    || b.label.equals("X509 CERTIFICATE")) {
                out.add(certificate(b.der));
            }
        }
        return out;
    }

    public static X509Certificate certificate(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new TlsFailure("ERR_OSSL_ASN1_WRONG_TAG", "error:0680007B:asn1 encoding routines::header too long");
        }
    }

    /** The first private key in {@code text}; {@code passphrase} may be null. */
    public static PrivateKey privateKey(String text, String passphrase) {
        for (Block b : blocks(text)) {
            switch (b.label) {
                case "PRIVATE KEY":
                    return pkcs8(b.der);
                case "ENCRYPTED PRIVATE KEY":
                    return pkcs8(decryptPkcs8(b.der, passphrase));
                case "RSA PRIVATE KEY":
                    return pkcs8(Der.sequence(Der.integer(0), RSA_ALGORITHM,
                            Der.octetString(legacyDecrypt(b, passphrase))));
                case "EC PRIVATE KEY":
                    return sec1(legacyDecrypt(b, passphrase));
                default:
                    break;
            }
        }
        throw new TlsFailure("ERR_OSSL_UNSUPPORTED", "error:1E08010C:DECODER routines::unsupported");
    }

    private static PrivateKey pkcs8(byte[] der) {
        for (String algorithm : new String[] {"RSA", "EC", "Ed25519", "Ed448", "RSASSA-PSS", "DSA"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException ignored) {
                // try the next algorithm
            }
        }
        throw new TlsFailure("ERR_OSSL_UNSUPPORTED", "error:1E08010C:DECODER routines::unsupported");
    }

    /** SEC1 ECPrivateKey ::= SEQUENCE { version, privateKey, [0] parameters (the curve's OID), [1] publicKey }. */
    private static PrivateKey sec1(byte[] der) {
        Der.Reader key = new Der.Reader(der).sequence();
        key.next();
        key.next();
        byte[] curve = null;
        while (key.hasMore()) {
            Der.Reader.Element e = key.next();
            if (e.tag() == 0xA0) curve = new Der.Reader(e.content()).next().encoded();
        }
        if (curve == null) throw new TlsFailure("ERR_OSSL_UNSUPPORTED", "error:1E08010C:DECODER routines::unsupported");
        byte[] algorithm = Der.sequence(Der.oid(EC_PUBLIC_KEY), curve);
        return pkcs8(Der.sequence(Der.integer(0), algorithm, Der.octetString(der)));
    }

    private static byte[] decryptPkcs8(byte[] der, String passphrase) {
        if (passphrase == null) throw badDecrypt();
        try {
            EncryptedPrivateKeyInfo info = new EncryptedPrivateKeyInfo(der);
            SecretKeyFactory factory = SecretKeyFactory.getInstance(info.getAlgName());
            var key = factory.generateSecret(new PBEKeySpec(passphrase.toCharArray()));
            Cipher cipher = Cipher.getInstance(info.getAlgName());
            cipher.init(Cipher.DECRYPT_MODE, key, info.getAlgParameters());
            return info.getKeySpec(cipher).getEncoded();
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw badDecrypt();
        }
    }

    /** A traditional PEM key, decrypted when its headers say so (OpenSSL's EVP_BytesToKey with MD5). */
    private static byte[] legacyDecrypt(Block b, String passphrase) {
        if (!b.headers.contains("ENCRYPTED")) return b.der;
        if (passphrase == null) throw badDecrypt();
        String info = b.headers.substring(b.headers.indexOf("DEK-Info:") + 9).strip().split("\n")[0];
        String[] parts = info.split(",");
        String name = parts[0].strip();
        byte[] iv = HexFormat.of().parseHex(parts[1].strip());
        int keyLength = name.contains("256") ? 32 : name.contains("192") ? 24 : name.contains("128") ? 16 : 24;
        String transformation = name.startsWith("AES") ? "AES/CBC/PKCS5Padding" : "DESede/CBC/PKCS5Padding";
        try {
            byte[] key = bytesToKey(passphrase.getBytes(StandardCharsets.UTF_8), iv, keyLength);
            Cipher cipher = Cipher.getInstance(transformation);
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, name.startsWith("AES") ? "AES" : "DESede"),
                    new IvParameterSpec(iv));
            return cipher.doFinal(b.der);
        } catch (GeneralSecurityException e) {
            throw badDecrypt();
        }
    }

    private static byte[] bytesToKey(byte[] pass, byte[] iv, int length) throws GeneralSecurityException {
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        byte[] out = new byte[length];
        byte[] previous = new byte[0];
        int filled = 0;
        while (filled < length) {
            md5.update(previous);
            md5.update(pass);
            md5.update(iv, 0, 8);
            previous = md5.digest();
            int n = Math.min(previous.length, length - filled);
            System.arraycopy(previous, 0, out, filled, n);
            filled += n;
        }
        return out;
    }

    private static TlsFailure badDecrypt() {
        return new TlsFailure("ERR_OSSL_BAD_DECRYPT", "error:1C800064:Provider routines::bad decrypt");
    }

    /** PEM text of a certificate, as node's tls.rootCertificates holds them. */
    public static String encode(X509Certificate c) {
        try {
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(c.getEncoded());
            return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----";
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
