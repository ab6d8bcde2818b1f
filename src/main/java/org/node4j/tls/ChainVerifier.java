package org.node4j.tls;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

/**
 * Verifies a peer's chain against trusted certificates the way OpenSSL's X509_verify_cert reports it (node's
 * {@code authorizationError}): builds the path leaf → issuer through the peer's certificates and the trusted
 * ones, then checks CA constraints and validity dates. Returns OpenSSL's code name, or null when verified.
 */
public final class ChainVerifier {
    private ChainVerifier() {
    }

    public static String verify(X509Certificate[] peerChain, List<X509Certificate> trusted, Date now) {
        if (peerChain == null || peerChain.length == 0) return "UNABLE_TO_GET_ISSUER_CERT";
        List<X509Certificate> untrusted = new ArrayList<>(Arrays.asList(peerChain).subList(1, peerChain.length));
        List<X509Certificate> path = new ArrayList<>();
        X509Certificate current = peerChain[0];
        path.add(current);
        boolean anchored = false;
        String error = null;
        while (true) {
            if (isTrusted(current, trusted)) {
                anchored = true;
                break;
            }
            X509Certificate issuer = issuerIn(current, trusted);
            if (issuer != null) {
                path.add(issuer);
                current = issuer;
                anchored = true;
                break;
            }
            if (selfSigned(current)) {
                error = path.size() == 1 ? "DEPTH_ZERO_SELF_SIGNED_CERT" : "SELF_SIGNED_CERT_IN_CHAIN";
                break;
            }
            issuer = issuerIn(current, untrusted);
            if (issuer == null || path.contains(issuer)) {
                error = path.size() == 1 ? "UNABLE_TO_VERIFY_LEAF_SIGNATURE" : "UNABLE_TO_GET_ISSUER_CERT_LOCALLY";
                break;
            }
            untrusted.remove(issuer);
            path.add(issuer);
            current = issuer;
        }
        // A trusted certificate that is not a root still needs its own issuer among the trusted ones.
        while (anchored && !selfSigned(current)) {
            X509Certificate issuer = issuerIn(current, trusted);
            if (issuer == null || path.contains(issuer)) {
                error = "UNABLE_TO_GET_ISSUER_CERT";
                break;
            }
            path.add(issuer);
            current = issuer;
        }
        if (error != null) return error;
        for (int i = 1; i < path.size(); i++) {
            if (path.get(i).getBasicConstraints() < 0 && !path.get(i).equals(path.get(i - 1))) return "INVALID_CA";
        }
        for (X509Certificate c : path) {
            if (now.after(c.getNotAfter())) return "CERT_HAS_EXPIRED";
            if (now.before(c.getNotBefore())) return "CERT_NOT_YET_VALID";
        }
        return null;
    }

    private static boolean isTrusted(X509Certificate c, List<X509Certificate> trusted) {
        for (X509Certificate t : trusted) {
            if (t.equals(c)) return true;
        }
        return false;
    }

    private static X509Certificate issuerIn(X509Certificate c, List<X509Certificate> candidates) {
        for (X509Certificate candidate : candidates) {
            if (candidate.equals(c)) continue;
            if (candidate.getSubjectX500Principal().equals(c.getIssuerX500Principal()) && signedBy(c, candidate)) {
                return candidate;
            }
        }
        return null;
    }

    static boolean selfSigned(X509Certificate c) {
        return c.getSubjectX500Principal().equals(c.getIssuerX500Principal()) && signedBy(c, c);
    }

    private static boolean signedBy(X509Certificate c, X509Certificate issuer) {
        try {
            c.verify(issuer.getPublicKey());
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /** OpenSSL's message for a verification code (X509_verify_cert_error_string). */
    public static String message(String code) {
        return switch (code) {
            case "UNABLE_TO_GET_ISSUER_CERT" -> "unable to get issuer certificate";
            case "UNABLE_TO_GET_ISSUER_CERT_LOCALLY" -> "unable to get local issuer certificate";
            case "UNABLE_TO_VERIFY_LEAF_SIGNATURE" -> "unable to verify the first certificate";
            case "DEPTH_ZERO_SELF_SIGNED_CERT" -> "self-signed certificate";
            case "SELF_SIGNED_CERT_IN_CHAIN" -> "self-signed certificate in certificate chain";
            case "CERT_HAS_EXPIRED" -> "certificate has expired";
            case "CERT_NOT_YET_VALID" -> "certificate is not yet valid";
            case "INVALID_CA" -> "invalid CA certificate";
            default -> code;
        };
    }
}
