package org.node4j.dns;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Domain names on the wire: written as length-prefixed labels (no compression, as a resolver's query needs none)
 * and read with compression pointers followed, guarding against pointer loops. Text uses node's escaping: a dot or
 * backslash inside a label is written {@code \.} / {@code \\}, other unprintable bytes as {@code \DDD}.
 */
public final class DnsName {
    private static final int MAX_LABEL = 63;
    private static final int MAX_NAME = 255;

    private DnsName() {
    }

    /** Appends {@code name} ("example.com", an optional final dot) as labels ending in the root label. */
    public static void write(String name, ByteArrayOutputStream out) throws DnsFormatException {
        byte[] text = name.getBytes(StandardCharsets.UTF_8);
        int end = text.length;
        if (end > 0 && text[end - 1] == '.' && (end < 2 || text[end - 2] != '\\')) end--;
        int total = 1;
        ByteArrayOutputStream label = new ByteArrayOutputStream();
        for (int i = 0; i <= end; i++) {
            if (i == end || text[i] == '.') {
                if (label.size() == 0) {
                    if (end == 0) break;
                    throw new DnsFormatException("empty label");
                }
                if (label.size() > MAX_LABEL) throw new DnsFormatException("label too long");
                total += label.size() + 1;
                out.write(label.size());
                out.writeBytes(label.toByteArray());
                label.reset();
                continue;
            }
            if (text[i] == '\\' && i + 1 < end) {
                i++;
                if (Character.isDigit(text[i]) && i + 2 < end) {
                    label.write((text[i] - '0') * 100 + (text[i + 1] - '0') * 10 + (text[i + 2] - '0'));
                    i += 2;
                } else {
                    label.write(text[i]);
                }
                continue;
            }
            label.write(text[i]);
        }
        if (total > MAX_NAME) throw new DnsFormatException("name too long");
        out.write(0);
    }

    /** A name read at a message position; {@code end} is where the bytes after it start. */
    public record Read(String name, int end) {
    }

    public static Read read(byte[] msg, int at) throws DnsFormatException {
        StringBuilder name = new StringBuilder();
        int end = -1;
        int pos = at;
        int jumps = 0;
        while (true) {
            if (pos >= msg.length) throw new DnsFormatException("name past the end");
            int len = msg[pos] & 0xff;
            if ((len & 0xc0) == 0xc0) {
                if (pos + 1 >= msg.length) throw new DnsFormatException("pointer past the end");
                if (++jumps > MAX_NAME) throw new DnsFormatException("pointer loop");
                if (end < 0) end = pos + 2;
                pos = ((len & 0x3f) << 8) | (msg[pos + 1] & 0xff);
                continue;
            }
            if ((len & 0xc0) != 0) throw new DnsFormatException("bad label type");
            if (len == 0) {
                if (end < 0) end = pos + 1;
                return new Read(name.toString(), end);
            }
            if (pos + 1 + len > msg.length) throw new DnsFormatException("label past the end");
            if (!name.isEmpty()) name.append('.');
            appendLabel(msg, pos + 1, len, name);
            if (name.length() > 4 * MAX_NAME) throw new DnsFormatException("name too long");
            pos += 1 + len;
        }
    }

    private static void appendLabel(byte[] msg, int from, int len, StringBuilder out) {
        for (int i = from; i < from + len; i++) {
            int b = msg[i] & 0xff;
            if (b == '.' || b == '\\') {
                out.append('\\').append((char) b);
            } else if (b < 0x21 || b > 0x7e) {
                out.append('\\').append((char) ('0' + b / 100)).append((char) ('0' + b / 10 % 10))
                        .append((char) ('0' + b % 10));
            } else {
                out.append((char) b);
            }
        }
    }
}
