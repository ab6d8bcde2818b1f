package org.node4j.crypto;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;

/** generateKeyPair: new key pairs on the JDK's generators, in our canonical encodings. */
public final class KeyGen {
    private KeyGen() {
    }

    /**
     * A pair [public, private] of {@code type}; {@code bits}/{@code exponent} for RSA, {@code curve} for EC.
     */
    public static AsymmetricKey[] generate(String type, int bits, BigInteger exponent, String curve)
            throws KeyFailure {
        try {
            switch (type) {
                case "rsa", "rsa-pss" -> {
                    KeyPairGenerator g = KeyPairGenerator.getInstance(type.equals("rsa") ? "RSA" : "RSASSA-PSS");
                    g.initialize(new RSAKeyGenParameterSpec(bits, exponent));
                    KeyPair p = g.generateKeyPair();
                    AsymmetricKey priv = new AsymmetricKey(true, type, p.getPrivate().getEncoded());
                    return new AsymmetricKey[] {KeyCodec.publicOf(priv), priv};
                }
                case "ec" -> {
                    Curves.Curve c = Curves.byName(curve);
                    if (c == null) throw new KeyFailure(KeyFailure.UNSUPPORTED_KEY_TYPE);
                    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
                    g.initialize(new ECGenParameterSpec(c.jcaName()));
                    KeyPair p = g.generateKeyPair();
                    ECPublicKey pub = (ECPublicKey) p.getPublic();
                    byte[] point = Der.concat(new byte[] {4}, Der.unsigned(pub.getW().getAffineX(), c.fieldBytes()),
                            Der.unsigned(pub.getW().getAffineY(), c.fieldBytes()));
                    byte[] d = Der.unsigned(((ECPrivateKey) p.getPrivate()).getS(), c.fieldBytes());
                    return new AsymmetricKey[] {KeyCodec.ecPublic(c, point), KeyCodec.ecPrivate(c, d, point)};
                }
                case "ed25519", "ed448", "x25519", "x448" -> {
                    KeyPair p = KeyPairGenerator.getInstance(type.substring(0, 1).toUpperCase() + type.substring(1))
                            .generateKeyPair();
                    return new AsymmetricKey[] {new AsymmetricKey(false, type, p.getPublic().getEncoded()),
                            new AsymmetricKey(true, type, p.getPrivate().getEncoded())};
                }
                default -> throw new KeyFailure(KeyFailure.UNSUPPORTED_KEY_TYPE);
            }
        } catch (java.security.GeneralSecurityException e) {
            throw new KeyFailure(KeyFailure.UNSUPPORTED_KEY_TYPE);
        }
    }
}
