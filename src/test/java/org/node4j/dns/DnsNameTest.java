package org.node4j.dns;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DnsNameTest {
    private static byte[] encode(String name) throws DnsFormatException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DnsName.write(name, out);
        return out.toByteArray();
    }

    @Test
    void writesLabelsEndingInTheRoot() throws DnsFormatException {
        assertArrayEquals(new byte[] {3, 'w', 'w', 'w', 1, 'x', 0}, encode("www.x"));
        assertArrayEquals(new byte[] {3, 'w', 'w', 'w', 1, 'x', 0}, encode("www.x."));
        assertArrayEquals(new byte[] {0}, encode(""));
        assertArrayEquals(new byte[] {3, 'a', '.', 'b', 0}, encode("a\\.b"));
    }

    @Test
    void rejectsWhatCannotBeEncoded() {
        assertThrows(DnsFormatException.class, () -> encode("a..b"));
        assertThrows(DnsFormatException.class, () -> encode("x".repeat(64) + ".com"));
        assertThrows(DnsFormatException.class, () -> encode(("x".repeat(60) + ".").repeat(5)));
    }

    @Test
    void followsCompressionPointers() throws DnsFormatException {
        // "example.com" at 0, then "www" + pointer to 0 at 13.
        byte[] msg = {7, 'e', 'x', 'a', 'm', 'p', 'l', 'e', 3, 'c', 'o', 'm', 0, 3, 'w', 'w', 'w', (byte) 0xc0, 0};
        DnsName.Read read = DnsName.read(msg, 13);
        assertEquals("www.example.com", read.name());
        assertEquals(19, read.end());
        assertEquals("example.com", DnsName.read(msg, 0).name());
    }

    @Test
    void rejectsPointerLoopsAndOverruns() {
        byte[] loop = {(byte) 0xc0, 0};
        assertThrows(DnsFormatException.class, () -> DnsName.read(loop, 0));
        byte[] overrun = {5, 'a', 'b'};
        assertThrows(DnsFormatException.class, () -> DnsName.read(overrun, 0));
    }

    @Test
    void escapesDotsAndUnprintableBytes() throws DnsFormatException {
        byte[] msg = {3, 'a', '.', 1, 0};
        assertEquals("a\\.\\001", DnsName.read(msg, 0).name());
    }
}
