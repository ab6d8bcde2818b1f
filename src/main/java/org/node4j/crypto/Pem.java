package org.node4j.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** PEM (RFC 7468) armour: the first block of a text, and writing one as OpenSSL does (64-column lines). */
public final class Pem {
    /** A decoded block: its label ("PUBLIC KEY", …) and DER. */
    public record Block(String label, byte[] der) {
    }

    private Pem() {
    }

    /** The first PEM block in {@code text}, or null when there is none or it does not decode. */
    public static Block first(String text) {
        int begin = text.indexOf("-----BEGIN ");
        if (begin < 0) return null;
        int labelEnd = text.indexOf("-----", begin + 11);
        if (labelEnd < 0) return null;
        String label = text.substring(begin + 11, labelEnd);
        String end = "-----END " + label + "-----";
        int stop = text.indexOf(end, labelEnd);
        if (stop < 0) return null;
        String body = text.substring(labelEnd + 5, stop);
        if (body.contains(":")) return null;
        try {
            return new Block(label, Base64.getMimeDecoder().decode(body.replaceAll("\\s", "")));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static String encode(String label, byte[] der) {
        String b64 = Base64.getEncoder().encodeToString(der);
        StringBuilder sb = new StringBuilder("-----BEGIN ").append(label).append("-----\n");
        for (int i = 0; i < b64.length(); i += 64) sb.append(b64, i, Math.min(b64.length(), i + 64)).append('\n');
        return sb.append("-----END ").append(label).append("-----\n").toString();
    }

    public static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
