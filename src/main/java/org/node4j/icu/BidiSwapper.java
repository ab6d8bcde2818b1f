package org.node4j.icu;

/**
 * Bidi/shaping properties (ubidi.icu), dataFormat "BiDi", formatVersion 2. After the header: int32
 * indexes[indexes[0]] ([1] total length, [2] trie size, [3] mirrors count, [4]/[5] Joining_Group range 1,
 * [6]/[7] range 2), the trie, uint32 mirrors[], then the two uint8 Joining_Group arrays.
 */
public record BidiSwapper() implements FormatSwapper {
    @Override
    public String dataFormat() {
        return "BiDi";
    }

    @Override
    public int[] formatVersions() {
        return new int[] {2};
    }

    @Override
    public int swap(Swap s, int start, int length) {
        int headerSize = header(s, start);
        int p = start + headerSize;
        FormatSwapper.checkLength("BiDi indexes", 64, length - headerSize);
        int indexTop = s.i32(p), size = s.i32(p + 4), trieSize = s.i32(p + 8), mirrorLength = s.i32(p + 12);
        int jg = s.i32(p + 20) - s.i32(p + 16), jg2 = s.i32(p + 28) - s.i32(p + 24);
        FormatSwapper.checkLength("BiDi data", size, length - headerSize);
        int offset = 4 * indexTop;
        s.swap32(p, offset);
        Tries.swapAny(s, p + offset, trieSize);
        offset += trieSize;
        s.swap32(p + offset, 4 * mirrorLength);
        offset += 4 * mirrorLength + jg + jg2;
        if (offset != size) {
            throw new IcuDataException("BiDi: sections end at " + offset + ", not at " + size);
        }
        return headerSize + size;
    }
}
