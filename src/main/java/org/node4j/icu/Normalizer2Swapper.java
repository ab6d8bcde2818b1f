package org.node4j.icu;

/**
 * Normalizer2 data (.nrm), dataFormat "Nrm2", formatVersion 1..5. After the header: int32 indexes[]
 * whose [0] is the byte offset of the trie (so indexes[0]/4 is their count); [1] offset of the 16-bit extra
 * data (mappings and compositions), [2] offset of the small-FCD bitset (bytes), [3] its end; [7] total size.
 * The trie is a UTrie2 (formatVersion 1, 2) or a UCPTrie (3+). Version 5 (ICU 76) adds indexes but keeps the
 * section layout.
 */
public record Normalizer2Swapper() implements FormatSwapper {
    private static final int IX_NORM_TRIE_OFFSET = 0, IX_EXTRA_DATA_OFFSET = 1, IX_SMALL_FCD_OFFSET = 2,
            IX_TOTAL_SIZE = 7;

    @Override
    public String dataFormat() {
        return "Nrm2";
    }

    @Override
    public int[] formatVersions() {
        return new int[] {1, 2, 3, 4, 5};
    }

    @Override
    public int swap(Swap s, int start, int length) {
        int headerSize = header(s, start);
        int p = start + headerSize;
        int avail = length - headerSize;
        FormatSwapper.checkLength("Nrm2 indexes", 4 * (IX_TOTAL_SIZE + 1), avail);
        int trieOffset = s.i32(p + 4 * IX_NORM_TRIE_OFFSET);
        int extraOffset = s.i32(p + 4 * IX_EXTRA_DATA_OFFSET);
        int smallFcdOffset = s.i32(p + 4 * IX_SMALL_FCD_OFFSET);
        int size = s.i32(p + 4 * IX_TOTAL_SIZE);
        FormatSwapper.checkLength("Nrm2 data", size, avail);
        if (!(4 * (IX_TOTAL_SIZE + 1) <= trieOffset && trieOffset <= extraOffset && extraOffset <= smallFcdOffset
                && smallFcdOffset <= size)) {
            throw new IcuDataException("Nrm2: inconsistent section offsets");
        }
        s.swap32(p, trieOffset);
        Tries.swapAny(s, p + trieOffset, extraOffset - trieOffset);
        s.swap16(p + extraOffset, smallFcdOffset - extraOffset);
        return headerSize + size;
    }
}
