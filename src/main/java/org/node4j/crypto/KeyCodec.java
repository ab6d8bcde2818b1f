package org.node4j.crypto;

import org.bouncycastle.math.ec.rfc7748.X25519;
import org.bouncycastle.math.ec.rfc7748.X448;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.bouncycastle.math.ec.rfc8032.Ed448;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads keys in the encodings node accepts (PEM or DER; SPKI, PKCS#8, PKCS#1, SEC1; X.509 certificates for their
 * public key; JWK) into {@link AsymmetricKey}, and writes them back byte-for-byte as OpenSSL does. Shared by
 * crypto and tls.
 */
public final class KeyCodec {
    private KeyCodec() {
    }

    /**
     * A key from {@code data}. {@code format} is "pem" or "der"; {@code encoding} the DER's type ("spki", "pkcs1",
     * "pkcs8", "sec1") or null for PEM (the label tells). A private key read for a public one gives its public half.
     */
    public static AsymmetricKey read(byte[] data, String format, String encoding, boolean wantPrivate)
            throws KeyFailure {
        try {
            AsymmetricKey key;
            if ("pem".equals(format)) {
                Pem.Block block = Pem.first(new String(data, StandardCharsets.ISO_8859_1));
                if (block == null) throw new KeyFailure(KeyFailure.UNSUPPORTED);
                key = switch (block.label()) {
                    case "PUBLIC KEY" -> fromSpki(block.der());
                    case "RSA PUBLIC KEY" -> fromPkcs1Public(block.der());
                    case "PRIVATE KEY" -> fromPkcs8(block.der());
                    case "RSA PRIVATE KEY" -> fromPkcs1Private(block.der());
                    case "EC PRIVATE KEY" -> fromSec1(block.der(), null);
                    case "CERTIFICATE" -> fromCertificate(block.der());
                    case "ENCRYPTED PRIVATE KEY" -> throw new KeyFailure(KeyFailure.PASSPHRASE_REQUIRED);
                    default -> throw new KeyFailure(KeyFailure.UNSUPPORTED);
                };
            } else {
                key = switch (encoding == null ? "" : encoding) {
                    case "spki" -> fromSpki(data);
                    case "pkcs1" -> wantPrivate ? fromPkcs1Private(data) : readPkcs1Either(data);
                    case "pkcs8" -> fromPkcs8(data);
                    case "sec1" -> fromSec1(data, null);
                    default -> readDerAny(data, wantPrivate);
                };
            }
            if (wantPrivate && !key.isPrivate()) throw new KeyFailure(KeyFailure.NOT_PRIVATE);
            return wantPrivate || !key.isPrivate() ? key : publicOf(key);
        } catch (IllegalArgumentException | IndexOutOfBoundsException | ClassCastException e) {
            throw new KeyFailure(KeyFailure.UNSUPPORTED);
        }
    }

    /** A key from our own canonical DER (PKCS#8 or SPKI, told apart by their first field). */
    public static AsymmetricKey fromCanonical(byte[] der) throws KeyFailure {
        try {
            boolean isPrivate = Der.parse(der).children().get(0).tag() == Der.INTEGER;
            return isPrivate ? fromPkcs8(der) : fromSpki(der);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new KeyFailure(KeyFailure.UNSUPPORTED);
        }
    }

    private static AsymmetricKey readPkcs1Either(byte[] der) throws KeyFailure {
        return Der.parse(der).children().size() == 2 ? fromPkcs1Public(der) : fromPkcs1Private(der);
    }

    // DER of unknown type (createPublicKey with format 'der' and no type means SPKI).
    private static AsymmetricKey readDerAny(byte[] der, boolean wantPrivate) throws KeyFailure {
        return wantPrivate ? fromPkcs8(der) : fromSpki(der);
    }

    static AsymmetricKey fromSpki(byte[] der) throws KeyFailure {
        var parts = Der.parse(der).children();
        String type = AsymmetricKey.typeOf(parts.get(0).children().get(0).oid());
        if (type == null || parts.get(1).tag() != Der.BIT_STRING) throw new KeyFailure(KeyFailure.UNSUPPORTED);
        return new AsymmetricKey(false, type, der);
    }

    static AsymmetricKey fromPkcs8(byte[] der) throws KeyFailure {
        var parts = Der.parse(der).children();
        if (parts.size() < 3 || parts.get(2).tag() != Der.OCTET_STRING) throw new KeyFailure(KeyFailure.UNSUPPORTED);
        var algorithm = parts.get(1).children();
        String type = AsymmetricKey.typeOf(algorithm.get(0).oid());
        if (type == null) throw new KeyFailure(KeyFailure.UNSUPPORTED_KEY_TYPE);
        if (type.equals("ec")) return fromSec1(parts.get(2).content(), algorithm.get(1).oid());
        return new AsymmetricKey(true, type, der);
    }

    static AsymmetricKey fromPkcs1Public(byte[] der) {
        Der.parse(der);
        return new AsymmetricKey(false, "rsa", Der.sequence(rsaAlgorithm(), Der.bits(der)));
    }

    static AsymmetricKey fromPkcs1Private(byte[] der) {
        if (Der.parse(der).children().size() < 9) throw new IllegalArgumentException("not RSAPrivateKey");
        return new AsymmetricKey(true, "rsa", Der.sequence(Der.integer(0), rsaAlgorithm(), Der.octets(der)));
    }

    private static byte[] rsaAlgorithm() {
        return Der.sequence(Der.oid(AsymmetricKey.RSA), Der.nul());
    }

    // SEC1 ECPrivateKey; the curve comes from its [0] field or from PKCS#8's algorithm. Stored as OpenSSL writes
    // PKCS#8: the inner key without [0], with the public key [1].
    static AsymmetricKey fromSec1(byte[] der, String curveOid) throws KeyFailure {
        var parts = Der.parse(der).children();
        byte[] privateKey = parts.get(1).content();
        String oid = curveOid;
        byte[] publicBits = null;
        for (int i = 2; i < parts.size(); i++) {
            Der.Element e = parts.get(i);
            if (e.tag() == 0xa0) oid = Der.parse(e.content()).oid();
            if (e.tag() == 0xa1) publicBits = Der.parse(e.content()).bits();
        }
        Curves.Curve curve = oid == null ? null : Curves.byOid(oid);
        if (curve == null) throw new KeyFailure(KeyFailure.UNSUPPORTED_KEY_TYPE);
        if (publicBits == null) publicBits = EcMath.publicPoint(curve, new BigInteger(1, privateKey));
        return ecPrivate(curve, privateKey, publicBits);
    }

    static AsymmetricKey ecPrivate(Curves.Curve curve, byte[] privateKey, byte[] publicPoint) {
        byte[] inner = Der.sequence(Der.integer(1), Der.octets(privateKey), Der.explicit(1, Der.bits(publicPoint)));
        return new AsymmetricKey(true, "ec", Der.sequence(Der.integer(0), ecAlgorithm(curve), Der.octets(inner)));
    }

    static AsymmetricKey ecPublic(Curves.Curve curve, byte[] publicPoint) {
        return new AsymmetricKey(false, "ec", Der.sequence(ecAlgorithm(curve), Der.bits(publicPoint)));
    }

    private static byte[] ecAlgorithm(Curves.Curve curve) {
        return Der.sequence(Der.oid(AsymmetricKey.EC), Der.oid(curve.oid()));
    }

    // The subjectPublicKeyInfo of an X.509 certificate (the 7th field of TBSCertificate, 6th without a version).
    static AsymmetricKey fromCertificate(byte[] der) throws KeyFailure {
        var tbs = Der.parse(der).children().get(0).children();
        int index = tbs.get(0).tag() == 0xa0 ? 6 : 5;
        return fromSpki(tbs.get(index).encoded());
    }

    /** The public half of a private key (of a public key: itself). */
    public static AsymmetricKey publicOf(AsymmetricKey key) throws KeyFailure {
        if (!key.isPrivate()) return key;
        byte[] data = key.keyData();
        return switch (key.type()) {
            case "rsa", "rsa-pss" -> {
                var f = Der.parse(data).children();
                byte[] pkcs1 = Der.sequence(f.get(1).encoded(), f.get(2).encoded());
                yield new AsymmetricKey(false, key.type(),
                        Der.sequence(key.algorithmIdentifier().encoded(), Der.bits(pkcs1)));
            }
            case "ec" -> {
                Curves.Curve curve = Curves.byOid(key.algorithmIdentifier().children().get(1).oid());
                yield ecPublic(curve, ecPublicPoint(data));
            }
            default -> {
                byte[] seed = Der.parse(data).content();
                byte[] pub = switch (key.type()) {
                    case "ed25519" -> {
                        byte[] p = new byte[32];
                        Ed25519.generatePublicKey(seed, 0, p, 0);
                        yield p;
                    }
                    case "ed448" -> {
                        byte[] p = new byte[57];
                        Ed448.generatePublicKey(seed, 0, p, 0);
                        yield p;
                    }
                    case "x25519" -> {
                        byte[] p = new byte[32];
                        X25519.generatePublicKey(seed, 0, p, 0);
                        yield p;
                    }
                    default -> {
                        byte[] p = new byte[56];
                        X448.generatePublicKey(seed, 0, p, 0);
                        yield p;
                    }
                };
                yield new AsymmetricKey(false, key.type(),
                        Der.sequence(key.algorithmIdentifier().encoded(), Der.bits(pub)));
            }
        };
    }

    private static byte[] ecPublicPoint(byte[] sec1) {
        for (Der.Element e : Der.parse(sec1).children()) {
            if (e.tag() == 0xa1) return Der.parse(e.content()).bits();
        }
        throw new IllegalArgumentException("no public key");
    }

    /**
     * The key written as {@code encoding} ("spki", "pkcs1", "pkcs8", "sec1"); PEM text when {@code pem}, else DER.
     * Returns null for an encoding this kind of key does not have.
     */
    public static byte[] write(AsymmetricKey key, String encoding, boolean pem) {
        byte[] der;
        String label;
        switch (encoding) {
            case "spki" -> {
                if (key.isPrivate()) return null;
                der = key.der();
                label = "PUBLIC KEY";
            }
            case "pkcs8" -> {
                if (!key.isPrivate()) return null;
                der = key.der();
                label = "PRIVATE KEY";
            }
            case "pkcs1" -> {
                if (!key.type().equals("rsa")) return null;
                der = key.keyData();
                label = key.isPrivate() ? "RSA PRIVATE KEY" : "RSA PUBLIC KEY";
            }
            case "sec1" -> {
                if (!key.type().equals("ec") || !key.isPrivate()) return null;
                var inner = Der.parse(key.keyData()).children();
                String curve = key.algorithmIdentifier().children().get(1).oid();
                der = Der.sequence(inner.get(0).encoded(), inner.get(1).encoded(),
                        Der.explicit(0, Der.oid(curve)), inner.get(2).encoded());
                label = "EC PRIVATE KEY";
            }
            default -> {
                return null;
            }
        }
        return pem ? Pem.ascii(Pem.encode(label, der)) : der;
    }

    /** What KeyObject.asymmetricKeyDetails reports (numbers as strings where they may exceed 2^53). */
    public static Map<String, Object> details(AsymmetricKey key) {
        Map<String, Object> out = new LinkedHashMap<>();
        switch (key.type()) {
            case "rsa", "rsa-pss" -> {
                var f = Der.parse(key.keyData()).children();
                int first = key.isPrivate() ? 1 : 0;
                out.put("modulusLength", f.get(first).integer().bitLength());
                out.put("publicExponent", f.get(first + 1).integer().toString());
            }
            case "ec" -> out.put("namedCurve", Curves.byOid(key.algorithmIdentifier().children().get(1).oid()).name());
            default -> {
            }
        }
        return out;
    }

    /** The key as a JWK (members in node's order); null for types JWK cannot carry. */
    public static Map<String, String> toJwk(AsymmetricKey key) throws KeyFailure {
        Map<String, String> jwk = new LinkedHashMap<>();
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        switch (key.type()) {
            case "rsa" -> {
                var f = Der.parse(key.keyData()).children();
                int first = key.isPrivate() ? 1 : 0;
                jwk.put("kty", "RSA");
                String[] names = {"n", "e", "d", "p", "q", "dp", "dq", "qi"};
                int count = key.isPrivate() ? 8 : 2;
                for (int i = 0; i < count; i++) jwk.put(names[i], b64.encodeToString(unsigned(f.get(first + i).integer())));
            }
            case "ec" -> {
                Curves.Curve curve = Curves.byOid(key.algorithmIdentifier().children().get(1).oid());
                byte[] point = key.isPrivate() ? ecPublicPoint(key.keyData()) : key.keyData();
                int n = curve.fieldBytes();
                jwk.put("kty", "EC");
                jwk.put("x", b64.encodeToString(java.util.Arrays.copyOfRange(point, 1, 1 + n)));
                jwk.put("y", b64.encodeToString(java.util.Arrays.copyOfRange(point, 1 + n, 1 + 2 * n)));
                jwk.put("crv", curve.jwkName());
                if (key.isPrivate()) {
                    byte[] d = Der.parse(key.keyData()).children().get(1).content();
                    jwk.put("d", b64.encodeToString(d));
                }
            }
            case "ed25519", "ed448", "x25519", "x448" -> {
                jwk.put("crv", switch (key.type()) {
                    case "ed25519" -> "Ed25519";
                    case "ed448" -> "Ed448";
                    case "x25519" -> "X25519";
                    default -> "X448";
                });
                if (key.isPrivate()) jwk.put("d", b64.encodeToString(Der.parse(key.keyData()).content()));
                jwk.put("x", b64.encodeToString(publicOf(key).keyData()));
                jwk.put("kty", "OKP");
            }
            default -> {
                return null;
            }
        }
        return jwk;
    }

    /** A key from JWK members (already checked to be strings by JS). */
    public static AsymmetricKey fromJwk(Map<String, String> jwk, boolean wantPrivate) throws KeyFailure {
        Base64.Decoder b64 = Base64.getUrlDecoder();
        String kty = jwk.get("kty");
        boolean isPrivate = wantPrivate && jwk.get("d") != null;
        if (wantPrivate && !isPrivate) throw new KeyFailure(KeyFailure.NOT_PRIVATE);
        switch (kty == null ? "" : kty) {
            case "RSA" -> {
                String[] names = isPrivate ? new String[] {"n", "e", "d", "p", "q", "dp", "dq", "qi"} : new String[] {"n", "e"};
                byte[][] ints = new byte[names.length + (isPrivate ? 1 : 0)][];
                int i = 0;
                if (isPrivate) ints[i++] = Der.integer(0);
                for (String n : names) {
                    String v = jwk.get(n);
                    if (v == null) throw new KeyFailure(KeyFailure.UNSUPPORTED);
                    ints[i++] = Der.integer(new BigInteger(1, b64.decode(v)));
                }
                byte[] pkcs1 = Der.sequence(ints);
                return isPrivate ? fromPkcs1Private(pkcs1) : fromPkcs1Public(pkcs1);
            }
            case "EC" -> {
                Curves.Curve curve = jwk.get("crv") == null ? null : Curves.byName(jwk.get("crv"));
                if (curve == null) throw new KeyFailure(KeyFailure.UNSUPPORTED_KEY_TYPE);
                byte[] x = b64.decode(jwk.get("x"));
                byte[] y = b64.decode(jwk.get("y"));
                byte[] point = Der.concat(new byte[] {4}, x, y);
                if (!isPrivate) return ecPublic(curve, point);
                return ecPrivate(curve, b64.decode(jwk.get("d")), point);
            }
            case "OKP" -> {
                String type = switch (jwk.getOrDefault("crv", "")) {
                    case "Ed25519" -> "ed25519";
                    case "Ed448" -> "ed448";
                    case "X25519" -> "x25519";
                    case "X448" -> "x448";
                    default -> throw new KeyFailure(KeyFailure.UNSUPPORTED_KEY_TYPE);
                };
                byte[] algorithm = Der.sequence(Der.oid(AsymmetricKey.oidOf(type)));
                if (isPrivate) {
                    return new AsymmetricKey(true, type, Der.sequence(Der.integer(0), algorithm,
                            Der.octets(Der.octets(b64.decode(jwk.get("d"))))));
                }
                return new AsymmetricKey(false, type, Der.sequence(algorithm, Der.bits(b64.decode(jwk.get("x")))));
            }
            default -> throw new KeyFailure(KeyFailure.UNSUPPORTED);
        }
    }

    private static byte[] unsigned(BigInteger v) {
        byte[] b = v.toByteArray();
        return b.length > 1 && b[0] == 0 ? java.util.Arrays.copyOfRange(b, 1, b.length) : b;
    }

    /** The key as a JCA key for signing, verifying and RSA encryption. */
    public static Key toJca(AsymmetricKey key) throws KeyFailure {
        try {
            KeyFactory factory = KeyFactory.getInstance(key.jcaAlgorithm());
            if (key.isPrivate()) return factory.generatePrivate(new PKCS8EncodedKeySpec(jcaPkcs8(key)));
            return factory.generatePublic(new X509EncodedKeySpec(key.der()));
        } catch (java.security.GeneralSecurityException e) {
            throw new KeyFailure(KeyFailure.UNSUPPORTED_KEY_TYPE);
        }
    }

    // The JDK's EC key factory wants the curve inside ECPrivateKey as well; ours carries it in the algorithm only.
    private static byte[] jcaPkcs8(AsymmetricKey key) {
        if (!key.type().equals("ec")) return key.der();
        byte[] sec1 = write(key, "sec1", false);
        var parts = Der.parse(key.der()).children();
        return Der.sequence(parts.get(0).encoded(), parts.get(1).encoded(), Der.octets(sec1));
    }
}
