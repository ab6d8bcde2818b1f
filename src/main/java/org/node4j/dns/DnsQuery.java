package org.node4j.dns;

import java.io.ByteArrayOutputStream;

/** The query a stub resolver sends: a header asking for recursion and one question of class IN. */
public final class DnsQuery {
    private static final int FLAG_RD = 0x0100;

    private DnsQuery() {
    }

    public static byte[] encode(int id, String name, int type) throws DnsFormatException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 + name.length());
        short16(out, id);
        short16(out, FLAG_RD);
        short16(out, 1);
        short16(out, 0);
        short16(out, 0);
        short16(out, 0);
        DnsName.write(name, out);
        short16(out, type);
        short16(out, DnsType.CLASS_IN);
        return out.toByteArray();
    }

    private static void short16(ByteArrayOutputStream out, int v) {
        out.write(v >>> 8 & 0xff);
        out.write(v & 0xff);
    }
}
