package org.node4j.tls;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A certificate as node's getPeerCertificate() describes it (subject, issuer, subjectaltname, ca, key fields,
 * valid_from/valid_to, fingerprints, ext_key_usage, serialNumber, raw), as JSON: byte fields (raw, pubkey) are
 * base64 for JS to turn into Buffers.
 */
public final class CertificateInfo {
    private static final Map<String, String> NAMES = Map.of(
            "1.2.840.113549.1.9.1", "emailAddress",
            "2.5.4.5", "serialNumber",
            "2.5.4.12", "title",
            "2.5.4.42", "GN",
            "2.5.4.4", "SN",
            "2.5.4.9", "street",
            "0.9.2342.19200300.100.1.25", "DC",
            "0.9.2342.19200300.100.1.1", "UID",
            "2.5.4.46", "dnQualifier",
            "2.5.4.65", "pseudonym");
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private CertificateInfo() {
    }

    public static String json(X509Certificate c) {
        Json j = new Json();
        j.begin();
        j.key("subject").raw(name(c.getSubjectX500Principal()));
        j.key("issuer").raw(name(c.getIssuerX500Principal()));
        String alt = altNames(c);
        if (alt != null) j.key("subjectaltname").string(alt);
        j.key("ca").raw(String.valueOf(c.getBasicConstraints() >= 0));
        if (c.getPublicKey() instanceof RSAPublicKey rsa) {
            j.key("modulus").string(rsa.getModulus().toString(16).toUpperCase(Locale.ROOT));
            j.key("bits").raw(String.valueOf(rsa.getModulus().bitLength()));
            j.key("exponent").string("0x" + rsa.getPublicExponent().toString(16));
            j.key("pubkey").string(Base64.getEncoder().encodeToString(rsa.getEncoded()));
        } else if (c.getPublicKey() instanceof ECPublicKey ec) {
            int bits = ec.getParams().getCurve().getField().getFieldSize();
            j.key("bits").raw(String.valueOf(bits));
            j.key("pubkey").string(Base64.getEncoder().encodeToString(ecPoint(ec, bits)));
            String curve = ec.getParams().toString();
            String[] names = curveNames(curve);
            if (names != null) {
                j.key("asn1Curve").string(names[0]);
                j.key("nistCurve").string(names[1]);
            }
        }
        j.key("valid_from").string(date(c.getNotBefore()));
        j.key("valid_to").string(date(c.getNotAfter()));
        byte[] der = encoded(c);
        j.key("fingerprint").string(fingerprint("SHA-1", der));
        j.key("fingerprint256").string(fingerprint("SHA-256", der));
        j.key("fingerprint512").string(fingerprint("SHA-512", der));
        try {
            List<String> usage = c.getExtendedKeyUsage();
            if (usage != null) {
                j.key("ext_key_usage").raw("[" + String.join(",", usage.stream().map(Json::quote).toList()) + "]");
            }
        } catch (CertificateParsingException ignored) {
            // no usable extension: node leaves the field out too
        }
        j.key("serialNumber").string(c.getSerialNumber().toString(16).toUpperCase(Locale.ROOT));
        j.key("raw").string(Base64.getEncoder().encodeToString(der));
        j.end();
        return j.toString();
    }

    private static byte[] encoded(X509Certificate c) {
        try {
            return c.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Subject or issuer as node's object: OpenSSL short names in certificate order, repeated names as arrays. */
    static String name(X500Principal p) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        try {
            for (Rdn rdn : new LdapName(p.getName(X500Principal.RFC2253, NAMES)).getRdns()) {
                String type = rdn.getType();
                if (type.equals("STREET")) type = "street";
                Object v = rdn.getValue();
                String value = v instanceof byte[] b ? new String(b, java.nio.charset.StandardCharsets.UTF_8) : v.toString();
                fields.computeIfAbsent(type, k -> new ArrayList<>()).add(value);
            }
        } catch (InvalidNameException e) {
            return "{}";
        }
        Json j = new Json();
        j.begin();
        for (var e : fields.entrySet()) {
            j.key(e.getKey());
            if (e.getValue().size() == 1) {
                j.string(e.getValue().getFirst());
            } else {
                j.raw("[" + String.join(",", e.getValue().stream().map(Json::quote).toList()) + "]");
            }
        }
        j.end();
        return j.toString();
    }

    /** subjectAltName as OpenSSL prints it: "DNS:a, IP Address:1.2.3.4, email:…, URI:…". */
    static String altNames(X509Certificate c) {
        Collection<List<?>> names;
        try {
            names = c.getSubjectAlternativeNames();
        } catch (CertificateParsingException e) {
            return null;
        }
        if (names == null) return null;
        List<String> parts = new ArrayList<>();
        for (List<?> n : names) {
            int type = (Integer) n.get(0);
            Object value = n.get(1);
            switch (type) {
                case 1 -> parts.add("email:" + value);
                case 2 -> parts.add("DNS:" + value);
                case 6 -> parts.add("URI:" + value);
                case 7 -> parts.add("IP Address:" + value.toString().toUpperCase(Locale.ROOT));
                case 4 -> parts.add("DirName:" + value);
                default -> parts.add("othername:<unsupported>");
            }
        }
        return String.join(", ", parts);
    }

    private static byte[] ecPoint(ECPublicKey ec, int bits) {
        int n = (bits + 7) / 8;
        byte[] out = new byte[1 + 2 * n];
        out[0] = 4;
        copyUnsigned(ec.getW().getAffineX(), out, 1, n);
        copyUnsigned(ec.getW().getAffineY(), out, 1 + n, n);
        return out;
    }

    private static void copyUnsigned(BigInteger v, byte[] out, int at, int n) {
        byte[] b = v.toByteArray();
        int skip = Math.max(0, b.length - n);
        System.arraycopy(b, skip, out, at + n - (b.length - skip), b.length - skip);
    }

    private static String[] curveNames(String params) {
        if (params.contains("secp256r1") || params.contains("P-256")) return new String[] {"prime256v1", "P-256"};
        if (params.contains("secp384r1") || params.contains("P-384")) return new String[] {"secp384r1", "P-384"};
        if (params.contains("secp521r1") || params.contains("P-521")) return new String[] {"secp521r1", "P-521"};
        return null;
    }

    /** OpenSSL's ASN1_TIME_print form: "Dec  7 23:25:21 2026 GMT". */
    static String date(java.util.Date d) {
        ZonedDateTime t = d.toInstant().atZone(ZoneOffset.UTC);
        return String.join(" ", MONTHS[t.getMonthValue() - 1],
                (t.getDayOfMonth() < 10 ? " " : "") + t.getDayOfMonth(),
                two(t.getHour()) + ":" + two(t.getMinute()) + ":" + two(t.getSecond()),
                String.valueOf(t.getYear()), "GMT");
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : String.valueOf(v);
    }

    static String fingerprint(String algorithm, byte[] der) {
        try {
            byte[] digest = MessageDigest.getInstance(algorithm).digest(der);
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
