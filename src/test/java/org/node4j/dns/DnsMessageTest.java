package org.node4j.dns;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DnsMessageTest {
    /** A response to {@code query} with the given answer records (owner: a pointer to the question). */
    private static byte[] response(byte[] query, int flags, byte[]... records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(query[0]);
        out.write(query[1]);
        out.write(flags >> 8);
        out.write(flags);
        out.writeBytes(new byte[] {0, 1, 0, (byte) records.length, 0, 0, 0, 0});
        out.write(query, 12, query.length - 12);
        for (byte[] r : records) out.writeBytes(r);
        return out.toByteArray();
    }

    private static byte[] record(int type, int ttl, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xc0, 12, 0, (byte) type, 0, 1});
        out.writeBytes(new byte[] {(byte) (ttl >>> 24), (byte) (ttl >>> 16), (byte) (ttl >>> 8), (byte) ttl});
        out.write(data.length >> 8);
        out.write(data.length);
        out.writeBytes(data);
        return out.toByteArray();
    }

    private static byte[] record(int type, int ttl, int... data) {
        byte[] bytes = new byte[data.length];
        for (int i = 0; i < data.length; i++) bytes[i] = (byte) data[i];
        return record(type, ttl, bytes);
    }

    @Test
    void encodesAQueryWithRecursionDesired() throws DnsFormatException {
        byte[] q = DnsQuery.encode(0x1234, "a.io", DnsType.MX);
        assertArrayEquals(new byte[] {0x12, 0x34, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 'a', 2, 'i', 'o', 0, 0, 15, 0, 1}, q);
    }

    @Test
    void decodesAddressesWithTtls() throws DnsFormatException {
        byte[] q = DnsQuery.encode(7, "x.test", DnsType.A);
        DnsResponse r = DnsResponse.decode(response(q, 0x8180, record(1, 300, 10, 0, 0, 1),
                record(1, -1, 192, 0, 2, 1)));
        assertEquals(7, r.id());
        assertEquals("x.test", r.questionName());
        assertEquals(List.of(Map.of("address", "10.0.0.1", "ttl", 300.0), Map.of("address", "192.0.2.1",
                "ttl", 4294967295.0)), DnsAnswers.shape(r, DnsType.A, true));
        assertEquals(List.of("10.0.0.1", "192.0.2.1"), DnsAnswers.shape(r, DnsType.A, false));
    }

    @Test
    void decodesIpv6AsInetNtopWritesIt() throws DnsFormatException {
        byte[] q = DnsQuery.encode(1, "x", DnsType.AAAA);
        byte[] v6 = new byte[16];
        v6[0] = 0x20;
        v6[1] = 0x01;
        v6[15] = 1;
        DnsResponse r = DnsResponse.decode(response(q, 0x8180, record(28, 1, v6)));
        assertEquals(List.of("2001::1"), DnsAnswers.shape(r, DnsType.AAAA, false));
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        mapped[12] = 1;
        mapped[15] = 4;
        assertEquals("::ffff:1.0.0.4", Ipv6Text.format(mapped));
        assertEquals("::", Ipv6Text.format(new byte[16]));
    }

    @Test
    void shapesMxTxtAndSoa() throws DnsFormatException {
        byte[] q = DnsQuery.encode(2, "x", DnsType.MX);
        DnsResponse mx = DnsResponse.decode(response(q, 0x8180, record(15, 1, 0, 10, 2, 'm', 'x', 0)));
        assertEquals(List.of(Map.of("exchange", "mx", "priority", 10)), DnsAnswers.shape(mx, DnsType.MX, false));
        DnsResponse txt = DnsResponse.decode(response(q, 0x8180, record(16, 1, 2, 'h', 'i', 1, '!')));
        assertEquals(List.of(List.of("hi", "!")), DnsAnswers.shape(txt, DnsType.TXT, false));
        byte[] soa = {1, 'n', 0, 1, 'h', 0, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 4, 0, 0, 0, 5};
        Object shaped = DnsAnswers.shape(DnsResponse.decode(response(q, 0x8180, record(6, 1, soa))), DnsType.SOA, false);
        assertEquals(Map.of("nsname", "n", "hostmaster", "h", "serial", 1.0, "refresh", 2.0, "retry", 3.0,
                "expire", 4.0, "minttl", 5.0), shaped);
    }

    @Test
    void followsCnamesToTheAddresses() throws DnsFormatException {
        byte[] q = DnsQuery.encode(3, "alias", DnsType.A);
        byte[] cname = record(5, 1, 4, 'r', 'e', 'a', 'l', 0);
        byte[] a = {4, 'r', 'e', 'a', 'l', 0, 0, 1, 0, 1, 0, 0, 0, 1, 0, 4, 1, 2, 3, 4};
        DnsResponse r = DnsResponse.decode(response(q, 0x8180, cname, a));
        assertEquals(List.of("1.2.3.4"), DnsAnswers.shape(r, DnsType.A, false));
    }

    @Test
    void mapsRcodesAndEmptyAnswersToCaresCodes() throws DnsFormatException {
        byte[] q = DnsQuery.encode(4, "x", DnsType.A);
        assertEquals("ENOTFOUND", DnsAnswers.shape(DnsResponse.decode(response(q, 0x8183)), DnsType.A, false));
        assertEquals("ESERVFAIL", DnsAnswers.shape(DnsResponse.decode(response(q, 0x8182)), DnsType.A, false));
        assertEquals("ENODATA", DnsAnswers.shape(DnsResponse.decode(response(q, 0x8180)), DnsType.A, false));
        assertTrue(DnsResponse.decode(response(q, 0x8380)).truncated());
    }

    @Test
    void rejectsBrokenMessages() {
        assertThrows(DnsFormatException.class, () -> DnsResponse.decode(new byte[5]));
        byte[] q;
        try {
            q = DnsQuery.encode(5, "x", DnsType.A);
        } catch (DnsFormatException e) {
            throw new AssertionError(e);
        }
        byte[] shortAddress = response(q, 0x8180, record(1, 1, 1, 2));
        assertThrows(DnsFormatException.class, () -> DnsResponse.decode(shortAddress));
        byte[] claimsMore = response(q, 0x8180, record(1, 1, 1, 2, 3, 4));
        claimsMore[7] = 3;
        assertThrows(DnsFormatException.class, () -> DnsResponse.decode(claimsMore));
    }

    @Test
    void readsResolvConf() {
        ResolvConf conf = ResolvConf.parse(List.of("# c", "nameserver 10.0.0.1", "nameserver fe80::1%eth0",
                "options timeout:2 attempts:3 rotate"));
        assertEquals(List.of(new DnsServer("10.0.0.1", 53), new DnsServer("fe80::1", 53)), conf.servers());
        assertEquals(2000, conf.timeoutMs());
        assertEquals(3, conf.tries());
        assertEquals(List.of(new DnsServer("127.0.0.1", 53)), ResolvConf.parse(List.of()).servers());
    }
}
