package org.node4j.tls;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.X509ExtendedTrustManager;
import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Principal;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * node's SecureContext: the certificate chains with their keys, the trusted CAs (the default roots unless `ca`
 * is given), protocol range, cipher suites and groups; builds the JDK SSLContext once and configures an SSLEngine
 * per connection. Peers are always let through by the JDK: verification happens after the handshake
 * ({@link ChainVerifier}), because node reports it as {@code authorized}/{@code authorizationError}.
 */
public final class TlsContext {
    private static final String[] PROTOCOLS = {"TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"};

    private record KeyEntry(PrivateKey key, X509Certificate[] chain) {
    }

    private final Supplier<List<X509Certificate>> defaultRoots;
    private final List<PrivateKey> keys = new ArrayList<>();
    private final List<List<X509Certificate>> chains = new ArrayList<>();
    private List<X509Certificate> trusted;
    private String minVersion = "TLSv1.2";
    private String maxVersion = "TLSv1.3";
    private String[] ciphers;
    private String[] groups;
    private boolean honorCipherOrder;
    private SSLContext ssl;
    private List<KeyEntry> entries;

    public TlsContext(Supplier<List<X509Certificate>> defaultRoots) {
        this.defaultRoots = defaultRoots;
    }

    public void addKey(String pem, String passphrase) {
        keys.add(Pem.privateKey(pem, passphrase));
        ssl = null;
    }

    public void addCertificateChain(String pem) {
        List<X509Certificate> chain = Pem.certificates(pem);
        if (chain.isEmpty()) {
            throw new TlsFailure("ERR_OSSL_PEM_NO_START_LINE", "error:0480006C:PEM routines::no start line");
        }
        chains.add(chain);
        ssl = null;
    }

    public void addCa(String pem) {
        List<X509Certificate> certs = Pem.certificates(pem);
        if (certs.isEmpty()) {
            throw new TlsFailure("ERR_OSSL_PEM_NO_START_LINE", "error:0480006C:PEM routines::no start line");
        }
        if (trusted == null) trusted = new ArrayList<>();
        trusted.addAll(certs);
        ssl = null;
    }

    /** A PKCS#12 archive: its key and chain, and its other certificates as trusted CAs, as node loads a pfx. */
    public void addPfx(byte[] der, String passphrase) {
        char[] pass = passphrase == null ? new char[0] : passphrase.toCharArray();
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(der), pass);
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    keys.add((PrivateKey) store.getKey(alias, pass));
                    List<X509Certificate> chain = new ArrayList<>();
                    for (Certificate c : store.getCertificateChain(alias)) chain.add((X509Certificate) c);
                    chains.add(chain.subList(0, 1));
                    if (chain.size() > 1) {
                        if (trusted == null) trusted = new ArrayList<>();
                        trusted.addAll(chain.subList(1, chain.size()));
                    }
                } else if (store.getCertificate(alias) instanceof X509Certificate c) {
                    if (trusted == null) trusted = new ArrayList<>();
                    trusted.add(c);
                }
            }
        } catch (java.io.IOException e) {
            if (e.getCause() instanceof java.security.UnrecoverableKeyException || e.getMessage() != null
                    && e.getMessage().contains("password")) {
                throw new TlsFailure("ERR_CRYPTO_OPERATION_FAILED", "mac verify failure");
            }
            throw new TlsFailure("ERR_CRYPTO_OPERATION_FAILED", "not enough data");
        } catch (GeneralSecurityException e) {
            throw new TlsFailure("ERR_CRYPTO_OPERATION_FAILED", "mac verify failure");
        }
        ssl = null;
    }

    public void setProtocols(String min, String max) {
        minVersion = min;
        maxVersion = max;
    }

    public void setCiphers(String list) {
        String[] chosen = CipherNames.select(list, supportedSuites());
        if (chosen == null) {
            throw new TlsFailure("ERR_SSL_NO_CIPHER_MATCH", "error:0A0000B9:SSL routines::no cipher match");
        }
        ciphers = chosen;
    }

    public void setGroups(String[] names) {
        groups = names;
    }

    public void setHonorCipherOrder(boolean on) {
        honorCipherOrder = on;
    }

    /** The trusted certificates: the `ca` ones, or the default roots. */
    public List<X509Certificate> trusted() {
        return trusted != null ? trusted : defaultRoots.get();
    }

    /** Every key must have its certificate (OpenSSL checks the pair when both are set). */
    public void checkKeyPairs() {
        entries();
    }

    /** This context's own leaf certificate (getCertificate()), or null. */
    public X509Certificate ownCertificate() {
        List<KeyEntry> e = entries();
        return e.isEmpty() ? null : e.getFirst().chain[0];
    }

    public SSLContext sslContext() {
        if (ssl == null) {
            try {
                SSLContext c = SSLContext.getInstance("TLS");
                c.init(new KeyManager[] {new ChainKeyManager(entries())}, new TrustManager[] {new DeferredTrust()},
                        null);
                ssl = c;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return ssl;
    }

    /** A server's certificate request: none, asked for, or required (the handshake fails without one). */
    public static final int CLIENT_AUTH_NONE = 0;
    public static final int CLIENT_AUTH_WANT = 1;
    public static final int CLIENT_AUTH_NEED = 2;

    /**
     * An engine for one connection; a client names {@code serverName} (SNI) when it is a host name, and its
     * {@code peerHost}:{@code port} keys the JDK's cache of sessions to resume.
     */
    public SSLEngine engine(SSLContext from, boolean server, String serverName, String peerHost, int port,
                            String[] alpn, int clientAuth) {
        SSLEngine engine = peerHost != null && !server ? from.createSSLEngine(peerHost, port) : from.createSSLEngine();
        engine.setUseClientMode(!server);
        SSLParameters p = engine.getSSLParameters();
        p.setProtocols(protocolRange());
        if (ciphers != null) p.setCipherSuites(ciphers);
        if (groups != null) p.setNamedGroups(groups);
        p.setUseCipherSuitesOrder(honorCipherOrder);
        if (!server) {
            p.setServerNames(List.of());
            if (serverName != null && !serverName.isEmpty() && !isIpLiteral(serverName)) {
                try {
                    p.setServerNames(List.of(new SNIHostName(serverName)));
                } catch (IllegalArgumentException ignored) {
                    // not a valid host name: sent without SNI, as OpenSSL would refuse it too
                }
            }
        }
        if (!server && alpn != null && alpn.length > 0) p.setApplicationProtocols(alpn);
        if (server && clientAuth == CLIENT_AUTH_WANT) p.setWantClientAuth(true);
        if (server && clientAuth == CLIENT_AUTH_NEED) p.setNeedClientAuth(true);
        engine.setSSLParameters(p);
        if (server && alpn != null && alpn.length > 0) {
            engine.setHandshakeApplicationProtocolSelector((e, offered) -> {
                for (String mine : alpn) {
                    if (offered.contains(mine)) return mine;
                }
                return offered.isEmpty() ? "" : null;
            });
        }
        return engine;
    }

    private String[] protocolRange() {
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (String p : PROTOCOLS) {
            if (p.equals(minVersion)) in = true;
            if (in) out.add(p);
            if (p.equals(maxVersion)) break;
        }
        return out.toArray(String[]::new);
    }

    private static boolean isIpLiteral(String s) {
        return s.indexOf(':') >= 0 || s.chars().allMatch(c -> c == '.' || Character.isDigit(c));
    }

    public static String[] supportedSuites() {
        try {
            return SSLContext.getDefault().getDefaultSSLParameters().getCipherSuites();
        } catch (GeneralSecurityException e) {
            return new String[0];
        }
    }

    private List<KeyEntry> entries() {
        if (entries != null && ssl != null) return entries;
        List<KeyEntry> out = new ArrayList<>();
        for (PrivateKey key : keys) {
            List<X509Certificate> chain = null;
            for (List<X509Certificate> c : chains) {
                if (matches(key, c.getFirst().getPublicKey())) chain = c;
            }
            if (chain == null) {
                if (chains.isEmpty()) continue;
                throw new TlsFailure("ERR_OSSL_X509_KEY_VALUES_MISMATCH",
                        "error:05800074:x509 certificate routines::key values mismatch");
            }
            out.add(new KeyEntry(key, chain.toArray(X509Certificate[]::new)));
        }
        entries = out;
        return out;
    }

    /** Whether a certificate's public key belongs to the private key: a signature made by one verifies with the other. */
    private static boolean matches(PrivateKey key, PublicKey pub) {
        if (key instanceof RSAPrivateCrtKey rsa && pub instanceof RSAPublicKey p) {
            return rsa.getModulus().equals(p.getModulus());
        }
        String algorithm = switch (key.getAlgorithm()) {
            case "EC" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            case "DSA" -> "SHA256withDSA";
            default -> key.getAlgorithm();
        };
        try {
            byte[] probe = {1, 2, 3, 4};
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(pub);
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** Hands the JDK the context's chains: the one whose key type the handshake asks for. */
    private static final class ChainKeyManager extends X509ExtendedKeyManager {
        private final List<KeyEntry> entries;

        ChainKeyManager(List<KeyEntry> entries) {
            this.entries = entries;
        }

        private String aliasFor(String... keyTypes) {
            for (int i = 0; i < entries.size(); i++) {
                String algorithm = entries.get(i).key.getAlgorithm();
                for (String t : keyTypes) {
                    if (t == null || t.equals(algorithm) || t.startsWith(algorithm + "_")
                            || (algorithm.equals("RSA") && t.equals("RSASSA-PSS"))
                            || (algorithm.equals("EC") && t.startsWith("EC"))) {
                        return String.valueOf(i);
                    }
                }
            }
            return null;
        }

        @Override
        public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
            return aliasFor(keyType);
        }

        @Override
        public String chooseEngineClientAlias(String[] keyTypes, Principal[] issuers, SSLEngine engine) {
            return aliasFor(keyTypes);
        }

        @Override
        public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
            return aliasFor(keyType);
        }

        @Override
        public String chooseClientAlias(String[] keyTypes, Principal[] issuers, Socket socket) {
            return aliasFor(keyTypes);
        }

        @Override
        public String[] getServerAliases(String keyType, Principal[] issuers) {
            String a = aliasFor(keyType);
            return a == null ? null : new String[] {a};
        }

        @Override
        public String[] getClientAliases(String keyType, Principal[] issuers) {
            return getServerAliases(keyType, issuers);
        }

        @Override
        public X509Certificate[] getCertificateChain(String alias) {
            return entries.get(Integer.parseInt(alias)).chain.clone();
        }

        @Override
        public PrivateKey getPrivateKey(String alias) {
            return entries.get(Integer.parseInt(alias)).key;
        }
    }

    /** Accepts every peer: node verifies after the handshake and decides itself (rejectUnauthorized). */
    private static final class DeferredTrust extends X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
