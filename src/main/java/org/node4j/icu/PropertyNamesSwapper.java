package org.node4j.icu;

/**
 * Property and value aliases (pnames.icu), dataFormat "pnam", formatVersion 2. After the header: int32
 * indexes[8] ([0] value maps offset, [1] bytes tries offset, [5] total size) and the int32 value maps up to
 * the bytes tries; the BytesTries and name groups are bytes.
 */
public record PropertyNamesSwapper() implements FormatSwapper {
    @Override
    public String dataFormat() {
        return "pnam";
    }

    @Override
    public int[] formatVersions() {
        return new int[] {2};
    }

    @Override
    public int swap(Swap s, int start, int length) {
        int headerSize = header(s, start);
        int p = start + headerSize;
        FormatSwapper.checkLength("pnam indexes", 32, length - headerSize);
        int bytesTriesOffset = s.i32(p + 4);
        int totalSize = s.i32(p + 20);
        FormatSwapper.checkLength("pnam data", totalSize, length - headerSize);
        s.swap32(p, bytesTriesOffset);
        return headerSize + totalSize;
    }
}
