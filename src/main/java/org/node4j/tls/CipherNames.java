package org.node4j.tls;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cipher suite names both ways: the JDK's IANA names (TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256) and OpenSSL's
 * (ECDHE-RSA-AES128-GCM-SHA256), which node reports in getCipher().name and takes in the `ciphers` option.
 * TLS 1.3 suites have the same name in both.
 */
public final class CipherNames {
    private CipherNames() {
    }

    public static String openssl(String iana) {
        if (!iana.contains("_WITH_")) return iana;
        String[] halves = iana.substring(4).split("_WITH_", 2);
        String kx = switch (halves[0]) {
            case "RSA" -> "";
            case "ECDHE_RSA" -> "ECDHE-RSA-";
            case "ECDHE_ECDSA" -> "ECDHE-ECDSA-";
            case "DHE_RSA" -> "DHE-RSA-";
            case "DHE_DSS" -> "DHE-DSS-";
            case "ECDH_RSA" -> "ECDH-RSA-";
            case "ECDH_ECDSA" -> "ECDH-ECDSA-";
            default -> halves[0].replace('_', '-') + "-";
        };
        String c = halves[1];
        String bulk;
        if (c.startsWith("CHACHA20_POLY1305")) {
            bulk = "CHACHA20-POLY1305";
        } else {
            bulk = c.replace("AES_128_", "AES128-").replace("AES_256_", "AES256-").replace("CBC_", "")
                    .replace("_", "-");
        }
        return kx + bulk;
    }

    /**
     * The JDK suites an OpenSSL cipher list names, in its order. Words that are not suite names (HIGH, !aNULL,
     * DEFAULT, @SECLEVEL…) select nothing; a list that names no supported suite keeps the defaults (null).
     */
    public static String[] select(String list, String[] supported) {
        Set<String> out = new LinkedHashSet<>();
        for (String word : list.split("[:, ]+")) {
            if (word.isEmpty() || word.startsWith("!") || word.startsWith("-")) continue;
            String w = word.startsWith("+") ? word.substring(1) : word;
            for (String s : supported) {
                if (s.equalsIgnoreCase(w) || openssl(s).equalsIgnoreCase(w)) out.add(s);
            }
        }
        return out.isEmpty() ? null : out.toArray(String[]::new);
    }

    /** node's tls.getCiphers(): lower-case OpenSSL names, sorted. */
    public static List<String> nodeList(String[] supported) {
        Set<String> names = new java.util.TreeSet<>();
        for (String s : supported) {
            if (s.contains("SCSV") || s.contains("_anon_") || s.contains("_NULL_")) continue;
            names.add(openssl(s).toLowerCase(Locale.ROOT));
        }
        return new ArrayList<>(names);
    }
}
