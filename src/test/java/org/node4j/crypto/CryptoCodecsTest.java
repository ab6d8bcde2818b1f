package org.node4j.crypto;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Digests, HMAC, KDFs against published vectors; DER/PEM and key codec round trips. */
class CryptoCodecsTest {
    private static final HexFormat HEX = HexFormat.of();

    private static String digest(String name, String text) {
        HashFunction h = Hashes.find(name).create();
        byte[] data = text.getBytes(StandardCharsets.US_ASCII);
        h.update(data, 0, data.length);
        return HEX.formatHex(h.finish());
    }

    @Test
    void digestsMatchPublishedVectors() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", digest("sha256", "abc"));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", digest("RSA-SHA256", "abc"));
        assertEquals("8eb208f7e05d987a9b044a8e98c6b087f15a0bfc", digest("ripemd160", "abc"));
        assertEquals("900150983cd24fb0d6963f7d28e17f72a9993e364706816aba3e25717850c26c9cd0d89d",
                digest("md5-sha1", "abc"));
        assertNull(Hashes.find("md4"));
        assertTrue(Hashes.isLegacy("MD4"));
    }

    @Test
    void hmacMatchesRfc4231() {
        byte[] key = new byte[20];
        java.util.Arrays.fill(key, (byte) 0x0b);
        Hmac mac = Hmac.create(Hashes.find("sha256"), key, 0, key.length);
        byte[] data = "Hi There".getBytes(StandardCharsets.US_ASCII);
        mac.update(data, 0, data.length);
        assertEquals("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7", HEX.formatHex(mac.finish()));
    }

    @Test
    void kdfsMatchRfcVectors() {
        byte[] out = new byte[20];
        Kdfs.pbkdf2(Hashes.find("sha1"), "password".getBytes(), "salt".getBytes(), 2, out);
        assertEquals("ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957", HEX.formatHex(out));
        byte[] ikm = new byte[22];
        java.util.Arrays.fill(ikm, (byte) 0x0b);
        byte[] okm = new byte[42];
        Kdfs.hkdf(Hashes.find("sha256"), ikm, HEX.parseHex("000102030405060708090a0b0c"),
                HEX.parseHex("f0f1f2f3f4f5f6f7f8f9"), okm);
        assertEquals("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865",
                HEX.formatHex(okm));
    }

    @Test
    void derRoundTrips() {
        byte[] der = Der.sequence(Der.integer(BigInteger.valueOf(300)), Der.oid("1.2.840.113549.1.1.1"), Der.nul(),
                Der.octets(new byte[200]));
        var parts = Der.parse(der).children();
        assertEquals(300, parts.get(0).integer().intValue());
        assertEquals("1.2.840.113549.1.1.1", parts.get(1).oid());
        assertEquals(200, parts.get(3).content().length);
        assertThrows(IllegalArgumentException.class, () -> Der.parse(new byte[] {0x30, 0x05, 0x01}));
    }

    @Test
    void keysConvertBetweenEncodings() throws KeyFailure {
        AsymmetricKey[] pair = KeyGen.generate("ec", 0, BigInteger.ZERO, "P-256");
        byte[] sec1 = KeyCodec.write(pair[1], "sec1", false);
        AsymmetricKey again = KeyCodec.read(sec1, "der", "sec1", true);
        assertArrayEquals(pair[1].der(), again.der());
        assertArrayEquals(pair[0].der(), KeyCodec.publicOf(again).der());
        byte[] pem = KeyCodec.write(pair[0], "spki", true);
        assertArrayEquals(pair[0].der(), KeyCodec.read(pem, "pem", null, false).der());
        assertNull(KeyCodec.write(pair[0], "pkcs1", false));

        AsymmetricKey[] rsa = KeyGen.generate("rsa", 1024, BigInteger.valueOf(65537), null);
        byte[] pkcs1 = KeyCodec.write(rsa[1], "pkcs1", false);
        assertArrayEquals(rsa[1].der(), KeyCodec.read(pkcs1, "der", "pkcs1", true).der());
        byte[] signature = Signatures.sign(rsa[1], Hashes.find("sha256"), new byte[] {1, 2}, 1, -2, false);
        assertTrue(Signatures.verify(rsa[0], Hashes.find("sha256"), new byte[] {1, 2}, signature, 1, -2, false));
        KeyFailure f = assertThrows(KeyFailure.class, () -> KeyCodec.read("nope".getBytes(), "pem", null, true));
        assertEquals(KeyFailure.UNSUPPORTED, f.code);
    }
}
