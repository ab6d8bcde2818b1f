package org.node4j.icu;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;

/**
 * The ICU common data package ("CmnD", formatVersion 1): a standard data header, then the table of contents
 * {@code uint32 count; struct { uint32 nameOffset, dataOffset; } entries[count]}, with both offsets counted
 * from the start of the table of contents; the NUL-terminated item names (sorted, so ICU can binary-search
 * them) follow the entries, padded with 0xaa to 16 bytes, then the items, each starting at a multiple of 16.
 */
public final class CommonData {
    private static final int HEADER_SIZE = 32;

    private CommonData() {
    }

    /** Writes a package; {@code items} maps full names ("icudt77l/coll/root.res") to item bytes. */
    public static byte[] write(SortedMap<String, byte[]> items, boolean bigEndian) {
        int count = items.size();
        byte[][] names = new byte[count][];
        int namesLength = 0, i = 0;
        for (String name : items.keySet()) {
            names[i] = (name + '\0').getBytes(StandardCharsets.US_ASCII);
            namesLength += names[i++].length;
        }
        int tocLength = align16(4 + 8 * count + namesLength);
        long total = HEADER_SIZE + tocLength;
        for (byte[] item : items.values()) {
            total = align16((int) total) + item.length;
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw new IcuDataException("package too large");
        }
        byte[] out = new byte[(int) total];
        Swap w = new Swap(out, out, bigEndian, bigEndian);
        // data header: UDataInfo{size 20, reserved 0, isBigEndian, ASCII, sizeofUChar 2, 0, "CmnD", 1.0.0.0, 3.0.0.0}
        w.write16(0, HEADER_SIZE);
        out[2] = (byte) DataHeader.MAGIC1;
        out[3] = (byte) DataHeader.MAGIC2;
        w.write16(4, 20);
        out[8] = (byte) (bigEndian ? 1 : 0);
        out[9] = 0;
        out[10] = 2;
        System.arraycopy("CmnD".getBytes(StandardCharsets.US_ASCII), 0, out, 12, 4);
        out[16] = 1;
        out[20] = 3;
        int toc = HEADER_SIZE;
        w.write32(toc, count);
        int nameOffset = 4 + 8 * count;
        i = 0;
        for (byte[] name : names) {
            w.write32(toc + 4 + 8 * i++, nameOffset);
            System.arraycopy(name, 0, out, toc + nameOffset, name.length);
            nameOffset += name.length;
        }
        Arrays.fill(out, toc + nameOffset, toc + tocLength, (byte) 0xaa);
        int dataOffset = tocLength;
        i = 0;
        for (byte[] item : items.values()) {
            int aligned = align16(dataOffset);
            Arrays.fill(out, toc + dataOffset, toc + aligned, (byte) 0xaa);
            w.write32(toc + 8 + 8 * i++, aligned);
            System.arraycopy(item, 0, out, toc + aligned, item.length);
            dataOffset = aligned + item.length;
        }
        return out;
    }

    /** Reads a package into name → item bytes, in table-of-contents order. */
    public static Map<String, byte[]> read(byte[] dat) {
        DataHeader h = DataHeader.read(dat, 0);
        if (!h.dataFormat().equals("CmnD") || h.fv(0) != 1) {
            throw new IcuDataException("not a common data package: " + h.dataFormat());
        }
        Swap r = new Swap(dat, dat, h.bigEndian(), h.bigEndian());
        int toc = h.headerSize();
        int count = r.i32(toc);
        Map<String, byte[]> items = new LinkedHashMap<>();
        for (int i = 0; i < count; ++i) {
            int nameStart = toc + r.i32(toc + 4 + 8 * i);
            int nameEnd = nameStart;
            while (dat[nameEnd] != 0) {
                ++nameEnd;
            }
            int start = toc + r.i32(toc + 8 + 8 * i);
            int end = i + 1 < count ? toc + r.i32(toc + 16 + 8 * i) : dat.length;
            items.put(new String(dat, nameStart, nameEnd - nameStart, StandardCharsets.US_ASCII),
                    Arrays.copyOfRange(dat, start, end));
        }
        return items;
    }

    static int align16(int n) {
        return (n + 15) & ~15;
    }
}
