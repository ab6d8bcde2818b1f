package org.node4j.icu;

/**
 * Emoji properties (uemoji.icu), dataFormat "Emoj", formatVersion 1. After the header: int32 indexes[],
 * [0] = byte offset of the code point trie (= size of indexes[]), [1] its end; [4]..[9] offsets of the six
 * UCharsTries of emoji sequences (serialized as uint16 units), [10] their end; [13] total size.
 */
public record EmojiSwapper() implements FormatSwapper {
    private static final int IX_CPTRIE_OFFSET = 0, IX_BASIC_EMOJI_TRIE_OFFSET = 4, IX_STRING_TRIES_TOP = 10,
            IX_TOTAL_SIZE = 13;

    @Override
    public String dataFormat() {
        return "Emoj";
    }

    @Override
    public int[] formatVersions() {
        return new int[] {1};
    }

    @Override
    public int swap(Swap s, int start, int length) {
        int headerSize = header(s, start);
        int p = start + headerSize;
        FormatSwapper.checkLength("Emoj indexes", 56, length - headerSize);
        int trieOffset = s.i32(p + 4 * IX_CPTRIE_OFFSET);
        if (trieOffset / 4 < 14) {
            throw new IcuDataException("Emoj: too few indexes");
        }
        int trieTop = s.i32(p + 4 * (IX_CPTRIE_OFFSET + 1));
        int stringsStart = s.i32(p + 4 * IX_BASIC_EMOJI_TRIE_OFFSET);
        int stringsTop = s.i32(p + 4 * IX_STRING_TRIES_TOP);
        int size = s.i32(p + 4 * IX_TOTAL_SIZE);
        FormatSwapper.checkLength("Emoj data", size, length - headerSize);
        s.swap32(p, trieOffset);
        if (trieTop - trieOffset >= 16) {
            Tries.swapAny(s, p + trieOffset, trieTop - trieOffset);
        }
        s.swap16(p + stringsStart, stringsTop - stringsStart);
        return headerSize + size;
    }
}
