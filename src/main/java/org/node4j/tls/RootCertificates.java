package org.node4j.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The default trusted CAs, loaded on first use: the system's Mozilla bundle (/etc/ssl/certs/ca-certificates.crt,
 * the same list node bundles) or, without it, the JDK's cacerts; plus the file NODE_EXTRA_CA_CERTS names.
 */
public final class RootCertificates {
    private static final Path SYSTEM_BUNDLE = Path.of("/etc/ssl/certs/ca-certificates.crt");

    private final String extraFile;
    private List<X509Certificate> bundled;
    private List<X509Certificate> all;
    private String extraWarning;

    public RootCertificates(String extraFile) {
        this.extraFile = extraFile;
    }

    /** node's tls.rootCertificates: the bundled roots without the extra ones. */
    public synchronized List<X509Certificate> bundled() {
        if (bundled == null) bundled = load();
        return bundled;
    }

    /** What connections trust by default. */
    public synchronized List<X509Certificate> all() {
        if (all == null) {
            List<X509Certificate> out = new ArrayList<>(bundled());
            if (extraFile != null && !extraFile.isEmpty()) {
                try {
                    out.addAll(Pem.certificates(Files.readString(Path.of(extraFile))));
                } catch (IOException | RuntimeException e) {
                    extraWarning = "Ignoring extra certs from `" + extraFile
                            + "`, load failed: error:80000002:system library::No such file or directory";
                }
            }
            all = Collections.unmodifiableList(out);
        }
        return all;
    }

    /** The warning node prints when NODE_EXTRA_CA_CERTS could not be read, once; null otherwise. */
    public synchronized String takeExtraWarning() {
        all();
        String w = extraWarning;
        extraWarning = null;
        return w;
    }

    private static List<X509Certificate> load() {
        try {
            if (Files.isReadable(SYSTEM_BUNDLE)) {
                return Collections.unmodifiableList(Pem.certificates(Files.readString(SYSTEM_BUNDLE)));
            }
            Path cacerts = Path.of(System.getProperty("java.home"), "lib", "security", "cacerts");
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            try (InputStream in = Files.newInputStream(cacerts)) {
                store.load(in, null);
            }
            List<X509Certificate> out = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                Certificate c = store.getCertificate(alias);
                if (c instanceof X509Certificate x) out.add(x);
            }
            return Collections.unmodifiableList(out);
        } catch (IOException | java.security.GeneralSecurityException e) {
            return List.of();
        }
    }
}
