package org.node4j.icu;

/**
 * Collation data, dataFormat "UCol", formatVersion 4 and 5: both coll/ucadata.icu and the tailoring binaries
 * inside coll/*.res bundles. After the header come int32 indexes[] (indexes[0] = their count); indexes
 * 5..19 are byte offsets of consecutive sections, each ending where the next begins:
 * reorder codes (int32), reorder table (bytes), trie (UTrie2), reserved, CEs (int64), reserved, CE32s
 * (uint32), root elements (uint32), contexts (UChar), unsafe-backward set (uint16), fast Latin table
 * (uint16), scripts data (uint16), compressible bytes (bytes), reserved; indexes[19] is the total size.
 * A tailoring may have fewer indexes; missing offsets mean empty sections.
 */
public record CollationSwapper() implements FormatSwapper {
    private static final int IX_REORDER_CODES = 5, IX_TRIE = 7, IX_RESERVED8 = 8, IX_CES = 9, IX_RESERVED10 = 10,
            IX_CE32S = 11, IX_ROOT_ELEMENTS = 12, IX_CONTEXTS = 13, IX_UNSAFE_BWD = 14, IX_FAST_LATIN = 15,
            IX_SCRIPTS = 16, IX_RESERVED18 = 18, IX_TOTAL_SIZE = 19;

    @Override
    public String dataFormat() {
        return "UCol";
    }

    @Override
    public int[] formatVersions() {
        return new int[] {4, 5};
    }

    @Override
    public int swap(Swap s, int start, int length) {
        int headerSize = header(s, start);
        int p = start + headerSize;
        int avail = length - headerSize;
        FormatSwapper.checkLength("UCol indexes", 8, avail);
        int indexesLength = s.i32(p);
        FormatSwapper.checkLength("UCol indexes", indexesLength * 4, avail);
        int[] ix = new int[IX_TOTAL_SIZE + 1];
        for (int i = 0; i <= IX_TOTAL_SIZE; ++i) {
            ix[i] = i < indexesLength ? s.i32(p + 4 * i) : -1;
        }
        int size;
        if (indexesLength > IX_TOTAL_SIZE) {
            size = ix[IX_TOTAL_SIZE];
        } else if (indexesLength > IX_REORDER_CODES) {
            size = ix[indexesLength - 1];
        } else {
            size = indexesLength * 4;
        }
        FormatSwapper.checkLength("UCol data", size, avail);
        s.swap32(p, indexesLength * 4);
        section(s, p, ix, IX_REORDER_CODES, 4);
        int trieLength = ix[IX_TRIE + 1] - ix[IX_TRIE];
        if (trieLength > 0) {
            Tries.swapUTrie2(s, p + ix[IX_TRIE], trieLength);
        }
        for (int reserved : new int[] {IX_RESERVED8, IX_RESERVED10, IX_RESERVED18}) {
            if (ix[reserved + 1] - ix[reserved] > 0) {
                throw new IcuDataException("UCol: unknown data in reserved section " + reserved);
            }
        }
        section(s, p, ix, IX_CES, 8);
        section(s, p, ix, IX_CE32S, 4);
        section(s, p, ix, IX_ROOT_ELEMENTS, 4);
        section(s, p, ix, IX_CONTEXTS, 2);
        section(s, p, ix, IX_UNSAFE_BWD, 2);
        section(s, p, ix, IX_FAST_LATIN, 2);
        section(s, p, ix, IX_SCRIPTS, 2);
        return headerSize + size;
    }

    private static void section(Swap s, int p, int[] ix, int index, int unit) {
        int len = ix[index + 1] - ix[index];
        if (len <= 0) {
            return;
        }
        int off = p + ix[index];
        switch (unit) {
            case 2 -> s.swap16(off, len);
            case 4 -> s.swap32(off, len);
            default -> s.swap64(off, len);
        }
    }
}
