package org.node4j.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a message head (start line and header fields, or a trailer section) from the bytes received so far, with
 * llhttp's strictness and error texts. It either finds an error (even in an incomplete head, so bad input is
 * rejected as soon as it arrives), needs more bytes, or returns the length of the complete head.
 */
final class HeadParser {
    static final int NEED_MORE = -1;
    static final int FAILED = -2;
    static final List<String> METHODS = List.of("ACL", "BIND", "CHECKOUT", "CONNECT", "COPY", "DELETE", "GET",
            "HEAD", "LINK", "LOCK", "M-SEARCH", "MERGE", "MKACTIVITY", "MKCALENDAR", "MKCOL", "MOVE", "NOTIFY",
            "OPTIONS", "PATCH", "POST", "PROPFIND", "PROPPATCH", "PURGE", "PUT", "QUERY", "REBIND", "REPORT",
            "SEARCH", "SOURCE", "SUBSCRIBE", "TRACE", "UNBIND", "UNLINK", "UNLOCK", "UNSUBSCRIBE", "PRI");
    private static final byte[] TOKEN = new byte[256];

    static {
        for (char c : "!#$%&'*+-.^_`|~".toCharArray()) TOKEN[c] = 1;
        for (int c = '0'; c <= '9'; c++) TOKEN[c] = 1;
        for (int c = 'A'; c <= 'Z'; c++) TOKEN[c] = 1;
        for (int c = 'a'; c <= 'z'; c++) TOKEN[c] = 1;
    }

    // Results of the last successful parse.
    int versionMajor;
    int versionMinor;
    String method;
    String url;
    int statusCode;
    String statusMessage;
    final List<String> fields = new ArrayList<>();
    HttpParseError error;

    private byte[] b;
    private int len;
    private int pos;

    /** Parses a request or status line followed by header fields. */
    int parseHead(byte[] bytes, int length, boolean request) {
        reset(bytes, length);
        int r = request ? requestLine() : statusLine();
        if (r != 0) return r;
        return fieldLines();
    }

    /** Parses the trailer section that ends a chunked body. */
    int parseTrailers(byte[] bytes, int length) {
        reset(bytes, length);
        return fieldLines();
    }

    private void reset(byte[] bytes, int length) {
        b = bytes;
        len = length;
        pos = 0;
        fields.clear();
        error = null;
        method = null;
        url = null;
        statusMessage = null;
        statusCode = 0;
    }

    private int fail(String code, String reason) {
        error = new HttpParseError(code, reason, pos);
        return FAILED;
    }

    private int requestLine() {
        // Empty lines before a request line are ignored (RFC 9112 2.2), as llhttp does.
        while (pos < len && (b[pos] == '\r' || b[pos] == '\n')) pos++;
        if (pos == len) return NEED_MORE;
        int start = pos;
        while (pos < len && b[pos] != ' ') {
            if (!isMethodPrefix(start, pos + 1)) return fail("INVALID_METHOD", "Invalid method encountered");
            pos++;
        }
        if (pos == len) return NEED_MORE;
        method = text(start, pos);
        if (!METHODS.contains(method)) return fail("INVALID_METHOD", "Invalid method encountered");
        while (pos < len && b[pos] == ' ') pos++;
        start = pos;
        while (pos < len && b[pos] != ' ') {
            int c = b[pos] & 0xff;
            if (c == '\r' || c == '\n') return fail("INVALID_URL", "Invalid char in url path");
            if (c < 0x21 || c == 0x7f) return fail("INVALID_URL", "Invalid char in url path");
            pos++;
        }
        if (pos == len) return NEED_MORE;
        url = text(start, pos);
        pos++;
        int r = version();
        if (r != 0) return r;
        if (method.equals("PRI") && versionMajor == 2) return fail("PAUSED_H2_UPGRADE", "Pause on PRI/Upgrade");
        if (method.equals("PRI")) return fail("INVALID_METHOD", "Invalid method encountered");
        if (pos == len) return NEED_MORE;
        if (b[pos] == '\n') return fail("INVALID_VERSION", "Expected CRLF after version");
        if (b[pos] != '\r') return fail("INVALID_VERSION", "Expected CRLF after version");
        pos++;
        if (pos == len) return NEED_MORE;
        if (b[pos] != '\n') return fail("STRICT", "Expected CRLF after version");
        pos++;
        return 0;
    }

    private boolean isMethodPrefix(int start, int end) {
        outer:
        for (String m : METHODS) {
            if (m.length() < end - start) continue;
            for (int i = start; i < end; i++) {
                if (m.charAt(i - start) != (b[i] & 0xff)) continue outer;
            }
            return true;
        }
        return false;
    }

    private int statusLine() {
        int r = version();
        if (r != 0) return r;
        if (pos == len) return NEED_MORE;
        if (b[pos] != ' ') return fail("INVALID_STATUS", "Expected space after version");
        pos++;
        int code = 0;
        for (int i = 0; i < 3; i++) {
            if (pos == len) return NEED_MORE;
            int c = b[pos];
            if (c < '0' || c > '9') return fail("INVALID_STATUS", "Invalid status code");
            code = code * 10 + (c - '0');
            pos++;
        }
        statusCode = code;
        if (pos == len) return NEED_MORE;
        if (b[pos] >= '0' && b[pos] <= '9') return fail("INVALID_STATUS", "Invalid response status");
        int start;
        if (b[pos] == ' ') {
            pos++;
            start = pos;
            while (pos < len && b[pos] != '\r' && b[pos] != '\n') pos++;
            if (pos == len) return NEED_MORE;
        } else {
            start = pos;
        }
        statusMessage = text(start, pos);
        if (b[pos] == '\n') return fail("CR_EXPECTED", "Missing expected CR after response line");
        if (b[pos] != '\r') return fail("INVALID_STATUS", "Invalid response status");
        pos++;
        if (pos == len) return NEED_MORE;
        if (b[pos] != '\n') return fail("STRICT", "Expected LF after CR");
        pos++;
        return 0;
    }

    /** "HTTP/" digit "." digit, into versionMajor/versionMinor. */
    private int version() {
        String prefix = "HTTP/";
        for (int i = 0; i < prefix.length(); i++) {
            if (pos == len) return NEED_MORE;
            if (b[pos] != prefix.charAt(i)) return fail("INVALID_CONSTANT", "Expected HTTP/, RTSP/ or ICE/");
            pos++;
        }
        if (pos == len) return NEED_MORE;
        if (b[pos] < '0' || b[pos] > '9') return fail("INVALID_VERSION", "Invalid major version");
        versionMajor = b[pos++] - '0';
        if (pos == len) return NEED_MORE;
        if (b[pos] != '.') return fail("INVALID_VERSION", "Expected dot");
        pos++;
        if (pos == len) return NEED_MORE;
        if (b[pos] < '0' || b[pos] > '9') return fail("INVALID_VERSION", "Invalid minor version");
        versionMinor = b[pos++] - '0';
        boolean known = (versionMajor == 1 && versionMinor <= 1) || (versionMajor == 0 && versionMinor == 9)
                || (versionMajor == 2 && versionMinor == 0);
        if (!known) return fail("INVALID_VERSION", "Invalid HTTP version");
        return 0;
    }

    private int fieldLines() {
        while (true) {
            if (pos == len) return NEED_MORE;
            int c = b[pos];
            if (c == '\r') {
                pos++;
                if (pos == len) return NEED_MORE;
                if (b[pos] != '\n') return fail("STRICT", "Expected LF after headers");
                return ++pos;
            }
            if (c == '\n') return fail("STRICT", "Expected LF after headers");
            if (c == ' ' || c == '\t') {
                return fields.isEmpty() ? fail("INVALID_HEADER_TOKEN", "Invalid header token")
                        : fail("INVALID_HEADER_TOKEN", "Unexpected whitespace after header value");
            }
            int start = pos;
            while (pos < len && b[pos] != ':') {
                if (TOKEN[b[pos] & 0xff] == 0) return fail("INVALID_HEADER_TOKEN", "Invalid header token");
                pos++;
            }
            if (pos == len) return NEED_MORE;
            if (pos == start) return fail("INVALID_HEADER_TOKEN", "Invalid header token");
            String name = text(start, pos);
            pos++;
            while (pos < len && (b[pos] == ' ' || b[pos] == '\t')) pos++;
            start = pos;
            int end = pos;
            while (pos < len && b[pos] != '\r' && b[pos] != '\n') {
                int v = b[pos] & 0xff;
                if ((v < 0x20 && v != '\t') || v == 0x7f) {
                    return fail("INVALID_HEADER_TOKEN", "Invalid header value char");
                }
                pos++;
                if (v != ' ' && v != '\t') end = pos;
            }
            if (pos == len) return NEED_MORE;
            if (b[pos] == '\n') return fail("CR_EXPECTED", "Missing expected CR after header value");
            pos++;
            if (pos == len) return NEED_MORE;
            if (b[pos] != '\n') return fail("LF_EXPECTED", "Missing expected LF after header value");
            pos++;
            fields.add(name);
            fields.add(text(start, end));
        }
    }

    /** Header bytes as node shows them: one char per byte (latin1). */
    private String text(int start, int end) {
        return new String(b, start, end - start, StandardCharsets.ISO_8859_1);
    }
}
