package org.node4j.tls;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PEM keys of every form, chain verification codes, names and dates as node prints them, SNI from a hello. */
class TlsHelpersTest {
    private static final Path FIXTURES = Path.of("test", "tls", "fixtures");

    private static String fixture(String name) throws IOException {
        return Files.readString(FIXTURES.resolve(name));
    }

    private static X509Certificate cert(String name) throws IOException {
        return Pem.certificates(fixture(name)).getFirst();
    }

    @Test
    void readsEveryKeyForm() throws IOException {
        assertEquals("RSA", Pem.privateKey(fixture("server-key.pem"), null).getAlgorithm());
        assertEquals("RSA", Pem.privateKey(fixture("client-key.pem"), null).getAlgorithm());
        assertEquals("EC", Pem.privateKey(fixture("other-key.pem"), null).getAlgorithm());
        assertEquals("RSA", Pem.privateKey(fixture("client-key-encrypted.pem"), "secret").getAlgorithm());
        TlsFailure wrong = assertThrows(TlsFailure.class,
                () -> Pem.privateKey(fixture("client-key-encrypted.pem"), "nope"));
        assertEquals("ERR_OSSL_BAD_DECRYPT", wrong.code());
        assertEquals("ERR_OSSL_UNSUPPORTED", assertThrows(TlsFailure.class,
                () -> Pem.privateKey("garbage", null)).code());
    }

    @Test
    void verifiesChainsWithOpenSslCodes() throws IOException {
        List<X509Certificate> ca = List.of(cert("ca-cert.pem"));
        Date now = new Date();
        assertNull(ChainVerifier.verify(new X509Certificate[] {cert("server-cert.pem")}, ca, now));
        assertEquals("UNABLE_TO_VERIFY_LEAF_SIGNATURE",
                ChainVerifier.verify(new X509Certificate[] {cert("server-cert.pem")}, List.of(), now));
        assertEquals("SELF_SIGNED_CERT_IN_CHAIN",
                ChainVerifier.verify(new X509Certificate[] {cert("server-cert.pem"), cert("ca-cert.pem")}, List.of(), now));
        assertEquals("DEPTH_ZERO_SELF_SIGNED_CERT",
                ChainVerifier.verify(new X509Certificate[] {cert("selfsigned-cert.pem")}, ca, now));
        assertEquals("CERT_HAS_EXPIRED", ChainVerifier.verify(new X509Certificate[] {cert("expired-cert.pem")}, ca, now));
        assertEquals("UNABLE_TO_GET_ISSUER_CERT", ChainVerifier.verify(null, ca, now));
        assertEquals("self-signed certificate", ChainVerifier.message("DEPTH_ZERO_SELF_SIGNED_CERT"));
    }

    @Test
    void describesCertificatesAsNode() throws IOException {
        X509Certificate server = cert("server-cert.pem");
        assertEquals("{\"C\":\"US\",\"O\":\"node4j\",\"CN\":\"localhost\"}",
                CertificateInfo.name(server.getSubjectX500Principal()));
        assertEquals("DNS:localhost, IP Address:127.0.0.1", CertificateInfo.altNames(server));
        assertEquals("Jan  2 03:04:05 2021 GMT", CertificateInfo.date(new Date(1609556645000L)));
        String json = CertificateInfo.json(server);
        assertTrue(json.contains("\"serialNumber\":\"1001\""), json);
        assertTrue(json.contains("\"exponent\":\"0x10001\""), json);
    }

    @Test
    void namesCiphersTheOpenSslWay() {
        assertEquals("ECDHE-RSA-AES128-GCM-SHA256", CipherNames.openssl("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"));
        assertEquals("AES256-SHA", CipherNames.openssl("TLS_RSA_WITH_AES_256_CBC_SHA"));
        assertEquals("ECDHE-ECDSA-CHACHA20-POLY1305",
                CipherNames.openssl("TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256"));
        assertEquals("TLS_AES_128_GCM_SHA256", CipherNames.openssl("TLS_AES_128_GCM_SHA256"));
    }

    @Test
    void readsTheServerNameOfAClientHello() {
        byte[] name = "example.test".getBytes();
        ByteBuffer ext = ByteBuffer.allocate(9 + name.length);
        ext.putShort((short) 0).putShort((short) (5 + name.length)).putShort((short) (3 + name.length))
                .put((byte) 0).putShort((short) name.length).put(name);
        ByteBuffer body = ByteBuffer.allocate(2 + 32 + 1 + 4 + 2 + 2 + ext.capacity());
        body.putShort((short) 0x0303).put(new byte[32]).put((byte) 0).putShort((short) 2).putShort((short) 0x1301)
                .put((byte) 1).put((byte) 0).putShort((short) ext.capacity()).put(ext.array());
        ByteBuffer record = ByteBuffer.allocate(5 + 4 + body.capacity());
        record.put((byte) 22).putShort((short) 0x0301).putShort((short) (4 + body.capacity()))
                .put((byte) 1).put((byte) 0).putShort((short) body.capacity()).put(body.array()).flip();
        assertEquals("example.test", ClientHello.serverName(record));
        assertNull(ClientHello.serverName(record.duplicate().limit(20)));
        assertEquals("", ClientHello.serverName(ByteBuffer.wrap("GET / HTTP/1.1\r\n".getBytes())));
    }
}
