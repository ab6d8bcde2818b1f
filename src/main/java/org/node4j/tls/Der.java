package org.node4j.tls;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Arrays;

/** The few DER encodings and the reader the key wrappers and certificate descriptions need. */
final class Der {
    private Der() {
    }

    static byte[] sequence(byte[]... parts) {
        return tagged(0x30, concat(parts));
    }

    static byte[] integer(long v) {
        return tagged(0x02, BigInteger.valueOf(v).toByteArray());
    }

    static byte[] nul() {
        return new byte[] {0x05, 0x00};
    }

    static byte[] octetString(byte[] content) {
        return tagged(0x04, content);
    }

    static byte[] oid(String dotted) {
        String[] arcs = dotted.split("\\.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(Integer.parseInt(arcs[0]) * 40 + Integer.parseInt(arcs[1]));
        for (int i = 2; i < arcs.length; i++) {
            long arc = Long.parseLong(arcs[i]);
            int shift = (63 - Long.numberOfLeadingZeros(arc | 1)) / 7 * 7;
            for (; shift > 0; shift -= 7) out.write((int) (0x80 | (arc >>> shift) & 0x7F));
            out.write((int) (arc & 0x7F));
        }
        return tagged(0x06, out.toByteArray());
    }

    /** The dotted form of an OID's content octets. */
    static String oidString(byte[] content) {
        StringBuilder sb = new StringBuilder();
        long arc = 0;
        boolean first = true;
        for (byte b : content) {
            arc = (arc << 7) | (b & 0x7F);
            if ((b & 0x80) != 0) continue;
            if (first) {
                int top = (int) Math.min(arc / 40, 2);
                sb.append(top).append('.').append(arc - top * 40L);
                first = false;
            } else {
                sb.append('.').append(arc);
            }
            arc = 0;
        }
        return sb.toString();
    }

    static byte[] tagged(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 6);
        out.write(tag);
        int n = content.length;
        if (n < 0x80) {
            out.write(n);
        } else {
            int bytes = (32 - Integer.numberOfLeadingZeros(n) + 7) / 8;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) out.write(n >>> (i * 8));
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    /** Reads the elements of a DER value one after another. */
    static final class Reader {
        record Element(int tag, byte[] content, byte[] encoded) {
        }

        private final byte[] data;
        private int at;

        Reader(byte[] data) {
            this.data = data;
        }

        boolean hasMore() {
            return at < data.length;
        }

        Element next() {
            int start = at;
            if (at + 2 > data.length) throw new IllegalArgumentException("truncated DER");
            int tag = data[at++] & 0xFF;
            int len = data[at++] & 0xFF;
            if (len >= 0x80) {
                int bytes = len & 0x7F;
                len = 0;
                for (int i = 0; i < bytes; i++) len = (len << 8) | (data[at++] & 0xFF);
            }
            if (len < 0 || at + len > data.length) throw new IllegalArgumentException("truncated DER");
            byte[] content = Arrays.copyOfRange(data, at, at + len);
            at += len;
            return new Element(tag, content, Arrays.copyOfRange(data, start, at));
        }

        /** A reader over the content of the next element (a SEQUENCE or SET). */
        Reader sequence() {
            return new Reader(next().content());
        }
    }
}
