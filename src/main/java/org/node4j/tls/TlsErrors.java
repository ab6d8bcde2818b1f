package org.node4j.tls;

import java.util.Locale;
import java.util.Map;

/**
 * The JDK's TLS failures in OpenSSL's words, as node reports them: an alert from the peer becomes
 * "error:0A000410:SSL routines::sslv3 alert handshake failure" (code ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE), a
 * local failure the OpenSSL reason closest to the JDK's.
 */
public final class TlsErrors {
    private static final Map<String, Integer> ALERTS = Map.ofEntries(
            Map.entry("unexpected_message", 10), Map.entry("bad_record_mac", 20),
            Map.entry("record_overflow", 22), Map.entry("handshake_failure", 40),
            Map.entry("bad_certificate", 42), Map.entry("unsupported_certificate", 43),
            Map.entry("certificate_revoked", 44), Map.entry("certificate_expired", 45),
            Map.entry("certificate_unknown", 46), Map.entry("illegal_parameter", 47),
            Map.entry("unknown_ca", 48), Map.entry("access_denied", 49), Map.entry("decode_error", 50),
            Map.entry("decrypt_error", 51), Map.entry("protocol_version", 70),
            Map.entry("insufficient_security", 71), Map.entry("internal_error", 80),
            Map.entry("inappropriate_fallback", 86), Map.entry("user_canceled", 90),
            Map.entry("missing_extension", 109), Map.entry("unsupported_extension", 110),
            Map.entry("unrecognized_name", 112), Map.entry("certificate_required", 116),
            Map.entry("no_application_protocol", 120));

    private TlsErrors() {
    }

    public static TlsFailure of(Exception e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        int received = m.indexOf("Received fatal alert: ");
        if (received >= 0) {
            String alert = m.substring(received + 22).strip();
            Integer n = ALERTS.get(alert);
            if (n != null) return alert(alert, n);
        }
        if (m.startsWith("(protocol_version)")) return ssl(0x102, "unsupported protocol");
        if (m.contains("No appropriate protocol") || m.contains("protocol is disabled")
                || m.contains("not enabled or supported") || m.contains("not supported by the server")) {
            return ssl(0x102, "unsupported protocol");
        }
        if (m.contains("Empty client certificate chain") || m.contains("certificate_required")) {
            return ssl(0xC7, "peer did not return a certificate");
        }
        if (m.contains("no cipher suites in common")) return ssl(0xC1, "no shared cipher");
        if (m.contains("Unsupported or unrecognized SSL message") || m.contains("plaintext connection")) {
            return ssl(0x10B, "wrong version number");
        }
        if (m.contains("application layer protocol")) return ssl(0xEB, "no application protocol");
        if (m.contains("Insufficient buffer") || m.contains("record_overflow")) return ssl(0x92, "packet length too long");
        return ssl(0x410, "sslv3 alert handshake failure");
    }

    private static TlsFailure alert(String name, int number) {
        String version = number < 48 ? "sslv3" : number == 109 || number == 116 ? "tlsv13" : "tlsv1";
        String words = name.replace('_', ' ');
        String reason = number == 110 || number == 112 ? "tlsv1 " + words : version + " alert " + words;
        return ssl(1000 + number, reason);
    }

    private static TlsFailure ssl(int reason, String text) {
        String hex = Integer.toHexString(0x0A000000 | reason).toUpperCase(Locale.ROOT);
        String code = "ERR_SSL_" + text.toUpperCase(Locale.ROOT).replace(' ', '_');
        return new TlsFailure(code, "error:" + "0".repeat(8 - hex.length()) + hex + ":SSL routines::" + text);
    }
}
