package org.node4j.icu;

/**
 * Unicode character properties (uprops.icu), dataFormat "UPro", formatVersion 7..9. After the header: int32
 * indexes[16], then sections whose ends are given in 32-bit words by the indexes:
 * main properties trie [16, i0), props32 + exceptions uint32 [i0, i2), UChars [i2, i3), additional trie
 * [i3, i4), property vectors uint32 [i4, i6), Script_Extensions uint16 [i6, i7); formatVersion 9 (ICU 76)
 * appends the Block property trie [i7, i8). indexes[9] is the data top.
 */
public record PropsSwapper() implements FormatSwapper {
    private static final int IX_PROPS32 = 0, IX_EXCEPTIONS_TOP = 2, IX_ADDITIONAL_TRIE = 3,
            IX_ADDITIONAL_VECTORS = 4, IX_SCRIPT_EXTENSIONS = 6, IX_SCRIPT_EXTENSIONS_TOP = 7, IX_BLOCK_TRIE = 7,
            IX_BLOCK_TRIE_TOP = 8, IX_DATA_TOP = 9, INDEX_COUNT = 16;

    @Override
    public String dataFormat() {
        return "UPro";
    }

    @Override
    public int[] formatVersions() {
        return new int[] {7, 8, 9};
    }

    @Override
    public int swap(Swap s, int start, int length) {
        DataHeader h = DataHeader.read(s.in, start);
        int headerSize = header(s, start);
        int p = start + headerSize;
        FormatSwapper.checkLength("UPro indexes", 4 * INDEX_COUNT, length - headerSize);
        int[] ix = new int[INDEX_COUNT];
        for (int i = 0; i < INDEX_COUNT; ++i) {
            ix[i] = s.i32(p + 4 * i);
        }
        int dataTop = ix[IX_DATA_TOP];
        FormatSwapper.checkLength("UPro data", 4 * dataTop, length - headerSize);
        s.swap32(p, 4 * INDEX_COUNT);
        trie(s, p, INDEX_COUNT, ix[IX_PROPS32]);
        s.swap32(p + 4 * ix[IX_PROPS32], 4 * (ix[IX_EXCEPTIONS_TOP] - ix[IX_PROPS32]));
        s.swap16(p + 4 * ix[IX_EXCEPTIONS_TOP], 4 * (ix[IX_ADDITIONAL_TRIE] - ix[IX_EXCEPTIONS_TOP]));
        trie(s, p, ix[IX_ADDITIONAL_TRIE], ix[IX_ADDITIONAL_VECTORS]);
        s.swap32(p + 4 * ix[IX_ADDITIONAL_VECTORS], 4 * (ix[IX_SCRIPT_EXTENSIONS] - ix[IX_ADDITIONAL_VECTORS]));
        s.swap16(p + 4 * ix[IX_SCRIPT_EXTENSIONS], 4 * (ix[IX_SCRIPT_EXTENSIONS_TOP] - ix[IX_SCRIPT_EXTENSIONS]));
        if (h.fv(0) >= 9) {
            trie(s, p, ix[IX_BLOCK_TRIE], ix[IX_BLOCK_TRIE_TOP]);
        }
        return headerSize + 4 * dataTop;
    }

    private static void trie(Swap s, int p, int fromWord, int toWord) {
        if (toWord - fromWord >= 4) {
            Tries.swapAny(s, p + 4 * fromWord, 4 * (toWord - fromWord));
        }
    }
}
