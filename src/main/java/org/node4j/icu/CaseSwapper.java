package org.node4j.icu;

/**
 * Case mapping properties (ucase.icu), dataFormat "cASE", formatVersion 2..4. After the header: int32
 * indexes[indexes[0]] ([1] total length, [2] trie size in bytes, [3] exceptions length and [4] unfold length
 * in uint16 units), the trie, then uint16 exceptions[] and unfold[].
 */
public record CaseSwapper() implements FormatSwapper {
    @Override
    public String dataFormat() {
        return "cASE";
    }

    @Override
    public int[] formatVersions() {
        return new int[] {2, 3, 4};
    }

    @Override
    public int swap(Swap s, int start, int length) {
        int headerSize = header(s, start);
        int p = start + headerSize;
        FormatSwapper.checkLength("cASE indexes", 64, length - headerSize);
        int indexTop = s.i32(p), size = s.i32(p + 4), trieSize = s.i32(p + 8);
        int excLength = s.i32(p + 12), unfoldLength = s.i32(p + 16);
        FormatSwapper.checkLength("cASE data", size, length - headerSize);
        int offset = 4 * indexTop;
        s.swap32(p, offset);
        Tries.swapAny(s, p + offset, trieSize);
        offset += trieSize;
        s.swap16(p + offset, 2 * (excLength + unfoldLength));
        offset += 2 * (excLength + unfoldLength);
        if (offset != size) {
            throw new IcuDataException("cASE: sections end at " + offset + ", not at " + size);
        }
        return headerSize + size;
    }
}
