package org.node4j.http;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HttpParserTest {
    /** Records what the parser reports as text lines. */
    private static final class Recorder implements HttpParser.Listener {
        final List<String> log = new ArrayList<>();
        ByteBuffer input;
        boolean skipBodies;

        @Override
        public boolean onHead(HttpHead h) {
            log.add("head " + (h.method() != null ? h.method() + " " + h.url() : h.statusCode() + " " + h.statusMessage())
                    + " " + h.versionMajor() + "." + h.versionMinor() + " " + h.headers()
                    + (h.keepAlive() ? " keep-alive" : " close") + (h.upgrade() ? " upgrade" : ""));
            return skipBodies;
        }

        @Override
        public void onBody(int offset, int length) {
            byte[] b = new byte[length];
            input.get(offset, b);
            String s = new String(b, StandardCharsets.ISO_8859_1);
            int last = log.size() - 1;
            if (last >= 0 && log.get(last).startsWith("body ")) log.set(last, log.get(last) + s);
            else log.add("body " + s);
        }

        @Override
        public void onTrailers(List<String> fields) {
            log.add("trailers " + fields);
        }

        @Override
        public void onMessageComplete() {
            log.add("complete");
        }
    }

    /** Feeds {@code text} in pieces of {@code step} bytes; returns the log, or the error as its last line. */
    private static List<String> parse(HttpParser.Kind kind, String text, int step, boolean finish) {
        Recorder r = new Recorder();
        HttpParser p = new HttpParser(kind, 0, r);
        byte[] all = text.getBytes(StandardCharsets.ISO_8859_1);
        for (int at = 0; at < all.length; at += step) {
            int n = Math.min(step, all.length - at);
            r.input = ByteBuffer.allocateDirect(n).put(0, all, at, n);
            if (p.execute(r.input, 0, n) < 0) {
                r.log.add("error " + p.error().nodeCode() + " " + p.error().reason());
                return r.log;
            }
        }
        if (finish && p.finish() < 0) r.log.add("error " + p.error().nodeCode() + " " + p.error().reason());
        return r.log;
    }

    private static void sameAtEverySplit(HttpParser.Kind kind, String text, List<String> expected) {
        for (int step = 1; step <= text.length(); step++) {
            assertEquals(expected, parse(kind, text, step, true), "pieces of " + step);
        }
    }

    @Test
    void pipelinedRequestsWithLengthAndChunkedBodies() {
        String text = "GET /a?b HTTP/1.1\r\nHost: x\r\nX-Y:  v w \r\n\r\n"
                + "POST /p HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello"
                + "PUT /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\nT: 1\r\n\r\n";
        sameAtEverySplit(HttpParser.Kind.REQUEST, text, List.of(
                "head GET /a?b 1.1 [Host, x, X-Y, v w] keep-alive", "complete",
                "head POST /p 1.1 [Content-Length, 5] keep-alive", "body hello", "complete",
                "head PUT /c 1.1 [Transfer-Encoding, chunked] keep-alive", "body abcde", "trailers [T, 1]",
                "complete"));
    }

    @Test
    void responsesFramedByLengthNoBodyAndConnectionEnd() {
        sameAtEverySplit(HttpParser.Kind.RESPONSE,
                "HTTP/1.1 204 No Content\r\n\r\nHTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\nok"
                        + "HTTP/1.1 200\r\n\r\nuntil the end",
                List.of("head 204 No Content 1.1 [] keep-alive", "complete",
                        "head 200 OK 1.0 [Connection, keep-alive, Content-Length, 2] keep-alive", "body ok", "complete",
                        "head 200  1.1 [] close", "body until the end", "complete"));
    }

    @Test
    void upgradeStopsParsing() {
        Recorder r = new Recorder();
        HttpParser p = new HttpParser(HttpParser.Kind.REQUEST, 0, r);
        byte[] all = "GET / HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: ws\r\n\r\nRAW".getBytes(StandardCharsets.ISO_8859_1);
        r.input = ByteBuffer.allocateDirect(all.length).put(0, all);
        assertEquals(all.length - 3, p.execute(r.input, 0, all.length));
        assertTrue(p.upgraded());
        assertEquals(List.of("head GET / 1.1 [Connection, Upgrade, Upgrade, ws] keep-alive upgrade"), r.log);
    }

    @Test
    void errorsAsNodeReportsThem() {
        String[][] cases = {
                {"FOO / HTTP/1.1\r\n\r\n", "HPE_INVALID_METHOD Invalid method encountered"},
                {"get / HTTP/1.1\r\n\r\n", "HPE_INVALID_METHOD Invalid method encountered"},
                {"GET / HTTX/1.1\r\n\r\n", "HPE_INVALID_CONSTANT Expected HTTP/, RTSP/ or ICE/"},
                {"GET / HTTP/1.x\r\n\r\n", "HPE_INVALID_VERSION Invalid minor version"},
                {"GET / HTTP/3.1\r\n\r\n", "HPE_INVALID_VERSION Invalid HTTP version"},
                {"GET / HTTP/1.1\r\nBad Header: x\r\n\r\n", "HPE_INVALID_HEADER_TOKEN Invalid header token"},
                {"GET / HTTP/1.1\r\nX: a\u0001b\r\n\r\n", "HPE_INVALID_HEADER_TOKEN Invalid header value char"},
                {"GET / HTTP/1.1\nHost: a\n\n", "HPE_INVALID_VERSION Expected CRLF after version"},
                {"GET / HTTP/1.1\r\nHost: a\n\r\n", "HPE_CR_EXPECTED Missing expected CR after header value"},
                {"GET / HTTP/1.1\r\nX: a\r\n b\r\n\r\n", "HPE_INVALID_HEADER_TOKEN Unexpected whitespace after header value"},
                {"POST / HTTP/1.1\r\nContent-Length: 1x\r\n\r\n", "HPE_INVALID_CONTENT_LENGTH Invalid character in Content-Length"},
                {"POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nab", "HPE_UNEXPECTED_CONTENT_LENGTH Duplicate Content-Length"},
                {"POST / HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
                        "HPE_INVALID_TRANSFER_ENCODING Transfer-Encoding can't be present with Content-Length"},
                {"POST / HTTP/1.1\r\nTransfer-Encoding: chunked, gzip\r\n\r\n", "HPE_INVALID_TRANSFER_ENCODING Invalid `Transfer-Encoding` header value"},
                {"POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n", "HPE_INVALID_TRANSFER_ENCODING Request has invalid `Transfer-Encoding`"},
                {"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", "HPE_INVALID_CHUNK_SIZE Invalid character in chunk size"},
                {"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nab\r\n", "HPE_STRICT Expected LF after chunk data"},
                {"GET /\u007f HTTP/1.1\r\n\r\n", "HPE_INVALID_URL Invalid char in url path"},
                {"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", "HPE_PAUSED_H2_UPGRADE Pause on PRI/Upgrade"},
                {"GET / HTTP/1.1\r\nX: " + "a".repeat(17000) + "\r\n\r\n", "HPE_HEADER_OVERFLOW Header overflow"},
        };
        for (String[] c : cases) {
            List<String> log = parse(HttpParser.Kind.REQUEST, c[0], c[0].length(), false);
            assertEquals("error " + c[1], log.getLast(), c[0]);
            List<String> bytewise = parse(HttpParser.Kind.REQUEST, c[0], 1, false);
            assertEquals("error " + c[1], bytewise.getLast(), c[0] + " byte by byte");
        }
    }

    @Test
    void statusLineErrors() {
        assertEquals("error HPE_INVALID_STATUS Invalid response status",
                parse(HttpParser.Kind.RESPONSE, "HTTP/1.1 2000 OK\r\n\r\n", 100, false).getLast());
        assertEquals("error HPE_INVALID_STATUS Invalid status code",
                parse(HttpParser.Kind.RESPONSE, "HTTP/1.1 20 OK\r\n\r\n", 100, false).getLast());
        assertEquals("error HPE_CR_EXPECTED Missing expected CR after response line",
                parse(HttpParser.Kind.RESPONSE, "HTTP/1.1 200 OK\nContent-Length: 1\n\nx", 100, false).getLast());
        assertEquals("error HPE_INVALID_EOF_STATE Invalid EOF state",
                parse(HttpParser.Kind.RESPONSE, "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab", 100, true).getLast());
    }
}
