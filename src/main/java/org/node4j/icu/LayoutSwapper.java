package org.node4j.icu;

/**
 * Text layout properties (ulayout.icu), dataFormat "Layo", formatVersion 1. After the header: int32
 * indexes[indexes[0]] where [1]..[7] are the byte offsets where the InPC, InSC, vo and reserved tries end;
 * each trie starts where the previous section ends (the first after the indexes). Empty slots are skipped.
 */
public record LayoutSwapper() implements FormatSwapper {
    private static final int IX_FIRST_TRIE_TOP = 1, IX_TRIES_TOP = 7;

    @Override
    public String dataFormat() {
        return "Layo";
    }

    @Override
    public int[] formatVersions() {
        return new int[] {1};
    }

    @Override
    public int swap(Swap s, int start, int length) {
        int headerSize = header(s, start);
        int p = start + headerSize;
        FormatSwapper.checkLength("Layo indexes", 48, length - headerSize);
        int indexesLength = s.i32(p);
        if (indexesLength < 12) {
            throw new IcuDataException("Layo: too few indexes " + indexesLength);
        }
        int size = s.i32(p + 4 * IX_TRIES_TOP);
        FormatSwapper.checkLength("Layo data", size, length - headerSize);
        int[] tops = new int[IX_TRIES_TOP + 1];
        for (int i = IX_FIRST_TRIE_TOP; i <= IX_TRIES_TOP; ++i) {
            tops[i] = s.i32(p + 4 * i);
        }
        int offset = 4 * indexesLength;
        s.swap32(p, offset);
        for (int i = IX_FIRST_TRIE_TOP; i <= IX_TRIES_TOP; ++i) {
            if (tops[i] - offset >= 16) {
                Tries.swapAny(s, p + offset, tops[i] - offset);
            }
            offset = tops[i];
        }
        return headerSize + size;
    }
}
