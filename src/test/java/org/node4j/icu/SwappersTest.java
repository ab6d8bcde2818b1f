package org.node4j.icu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SwappersTest {

    @Test
    void everyItemHasAKnownFormatAndRoundTrips() {
        Map<String, Integer> formats = new TreeMap<>();
        for (var e : IcuTestData.items().entrySet()) {
            byte[] be = e.getValue();
            DataHeader h = DataHeader.read(be, 0);
            assertTrue(h.bigEndian(), e.getKey());
            formats.merge(h.dataFormat() + " " + h.fv(0), 1, Integer::sum);

            byte[] le = Swappers.toByteOrder(be, false);
            DataHeader lh = DataHeader.read(le, 0);
            assertFalse(lh.bigEndian(), e.getKey());
            assertEquals(h.headerSize(), lh.headerSize(), e.getKey());
            assertEquals(h.dataFormat(), lh.dataFormat(), e.getKey());
            assertArrayEquals(h.formatVersion(), lh.formatVersion(), e.getKey());
            assertArrayEquals(h.dataVersion(), lh.dataVersion(), e.getKey());
            assertEquals(0, lh.charsetFamily());
            assertEquals(2, lh.sizeofUChar());
            assertEquals(be.length, le.length);
            assertFalse(Arrays.equals(be, le), e.getKey() + " unchanged by swapping");

            byte[] back = Swappers.toByteOrder(le, true);
            assertArrayEquals(be, back, e.getKey() + " does not round-trip");
        }
        // The jar's formats, all handled (a new one fails above with "no swapper for data format").
        assertEquals(new TreeSet<>(java.util.List.of("BiDi 2", "Brk  6", "Cfu  2", "Dict 1", "Emoj 1", "Layo 1",
                "Nrm2 5", "ResB 2", "ResB 3", "SPRP 3", "UCol 5", "UPro 9", "cASE 4", "pnam 2", "unam 1")),
                formats.keySet());
    }

    @Test
    void collationBinariesInsideBundlesAreSwapped() {
        byte[] be = IcuTestData.items().get("coll/de.res");
        byte[] le = Swappers.toByteOrder(be, false);
        int at = indexOf(le, new byte[] {(byte) 0xda, 0x27}, DataHeader.read(le, 0).headerSize());
        assertTrue(at > 0, "embedded UCol header");
        DataHeader inner = DataHeader.read(le, at - 2);
        assertEquals("UCol", inner.dataFormat());
        assertFalse(inner.bigEndian());
    }

    @Test
    void littleEndianTriesReadBack() {
        // nfc.nrm: the UCPTrie signature "Tri3" is a uint32 at indexes[0] after the header.
        byte[] le = Swappers.toByteOrder(IcuTestData.items().get("nfc.nrm"), false);
        int hs = DataHeader.read(le, 0).headerSize();
        Swap r = new Swap(le, le, false, false);
        int trie = hs + r.i32(hs);
        assertEquals(Tries.UCPTRIE_SIG, r.i32(trie));
        // uprops.icu v9: main and additional tries are UTrie2, the Block trie a UCPTrie.
        byte[] up = Swappers.toByteOrder(IcuTestData.items().get("uprops.icu"), false);
        Swap u = new Swap(up, up, false, false);
        int uhs = DataHeader.read(up, 0).headerSize();
        assertEquals(Tries.UTRIE2_SIG, u.i32(uhs + 64));
        assertEquals(Tries.UTRIE2_SIG, u.i32(uhs + 4 * u.i32(uhs + 12)));
        assertEquals(Tries.UCPTRIE_SIG, u.i32(uhs + 4 * u.i32(uhs + 28)));
    }

    @Test
    void unknownFormatsAndVersionsAreRejected() {
        byte[] item = IcuTestData.items().get("nfc.nrm").clone();
        item[16] = 9; // formatVersion 9.x
        assertThrows(IcuDataException.class, () -> Swappers.toByteOrder(item, false));
        item[12] = 'X';
        assertThrows(IcuDataException.class, () -> Swappers.toByteOrder(item, false));
        assertThrows(IcuDataException.class, () -> DataHeader.read(new byte[32], 0));
    }

    @Test
    void truncatedItemsFailCleanly() {
        byte[] be = IcuTestData.items().get("uprops.icu");
        byte[] cut = Arrays.copyOf(be, be.length / 2);
        assertThrows(IcuDataException.class, () -> Swappers.toByteOrder(cut, false));
    }

    static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = from; i + needle.length <= hay.length; ++i) {
            for (int j = 0; j < needle.length; ++j) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
