package org.node4j.icu;

/**
 * Break iterator dictionaries (.dict), dataFormat "Dict", formatVersion 1. After the header: int32
 * indexes[8] ([0] trie offset = 32, [1] trie end, [3] total size, [4] trie type: &amp;7 = 0 BytesTrie, 1
 * UCharsTrie). A UCharsTrie is uint16 units; a BytesTrie is bytes.
 */
public record DictionarySwapper() implements FormatSwapper {
    private static final int IX_COUNT = 8, TRIE_TYPE_BYTES = 0, TRIE_TYPE_UCHARS = 1;

    @Override
    public String dataFormat() {
        return "Dict";
    }

    @Override
    public int[] formatVersions() {
        return new int[] {1};
    }

    @Override
    public int swap(Swap s, int start, int length) {
        int headerSize = header(s, start);
        int p = start + headerSize;
        FormatSwapper.checkLength("Dict indexes", 4 * IX_COUNT, length - headerSize);
        int trieEnd = s.i32(p + 4);
        int size = s.i32(p + 12);
        int trieType = s.i32(p + 16) & 7;
        FormatSwapper.checkLength("Dict data", size, length - headerSize);
        s.swap32(p, 4 * IX_COUNT);
        switch (trieType) {
            case TRIE_TYPE_UCHARS -> s.swap16(p + 4 * IX_COUNT, trieEnd - 4 * IX_COUNT);
            case TRIE_TYPE_BYTES -> {
            }
            default -> throw new IcuDataException("Dict: unknown trie type " + trieType);
        }
        return headerSize + size;
    }
}
