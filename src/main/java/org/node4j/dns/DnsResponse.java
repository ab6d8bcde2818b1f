package org.node4j.dns;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A decoded response: the header fields a resolver acts on, the first question (to match the response to its
 * query) and the answer section's records. Authority and additional records are not needed and not read.
 */
public record DnsResponse(int id, boolean truncated, int rcode, String questionName, int questionType,
                          List<DnsRecord> answers) {
    public static final int RCODE_FORMERR = 1;
    public static final int RCODE_SERVFAIL = 2;
    public static final int RCODE_NXDOMAIN = 3;
    public static final int RCODE_NOTIMP = 4;
    public static final int RCODE_REFUSED = 5;
    private static final int HEADER = 12;

    public static DnsResponse decode(byte[] msg) throws DnsFormatException {
        if (msg.length < HEADER) throw new DnsFormatException("short header");
        int id = u16(msg, 0);
        int flags = u16(msg, 2);
        if ((flags & 0x8000) == 0) throw new DnsFormatException("not a response");
        int questions = u16(msg, 4);
        int answerCount = u16(msg, 6);
        boolean truncated = (flags & 0x0200) != 0;
        int pos = HEADER;
        String qname = null;
        int qtype = 0;
        for (int i = 0; i < questions; i++) {
            DnsName.Read name = DnsName.read(msg, pos);
            pos = name.end() + 4;
            if (pos > msg.length) throw new DnsFormatException("question past the end");
            if (i == 0) {
                qname = name.name();
                qtype = u16(msg, pos - 4);
            }
        }
        List<DnsRecord> answers = new ArrayList<>(answerCount);
        for (int i = 0; i < answerCount; i++) {
            // A truncated response may end inside its answers: keep what is whole.
            if (truncated && pos >= msg.length) break;
            DnsName.Read owner = DnsName.read(msg, pos);
            pos = owner.end();
            if (pos + 10 > msg.length) throw new DnsFormatException("record past the end");
            int type = u16(msg, pos);
            long ttl = u32(msg, pos + 4);
            int length = u16(msg, pos + 8);
            int data = pos + 10;
            if (data + length > msg.length) throw new DnsFormatException("record data past the end");
            answers.add(new DnsRecord(owner.name(), type, ttl, data(msg, type, data, length)));
            pos = data + length;
        }
        return new DnsResponse(id, truncated, flags & 0xf, qname, qtype, answers);
    }

    private static DnsRecord.Data data(byte[] msg, int type, int at, int length) throws DnsFormatException {
        int end = at + length;
        return switch (type) {
            case DnsType.A, DnsType.AAAA -> {
                if (length != (type == DnsType.A ? 4 : 16)) throw new DnsFormatException("bad address length");
                yield new DnsRecord.Address(address(msg, at, length));
            }
            case DnsType.CNAME, DnsType.NS, DnsType.PTR -> new DnsRecord.Name(name(msg, at, end).name());
            case DnsType.MX -> {
                need(length, 3);
                yield new DnsRecord.Mx(u16(msg, at), name(msg, at + 2, end).name());
            }
            case DnsType.TXT -> new DnsRecord.Txt(strings(msg, at, end));
            case DnsType.SRV -> {
                need(length, 7);
                yield new DnsRecord.Srv(u16(msg, at), u16(msg, at + 2), u16(msg, at + 4),
                        name(msg, at + 6, end).name());
            }
            case DnsType.SOA -> {
                DnsName.Read ns = name(msg, at, end);
                DnsName.Read mbox = name(msg, ns.end(), end);
                int p = mbox.end();
                if (p + 20 > end) throw new DnsFormatException("short SOA");
                yield new DnsRecord.Soa(ns.name(), mbox.name(), u32(msg, p), u32(msg, p + 4), u32(msg, p + 8),
                        u32(msg, p + 12), u32(msg, p + 16));
            }
            case DnsType.NAPTR -> {
                need(length, 7);
                int p = at + 4;
                String[] texts = new String[3];
                for (int i = 0; i < 3; i++) {
                    if (p >= end) throw new DnsFormatException("short NAPTR");
                    int n = msg[p] & 0xff;
                    if (p + 1 + n > end) throw new DnsFormatException("short NAPTR");
                    texts[i] = new String(msg, p + 1, n, StandardCharsets.UTF_8);
                    p += 1 + n;
                }
                yield new DnsRecord.Naptr(u16(msg, at), u16(msg, at + 2), texts[0], texts[1], texts[2],
                        name(msg, p, end).name());
            }
            case DnsType.CAA -> {
                need(length, 2);
                int tagLength = msg[at + 1] & 0xff;
                if (2 + tagLength > length) throw new DnsFormatException("short CAA");
                yield new DnsRecord.Caa(msg[at] & 0xff, new String(msg, at + 2, tagLength, StandardCharsets.UTF_8),
                        new String(msg, at + 2 + tagLength, length - 2 - tagLength, StandardCharsets.UTF_8));
            }
            default -> new DnsRecord.Opaque(java.util.Arrays.copyOfRange(msg, at, end));
        };
    }

    private static DnsName.Read name(byte[] msg, int at, int end) throws DnsFormatException {
        if (at >= end) throw new DnsFormatException("missing name");
        return DnsName.read(msg, at);
    }

    private static List<String> strings(byte[] msg, int at, int end) throws DnsFormatException {
        List<String> out = new ArrayList<>();
        for (int p = at; p < end; ) {
            int n = msg[p] & 0xff;
            if (p + 1 + n > end) throw new DnsFormatException("short TXT");
            out.add(new String(msg, p + 1, n, StandardCharsets.UTF_8));
            p += 1 + n;
        }
        return out;
    }

    private static String address(byte[] msg, int at, int length) {
        byte[] raw = java.util.Arrays.copyOfRange(msg, at, at + length);
        if (length == 4) return (raw[0] & 0xff) + "." + (raw[1] & 0xff) + "." + (raw[2] & 0xff) + "." + (raw[3] & 0xff);
        return Ipv6Text.format(raw);
    }

    private static void need(int length, int min) throws DnsFormatException {
        if (length < min) throw new DnsFormatException("short record");
    }

    static int u16(byte[] b, int at) {
        return (b[at] & 0xff) << 8 | (b[at + 1] & 0xff);
    }

    static long u32(byte[] b, int at) {
        return ((long) u16(b, at) << 16) | u16(b, at + 2);
    }
}
