package org.node4j.crypto;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** The little of DER (X.690) that key codecs need: reading TLVs and writing them. */
public final class Der {
    public static final int INTEGER = 0x02;
    public static final int BIT_STRING = 0x03;
    public static final int OCTET_STRING = 0x04;
    public static final int NULL = 0x05;
    public static final int OID = 0x06;
    public static final int SEQUENCE = 0x30;

    /** One element: its tag and content. */
    public record Element(int tag, byte[] content) {
        public List<Element> children() {
            return parseAll(content);
        }

        public BigInteger integer() {
            return new BigInteger(content);
        }

        public String oid() {
            return decodeOid(content);
        }

        /** A BIT STRING's bits (no unused bits in keys). */
        public byte[] bits() {
            byte[] b = new byte[content.length - 1];
            System.arraycopy(content, 1, b, 0, b.length);
            return b;
        }

        public byte[] encoded() {
            return encode(tag, content);
        }
    }

    private Der() {
    }

    /** The single element {@code der} holds; throws IllegalArgumentException if it is not exactly one. */
    public static Element parse(byte[] der) {
        List<Element> all = parseAll(der);
        if (all.size() != 1) throw new IllegalArgumentException("not one DER element");
        return all.get(0);
    }

    public static List<Element> parseAll(byte[] der) {
        List<Element> out = new ArrayList<>();
        int pos = 0;
        while (pos < der.length) {
            if (pos + 2 > der.length) throw new IllegalArgumentException("truncated");
            int tag = der[pos++] & 0xff;
            int len = der[pos++] & 0xff;
            if (len >= 0x80) {
                int n = len & 0x7f;
                if (n == 0 || n > 4 || pos + n > der.length) throw new IllegalArgumentException("bad length");
                len = 0;
                for (int i = 0; i < n; i++) len = (len << 8) | (der[pos++] & 0xff);
            }
            if (len < 0 || pos + len > der.length) throw new IllegalArgumentException("truncated");
            byte[] content = new byte[len];
            System.arraycopy(der, pos, content, 0, len);
            pos += len;
            out.add(new Element(tag, content));
        }
        return out;
    }

    public static byte[] encode(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 6);
        out.write(tag);
        int len = content.length;
        if (len < 0x80) {
            out.write(len);
        } else {
            int n = len > 0xffffff ? 4 : len > 0xffff ? 3 : len > 0xff ? 2 : 1;
            out.write(0x80 | n);
            for (int i = n - 1; i >= 0; i--) out.write(len >>> (8 * i));
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    public static byte[] sequence(byte[]... parts) {
        return encode(SEQUENCE, concat(parts));
    }

    public static byte[] integer(BigInteger v) {
        return encode(INTEGER, v.toByteArray());
    }

    public static byte[] integer(long v) {
        return integer(BigInteger.valueOf(v));
    }

    public static byte[] octets(byte[] v) {
        return encode(OCTET_STRING, v);
    }

    public static byte[] bits(byte[] v) {
        byte[] c = new byte[v.length + 1];
        System.arraycopy(v, 0, c, 1, v.length);
        return encode(BIT_STRING, c);
    }

    public static byte[] nul() {
        return new byte[] {NULL, 0};
    }

    public static byte[] explicit(int number, byte[] inner) {
        return encode(0xa0 | number, inner);
    }

    public static byte[] oid(String dotted) {
        String[] parts = dotted.split("\\.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeBase128(out, Long.parseLong(parts[0]) * 40 + Long.parseLong(parts[1]));
        for (int i = 2; i < parts.length; i++) writeBase128(out, Long.parseLong(parts[i]));
        return encode(OID, out.toByteArray());
    }

    private static void writeBase128(ByteArrayOutputStream out, long v) {
        int groups = 1;
        for (long t = v >>> 7; t != 0; t >>>= 7) groups++;
        for (int i = groups - 1; i >= 0; i--) {
            int b = (int) ((v >>> (7 * i)) & 0x7f);
            out.write(i == 0 ? b : b | 0x80);
        }
    }

    static String decodeOid(byte[] c) {
        StringBuilder sb = new StringBuilder();
        long v = 0;
        boolean first = true;
        for (byte b : c) {
            v = (v << 7) | (b & 0x7f);
            if ((b & 0x80) == 0) {
                if (first) {
                    long a = Math.min(v / 40, 2);
                    sb.append(a).append('.').append(v - a * 40);
                    first = false;
                } else {
                    sb.append('.').append(v);
                }
                v = 0;
            }
        }
        return sb.toString();
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    /** An unsigned big-endian integer of exactly {@code length} bytes. */
    public static byte[] unsigned(BigInteger v, int length) {
        byte[] raw = v.toByteArray();
        byte[] out = new byte[length];
        int copy = Math.min(raw.length, length);
        System.arraycopy(raw, raw.length - copy, out, length - copy, copy);
        return out;
    }
}
