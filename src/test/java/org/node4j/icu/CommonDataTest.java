package org.node4j.icu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommonDataTest {

    @Test
    void packageHoldsEveryItemSortedAlignedAndLittleEndian() {
        String name = IcuTestData.name();
        assertEquals("icudt77l", name);
        byte[] dat = IcuDataPackager.buildPackage(name, IcuTestData.items());
        DataHeader h = DataHeader.read(dat, 0);
        assertEquals("CmnD", h.dataFormat());
        assertEquals(false, h.bigEndian());

        Map<String, byte[]> read = CommonData.read(dat);
        assertEquals(IcuTestData.items().size(), read.size());
        var names = new ArrayList<>(read.keySet());
        var sorted = new ArrayList<>(names);
        sorted.sort(null);
        assertEquals(sorted, names);
        assertTrue(read.containsKey(name + "/coll/root.res"));
        assertTrue(read.containsKey(name + "/uprops.icu"));

        Swap r = new Swap(dat, dat, false, false);
        int toc = h.headerSize();
        for (int i = 0; i < read.size(); ++i) {
            assertEquals(0, (toc + r.i32(toc + 8 + 8 * i)) % 16, "item " + i + " alignment");
        }
        for (var e : IcuTestData.items().entrySet()) {
            byte[] item = read.get(name + "/" + e.getKey());
            byte[] expected = Swappers.toByteOrder(e.getValue(), false);
            // the last item runs to the end of the file; others may carry alignment padding
            assertArrayEquals(expected, java.util.Arrays.copyOf(item, expected.length), e.getKey());
            assertArrayEquals(e.getValue(), Swappers.toByteOrder(java.util.Arrays.copyOf(item, expected.length), true));
        }
    }
}
