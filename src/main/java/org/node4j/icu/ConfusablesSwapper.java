package org.node4j.icu;

/**
 * Spoof-checker confusables (confusables.cfu), dataFormat "Cfu ", formatVersion 2. After the data header
 * comes the SpoofDataHeader: uint32 magic 0x3845fdef, uint8 formatVersion[4], then 22 int32 (length, offset
 * and count of the int32 keys, of the uint16 string index, of the UChar string table, 15 unused). The
 * sections follow at their byte offsets.
 */
public record ConfusablesSwapper() implements FormatSwapper {
    private static final int MAGIC = 0x3845fdef, SPOOF_HEADER = 96;

    @Override
    public String dataFormat() {
        return "Cfu ";
    }

    @Override
    public int[] formatVersions() {
        return new int[] {2};
    }

    @Override
    public int swap(Swap s, int start, int length) {
        int headerSize = header(s, start);
        int p = start + headerSize;
        FormatSwapper.checkLength("Cfu header", SPOOF_HEADER, length - headerSize);
        if (s.i32(p) != MAGIC || (s.in[p + 4] & 0xff) != 2) {
            throw new IcuDataException("Cfu: bad spoof data header");
        }
        int dataLength = s.i32(p + 8);
        FormatSwapper.checkLength("Cfu data", dataLength, length - headerSize);
        s.swap32(p + s.i32(p + 12), 4 * s.i32(p + 16));   // keys
        s.swap16(p + s.i32(p + 20), 2 * s.i32(p + 24));   // string index
        s.swap16(p + s.i32(p + 28), 2 * s.i32(p + 32));   // string table
        s.swap32(p, 4);
        s.swap32(p + 8, SPOOF_HEADER - 8);
        return headerSize + dataLength;
    }
}
