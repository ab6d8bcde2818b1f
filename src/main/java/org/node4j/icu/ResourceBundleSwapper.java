package org.node4j.icu;

import java.nio.charset.StandardCharsets;
import java.util.BitSet;

/**
 * Resource bundles, dataFormat "ResB", formatVersion 1.1+, 2 and 3.
 *
 * <p>After the data header the bundle is an array of 32-bit words: word 0 is the root Resource, words
 * 1..indexLength the indexes[] (indexes[0]&amp;0xff = indexLength, [1] keysTop, [3] bundleTop,
 * [4] maxTableLength, [6] 16-bit top, all in words). Then come the key strings (invariant chars, up to
 * keysTop), the 16-bit units (strings v2, table16, array16; keysTop..16-bit top) and the 32-bit resources,
 * which are found only by walking the tree from the root. A Resource is type&lt;&lt;28 | offset (in words):
 * <ul>
 * <li>0 string / 3 alias: int32 length, UChar[length+1]</li>
 * <li>1 binary: int32 length, bytes (collation binaries under the key "%%CollationBin" are swapped as UCol)</li>
 * <li>2 table: uint16 count, uint16 keyOffset[count], padding to 32 bits, Resource[count]</li>
 * <li>4 table32: int32 count, int32 keyOffset[count], Resource[count]</li>
 * <li>8 array: int32 count, Resource[count]</li>
 * <li>14 int vector: int32 count, int32[count]</li>
 * <li>5 table16, 6 string v2, 7 int, 9 array16: immediate values or 16-bit units, swapped with that block</li>
 * </ul>
 * Offset 0 is the shared empty item. Keys of pool-bundle tables (16-bit key offsets at or above the local key
 * limit, negative 32-bit ones) are not local; a binary under such a key is swapped as collation data only if
 * it carries a UCol data header.
 */
public record ResourceBundleSwapper() implements FormatSwapper {
    private static final int NO_KEY = -1, UNKNOWN_KEY = -2;
    private static final byte[] COLLATION_BIN_KEY = "%%CollationBin".getBytes(StandardCharsets.US_ASCII);

    @Override
    public String dataFormat() {
        return "ResB";
    }

    @Override
    public int[] formatVersions() {
        return new int[] {1, 2, 3};
    }

    @Override
    public int swap(Swap s, int start, int length) {
        DataHeader h = DataHeader.read(s.in, start);
        h.require("ResB", 1, 2, 3);
        if (h.fv(0) == 1 && h.fv(1) < 1) {
            throw new IcuDataException("ResB formatVersion 1.0 (without indexes) is not supported");
        }
        int headerSize = DataHeader.swap(s, start);
        int base = start + headerSize;
        int bundleWords = (length - headerSize) / 4;
        if (bundleWords < 6) {
            throw new IcuDataException("resource bundle too short");
        }
        int rootRes = s.i32(base);
        int indexLength = s.i32(base + 4) & 0xff;
        if (indexLength <= 4) {
            throw new IcuDataException("too few resource bundle indexes: " + indexLength);
        }
        int keysBottom = 1 + indexLength;
        int keysTop = s.i32(base + 4 * 2);
        int resBottom = indexLength > 6 ? s.i32(base + 4 * 7) : keysTop;
        int top = s.i32(base + 4 * 4);
        if (top > bundleWords || keysTop < keysBottom || resBottom < keysTop || top < resBottom) {
            throw new IcuDataException("inconsistent resource bundle indexes");
        }
        int localKeyLimit = keysTop > keysBottom ? keysTop << 2 : 0;

        s.copy(base, 4 * top);               // keys are invariant characters: copied as they are
        s.swap16(base + 4 * keysTop, 4 * (resBottom - keysTop));
        new Walker(s, base, top, localKeyLimit).resource(rootRes, NO_KEY);
        s.swap32(base, 4 * keysBottom);      // root resource and indexes[]
        return headerSize + 4 * top;
    }

    private record Walker(Swap s, int base, int top, int localKeyLimit, BitSet done) {
        Walker(Swap s, int base, int top, int localKeyLimit) {
            this(s, base, top, localKeyLimit, new BitSet(top));
        }

        void resource(int res, int key) {
            int type = res >>> 28;
            switch (type) {
                case 5, 6, 7, 9 -> {
                    return; // 16-bit units or an immediate integer
                }
                default -> {
                }
            }
            int offset = res & 0x0fffffff;
            if (offset == 0 || done.get(offset)) {
                return;
            }
            if (offset >= top) {
                throw new IcuDataException("resource offset " + offset + " beyond bundle top " + top);
            }
            done.set(offset);
            int p = base + 4 * offset;
            switch (type) {
                case 0, 3 -> { // string, alias
                    int count = s.i32(p);
                    s.swap32(p, 4);
                    s.swap16(p + 4, 2 * count);
                }
                case 1 -> { // binary
                    int count = s.i32(p);
                    s.swap32(p, 4);
                    if (key != NO_KEY && (key == UNKNOWN_KEY ? looksLikeCollation(p + 4, count) : isCollationKey(key))) {
                        new CollationSwapper().swap(s, p + 4, count);
                    }
                }
                case 2 -> { // table with 16-bit key offsets
                    int count = s.u16(p);
                    s.swap16(p, 2);
                    int items = base + 4 * (offset + (1 + count + 1) / 2);
                    for (int i = 0; i < count; ++i) {
                        int keyOffset = s.u16(p + 2 + 2 * i);
                        resource(s.i32(items + 4 * i), keyOffset < localKeyLimit ? keyOffset : UNKNOWN_KEY);
                    }
                    s.swap16(p + 2, 2 * count);
                    s.swap32(items, 4 * count);
                }
                case 4 -> { // table32
                    int count = s.i32(p);
                    s.swap32(p, 4);
                    int items = p + 4 + 4 * count;
                    for (int i = 0; i < count; ++i) {
                        int keyOffset = s.i32(p + 4 + 4 * i);
                        resource(s.i32(items + 4 * i), keyOffset >= 0 ? keyOffset : UNKNOWN_KEY);
                    }
                    s.swap32(p + 4, 8 * count);
                }
                case 8 -> { // array
                    int count = s.i32(p);
                    s.swap32(p, 4);
                    for (int i = 0; i < count; ++i) {
                        resource(s.i32(p + 4 + 4 * i), NO_KEY);
                    }
                    s.swap32(p + 4, 4 * count);
                }
                case 14 -> { // int vector
                    int count = s.i32(p);
                    s.swap32(p, 4 * (1 + count));
                }
                default -> throw new IcuDataException("unknown resource type " + type);
            }
        }

        private boolean isCollationKey(int keyOffset) {
            int k = base + keyOffset;
            for (int i = 0; i < COLLATION_BIN_KEY.length; ++i) {
                if (s.in[k + i] != COLLATION_BIN_KEY[i]) {
                    return false;
                }
            }
            return s.in[k + COLLATION_BIN_KEY.length] == 0;
        }

        private boolean looksLikeCollation(int p, int count) {
            if (count < 32 || (s.in[p + 2] & 0xff) != DataHeader.MAGIC1 || (s.in[p + 3] & 0xff) != DataHeader.MAGIC2) {
                return false;
            }
            DataHeader h = DataHeader.read(s.in, p);
            return h.dataFormat().equals("UCol") && h.bigEndian() == s.inBig;
        }
    }
}
