package org.node4j.tls;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Reads the server name (SNI) from a client's first flight before any engine sees it, so a server can pick the
 * context for that name (node's SNICallback and addContext). The handshake message may span several records.
 */
public final class ClientHello {
    private ClientHello() {
    }

    /**
     * The host name the ClientHello in {@code records} (read from position to limit, left untouched) asks for:
     * null while the message is incomplete, "" when it names none or is not a ClientHello.
     */
    public static String serverName(ByteBuffer records) {
        ByteBuffer in = records.duplicate();
        ByteArrayOutputStream handshake = new ByteArrayOutputStream();
        while (true) {
            if (in.remaining() < 5) return null;
            int type = in.get() & 0xFF;
            in.getShort();
            int length = in.getShort() & 0xFFFF;
            if (type != 22) return "";
            if (in.remaining() < length) return null;
            byte[] fragment = new byte[length];
            in.get(fragment);
            handshake.writeBytes(fragment);
            byte[] h = handshake.toByteArray();
            if (h.length < 4) continue;
            if (h[0] != 1) return "";
            int messageLength = ((h[1] & 0xFF) << 16) | ((h[2] & 0xFF) << 8) | (h[3] & 0xFF);
            if (h.length < 4 + messageLength) continue;
            try {
                return fromHello(ByteBuffer.wrap(h, 4, messageLength));
            } catch (RuntimeException e) {
                return "";
            }
        }
    }

    private static String fromHello(ByteBuffer b) {
        b.position(b.position() + 2 + 32);
        skip(b, b.get() & 0xFF);
        skip(b, b.getShort() & 0xFFFF);
        skip(b, b.get() & 0xFF);
        if (b.remaining() < 2) return "";
        int end = b.position() + (b.getShort() & 0xFFFF);
        while (b.position() + 4 <= end) {
            int type = b.getShort() & 0xFFFF;
            int length = b.getShort() & 0xFFFF;
            if (type != 0) {
                skip(b, length);
                continue;
            }
            b.getShort();
            while (b.hasRemaining()) {
                int nameType = b.get() & 0xFF;
                int nameLength = b.getShort() & 0xFFFF;
                byte[] name = new byte[nameLength];
                b.get(name);
                if (nameType == 0) return new String(name, StandardCharsets.US_ASCII);
            }
            return "";
        }
        return "";
    }

    private static void skip(ByteBuffer b, int n) {
        b.position(b.position() + n);
    }
}
