package org.node4j.icu;

/**
 * Unicode character names (unames.icu), dataFormat "unam", formatVersion 1. After the header:
 * uint32 tokenStringOffset, groupsOffset, groupStringOffset, algNamesOffset; uint16 tokenCount,
 * uint16 tokens[tokenCount]; token strings (invariant chars); uint16 groupCount, uint16 groups[3*groupCount];
 * group strings (bytes: nibble-coded lengths and token bytes); uint32 algorithmic range count, then ranges of
 * uint32 start, uint32 end, uint8 type, uint8 variant, uint16 size, and for type 1 uint16 factors[variant]
 * followed by strings. With ASCII on both sides the token bytes need no re-mapping.
 */
public record NamesSwapper() implements FormatSwapper {
    @Override
    public String dataFormat() {
        return "unam";
    }

    @Override
    public int[] formatVersions() {
        return new int[] {1};
    }

    @Override
    public int swap(Swap s, int start, int length) {
        int headerSize = header(s, start);
        int p = start + headerSize;
        int avail = length - headerSize;
        FormatSwapper.checkLength("unam offsets", 20, avail);
        int groupsOffset = s.i32(p + 4);
        int algNamesOffset = s.i32(p + 12);
        FormatSwapper.checkLength("unam data", algNamesOffset, avail);
        s.swap32(p, 16);
        int tokenCount = s.u16(p + 16);
        s.swap16(p + 16, 2 + 2 * tokenCount);
        int groupCount = s.u16(p + groupsOffset);
        s.swap16(p + groupsOffset, 2 * (1 + 3 * groupCount));
        int offset = algNamesOffset;
        int rangeCount = s.i32(p + offset);
        s.swap32(p + offset, 4);
        offset += 4;
        for (int i = 0; i < rangeCount; ++i) {
            int r = p + offset;
            if (offset + 12 > avail) {
                throw new IcuDataException("unam: algorithmic range " + i + " beyond the data");
            }
            int type = s.u8(r + 8), variant = s.u8(r + 9), size = s.u16(r + 10);
            s.swap32(r, 8);
            s.swap16(r + 10, 2);
            switch (type) {
                case 0 -> {
                    // prefix string: invariant characters
                }
                case 1 -> s.swap16(r + 12, 2 * variant); // factors; the strings after them are invariant chars
                default -> throw new IcuDataException("unam: unknown algorithmic range type " + type);
            }
            offset += size;
        }
        return headerSize + offset;
    }
}
