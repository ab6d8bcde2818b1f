package org.node4j.crypto;

/**
 * A public or private key in its canonical DER: SubjectPublicKeyInfo for public keys, PKCS#8 PrivateKeyInfo
 * (OpenSSL's layout) for private ones. {@code type} is node's asymmetricKeyType.
 */
public record AsymmetricKey(boolean isPrivate, String type, byte[] der) {
    static final String RSA = "1.2.840.113549.1.1.1";
    static final String RSA_PSS = "1.2.840.113549.1.1.10";
    static final String EC = "1.2.840.10045.2.1";
    static final String ED25519 = "1.3.101.112";
    static final String ED448 = "1.3.101.113";
    static final String X25519 = "1.3.101.110";
    static final String X448 = "1.3.101.111";

    static String typeOf(String oid) {
        return switch (oid) {
            case RSA -> "rsa";
            case RSA_PSS -> "rsa-pss";
            case EC -> "ec";
            case ED25519 -> "ed25519";
            case ED448 -> "ed448";
            case X25519 -> "x25519";
            case X448 -> "x448";
            default -> null;
        };
    }

    static String oidOf(String type) {
        return switch (type) {
            case "rsa" -> RSA;
            case "rsa-pss" -> RSA_PSS;
            case "ec" -> EC;
            case "ed25519" -> ED25519;
            case "ed448" -> ED448;
            case "x25519" -> X25519;
            case "x448" -> X448;
            default -> throw new IllegalArgumentException(type);
        };
    }

    /** The JCA algorithm of this key's KeyFactory. */
    String jcaAlgorithm() {
        return switch (type) {
            case "rsa" -> "RSA";
            case "rsa-pss" -> "RSASSA-PSS";
            case "ec" -> "EC";
            case "ed25519" -> "Ed25519";
            case "ed448" -> "Ed448";
            case "x25519" -> "X25519";
            default -> "X448";
        };
    }

    /** The AlgorithmIdentifier element (SEQUENCE) of the DER. */
    Der.Element algorithmIdentifier() {
        return Der.parse(der).children().get(isPrivate ? 1 : 0);
    }

    /** PKCS#8's privateKey octets or SPKI's subjectPublicKey bits. */
    byte[] keyData() {
        var parts = Der.parse(der).children();
        return isPrivate ? parts.get(2).content() : parts.get(1).bits();
    }
}
