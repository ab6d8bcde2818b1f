package org.node4j.http;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An HTTP/1.x message parser in llhttp's role: fed any chunking of the byte stream, it reports each message's
 * head, its body as slices of the input (never copied) and its end, for requests or responses, with keep-alive,
 * pipelining, chunked bodies with trailers, bodies delimited by the connection's end, and upgrades. It is strict
 * like node's default llhttp (same error codes and reasons), guarding against request smuggling.
 *
 * <p>Heads are gathered (they may span reads) and parsed with {@link HeadParser}; bodies are framed byte by
 * byte only where chunk framing requires it.
 */
public final class HttpParser {
    public enum Kind { REQUEST, RESPONSE }

    /** Receives what the parser finds, in order. */
    public interface Listener {
        /** A head is complete; returns true when the message has no body whatever its headers say (HEAD). */
        boolean onHead(HttpHead head);

        /** Body bytes at {@code [offset, offset + length)} of the current input. */
        void onBody(int offset, int length);

        /** Trailer fields of a chunked body (name, value, …), reported before the message completes. */
        void onTrailers(List<String> fields);

        void onMessageComplete();
    }

    private enum State { HEAD, BODY_LENGTH, BODY_EOF, CHUNK_SIZE, CHUNK_EXT, CHUNK_SIZE_LF, CHUNK_DATA, CHUNK_DATA_CR,
        CHUNK_DATA_LF, TRAILERS, UPGRADED, DEAD }

    public static final int DEFAULT_MAX_HEADER_SIZE = 16 * 1024;

    private final Kind kind;
    private final int maxHeaderSize;
    private final Listener listener;
    private final HeadParser heads = new HeadParser();
    private byte[] head = new byte[1024];
    private int headLength;
    private State state = State.HEAD;
    private long remaining;
    private boolean sawChunkDigit;
    private boolean keepAlive;
    private HttpParseError error;

    public HttpParser(Kind kind, int maxHeaderSize, Listener listener) {
        this.kind = kind;
        this.maxHeaderSize = maxHeaderSize > 0 ? maxHeaderSize : DEFAULT_MAX_HEADER_SIZE;
        this.listener = listener;
    }

    /** The error that stopped the parser, or null. */
    public HttpParseError error() {
        return error;
    }

    /** Whether the connection was handed to another protocol (the rest of the bytes are not HTTP). */
    public boolean upgraded() {
        return state == State.UPGRADED;
    }

    /** Back to the start of a message, as for a new connection. */
    public void reset() {
        state = State.HEAD;
        headLength = 0;
        error = null;
    }

    /**
     * Parses {@code data[offset, offset + length)}; returns the bytes consumed (all of them, or fewer after an
     * upgrade), or -1 after an error (see {@link #error()}).
     */
    public int execute(ByteBuffer data, int offset, int length) {
        int end = offset + length;
        int p = offset;
        while (p < end) {
            switch (state) {
                case DEAD -> {
                    return -1;
                }
                case UPGRADED -> {
                    return p - offset;
                }
                case HEAD, TRAILERS -> {
                    int r = gatherHead(data, p, end, offset);
                    if (r < 0) return -1;
                    p = r;
                }
                case BODY_LENGTH -> {
                    int n = (int) Math.min(remaining, end - p);
                    listener.onBody(p, n);
                    p += n;
                    remaining -= n;
                    if (remaining == 0) completeMessage();
                }
                case BODY_EOF -> {
                    listener.onBody(p, end - p);
                    p = end;
                }
                case CHUNK_DATA -> {
                    int n = (int) Math.min(remaining, end - p);
                    listener.onBody(p, n);
                    p += n;
                    remaining -= n;
                    if (remaining == 0) state = State.CHUNK_DATA_CR;
                }
                default -> {
                    if (!chunkFraming(data.get(p))) {
                        error = new HttpParseError(error.code(), error.reason(), p - offset);
                        state = State.DEAD;
                        return -1;
                    }
                    p++;
                }
            }
        }
        return state == State.DEAD ? -1 : p - offset;
    }

    /** The input ended: completes a body delimited by the connection's end, or reports an unfinished message. */
    public int finish() {
        switch (state) {
            case BODY_EOF -> {
                completeMessage();
                return 0;
            }
            case HEAD -> {
                for (int i = 0; i < headLength; i++) {
                    if (head[i] != '\r' && head[i] != '\n') return failAtEnd("INVALID_EOF_STATE", "Invalid EOF state");
                }
                return 0;
            }
            case UPGRADED, DEAD -> {
                return 0;
            }
            default -> {
                return failAtEnd("INVALID_EOF_STATE", "Invalid EOF state");
            }
        }
    }

    private int failAtEnd(String code, String reason) {
        error = new HttpParseError(code, reason, 0);
        state = State.DEAD;
        return -1;
    }

    /**
     * Adds bytes to the head being gathered up to its end; when the head is complete, reports it and moves on.
     * Returns the input position after what was taken, or -1 on error.
     */
    private int gatherHead(ByteBuffer data, int p, int end, int offset) {
        boolean trailers = state == State.TRAILERS;
        int before = headLength;
        // Copy a little at a time: a head is usually short, and pipelined input holds more messages after it.
        int step = 512;
        int taken = 0;
        while (true) {
            int room = maxHeaderSize - headLength;
            int take = Math.min(Math.min(step, end - p - taken), Math.max(room, 0));
            if (headLength + take > head.length) {
                head = Arrays.copyOf(head, Math.max(head.length * 2, headLength + take));
            }
            data.get(p + taken, head, headLength, take);
            headLength += take;
            taken += take;
            int r = trailers ? heads.parseTrailers(head, headLength)
                    : heads.parseHead(head, headLength, kind == Kind.REQUEST);
            if (r == HeadParser.FAILED) {
                HttpParseError e = heads.error;
                return fail(e.code(), e.reason(), p - offset + Math.max(0, e.position() - before));
            }
            if (r >= 0) {
                int used = r - before;
                headLength = 0;
                if (trailers) {
                    if (!heads.fields.isEmpty()) listener.onTrailers(List.copyOf(heads.fields));
                    completeMessage();
                    return p + used;
                }
                return onHeadComplete(p - offset + used) < 0 ? -1 : p + used;
            }
            if (headLength >= maxHeaderSize) return fail("HEADER_OVERFLOW", "Header overflow", p - offset + taken);
            if (p + taken == end) return end;
            step *= 2;
        }
    }

    private int fail(String code, String reason, int position) {
        error = new HttpParseError(code, reason, position);
        state = State.DEAD;
        return -1;
    }

    /** Applies the framing rules to a complete head, reports it and picks the body state. */
    private int onHeadComplete(int position) {
        boolean request = kind == Kind.REQUEST;
        long contentLength = -1;
        String transferEncoding = null;
        boolean connectionClose = false;
        boolean connectionKeepAlive = false;
        boolean connectionUpgrade = false;
        boolean hasUpgrade = false;
        List<String> f = heads.fields;
        for (int i = 0; i < f.size(); i += 2) {
            String name = f.get(i);
            String value = f.get(i + 1);
            switch (name.length()) {
                case 14 -> {
                    if (name.equalsIgnoreCase("content-length")) {
                        if (contentLength >= 0) return fail("UNEXPECTED_CONTENT_LENGTH", "Duplicate Content-Length", position);
                        contentLength = parseContentLength(value);
                        if (contentLength == -1) {
                            return fail("INVALID_CONTENT_LENGTH", "Invalid character in Content-Length", position);
                        }
                        if (contentLength == -2) return fail("INVALID_CONTENT_LENGTH", "Content-Length overflow", position);
                    }
                }
                case 17 -> {
                    if (name.equalsIgnoreCase("transfer-encoding")) {
                        transferEncoding = transferEncoding == null ? value : transferEncoding + "," + value;
                    }
                }
                case 10 -> {
                    if (name.equalsIgnoreCase("connection")) {
                        for (String token : value.split(",")) {
                            String t = token.strip().toLowerCase(Locale.ROOT);
                            switch (t) {
                                case "close" -> connectionClose = true;
                                case "keep-alive" -> connectionKeepAlive = true;
                                case "upgrade" -> connectionUpgrade = true;
                                default -> { }
                            }
                        }
                    }
                }
                case 7 -> {
                    if (name.equalsIgnoreCase("upgrade")) hasUpgrade = true;
                }
                default -> { }
            }
        }
        boolean chunked = false;
        if (transferEncoding != null) {
            if (contentLength >= 0 && request) {
                return fail("INVALID_TRANSFER_ENCODING", "Transfer-Encoding can't be present with Content-Length",
                        position);
            }
            String[] codings = transferEncoding.split(",");
            String last = codings[codings.length - 1].strip();
            chunked = last.equalsIgnoreCase("chunked");
            if (!chunked && request) {
                for (String c : codings) {
                    if (c.strip().equalsIgnoreCase("chunked")) {
                        return fail("INVALID_TRANSFER_ENCODING", "Invalid `Transfer-Encoding` header value", position);
                    }
                }
                return fail("INVALID_TRANSFER_ENCODING", "Request has invalid `Transfer-Encoding`", position);
            }
            if (chunked) contentLength = -1;
        }
        int major = heads.versionMajor;
        int minor = heads.versionMinor;
        boolean http11 = major > 1 || (major == 1 && minor >= 1);
        keepAlive = http11 ? !connectionClose : connectionKeepAlive;
        int status = heads.statusCode;
        boolean upgrade;
        if (request) {
            upgrade = heads.method.equals("CONNECT") || (connectionUpgrade && hasUpgrade);
        } else {
            upgrade = status == 101;
        }
        boolean noBody = !request && (status / 100 == 1 || status == 204 || status == 304);
        boolean eofBody = !request && !noBody && !chunked && contentLength < 0 && transferEncoding == null;
        eofBody |= !request && !noBody && !chunked && transferEncoding != null;
        if (eofBody) keepAlive = false;
        HttpHead h = new HttpHead(major, minor, request ? heads.method : null, request ? heads.url : null,
                request ? 0 : status, request ? null : heads.statusMessage, List.copyOf(f), upgrade, keepAlive);
        boolean skipBody = listener.onHead(h);
        if (upgrade && (request || status == 101)) {
            state = State.UPGRADED;
            return 0;
        }
        if (skipBody || noBody) {
            completeMessage();
        } else if (chunked) {
            state = State.CHUNK_SIZE;
            remaining = 0;
            sawChunkDigit = false;
        } else if (contentLength > 0) {
            state = State.BODY_LENGTH;
            remaining = contentLength;
        } else if (eofBody) {
            state = State.BODY_EOF;
        } else {
            completeMessage();
        }
        return 0;
    }

    /** Content-Length's value: digits only; -1 for a bad character, -2 for overflow. */
    private static long parseContentLength(String value) {
        if (value.isEmpty()) return -1;
        long n = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') return -1;
            if (n > (Long.MAX_VALUE - 9) / 10) return -2;
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** One byte of chunk framing (size line, extensions, CRLF after data); false on error (in {@link #error}). */
    private boolean chunkFraming(byte c) {
        switch (state) {
            case CHUNK_SIZE -> {
                int digit = Character.digit(c, 16);
                if (digit >= 0) {
                    if (remaining > (Long.MAX_VALUE >> 4)) return chunkError("INVALID_CHUNK_SIZE", "Chunk size overflow");
                    remaining = remaining * 16 + digit;
                    sawChunkDigit = true;
                } else if (!sawChunkDigit) {
                    return chunkError("INVALID_CHUNK_SIZE", "Invalid character in chunk size");
                } else if (c == ';' || c == ' ' || c == '\t') {
                    state = State.CHUNK_EXT;
                } else if (c == '\r') {
                    state = State.CHUNK_SIZE_LF;
                } else {
                    return chunkError("INVALID_CHUNK_SIZE", "Invalid character in chunk size");
                }
            }
            case CHUNK_EXT -> {
                if (c == '\r') state = State.CHUNK_SIZE_LF;
                else if (c == '\n' || (c >= 0 && c < 0x20 && c != '\t') || c == 0x7f) {
                    return chunkError("STRICT", "Invalid character in chunk extensions");
                }
            }
            case CHUNK_SIZE_LF -> {
                if (c != '\n') return chunkError("STRICT", "Expected LF after chunk size");
                if (remaining == 0) {
                    state = State.TRAILERS;
                    headLength = 0;
                } else {
                    state = State.CHUNK_DATA;
                }
            }
            case CHUNK_DATA_CR -> {
                if (c != '\r') return chunkError("STRICT", "Expected LF after chunk data");
                state = State.CHUNK_DATA_LF;
            }
            case CHUNK_DATA_LF -> {
                if (c != '\n') return chunkError("STRICT", "Expected LF after chunk data");
                state = State.CHUNK_SIZE;
                remaining = 0;
                sawChunkDigit = false;
            }
            default -> throw new IllegalStateException(state.name());
        }
        return true;
    }

    private boolean chunkError(String code, String reason) {
        error = new HttpParseError(code, reason, 0);
        return false;
    }

    private void completeMessage() {
        state = State.HEAD;
        headLength = 0;
        listener.onMessageComplete();
    }
}
