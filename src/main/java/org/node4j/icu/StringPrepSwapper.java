package org.node4j.icu;

/**
 * StringPrep profiles (.spp), dataFormat "SPRP", formatVersion 3. After the header: int32 indexes[16]
 * ([0] trie size in bytes, [1] mapping data size in bytes), a UTrie (version 1) and uint16 mapping data.
 */
public record StringPrepSwapper() implements FormatSwapper {
    @Override
    public String dataFormat() {
        return "SPRP";
    }

    @Override
    public int[] formatVersions() {
        return new int[] {3};
    }

    @Override
    public int swap(Swap s, int start, int length) {
        int headerSize = header(s, start);
        int p = start + headerSize;
        FormatSwapper.checkLength("SPRP indexes", 64, length - headerSize);
        int trieSize = s.i32(p), mappingSize = s.i32(p + 4);
        int size = FormatSwapper.checkLength("SPRP data", 64 + trieSize + mappingSize, length - headerSize);
        s.swap32(p, 64);
        Tries.swapUTrie(s, p + 64, trieSize);
        s.swap16(p + 64 + trieSize, mappingSize);
        return headerSize + size;
    }
}
