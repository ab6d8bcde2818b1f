package org.node4j.icu;

/**
 * Rule-based break iterator data (.brk), dataFormat "Brk ", formatVersion 6. After the data header comes the
 * RBBIDataHeader of 20 uint32 (magic 0xb1a0, formatVersion as 4 bytes, length, catCount, then offset/length
 * pairs of forward table, reverse table, trie, rule source, status table, and reserved words). A state table
 * has five uint32 (numStates, rowLen, dictCategoriesStart, lookAheadResultsSize, flags) followed by rows of
 * uint8 (flags bit 2) or uint16. The trie is a UCPTrie, the rule source is UTF-8, the status table int32.
 */
public record BreakIteratorSwapper() implements FormatSwapper {
    private static final int RBBI_MAGIC = 0xb1a0, RBBI_8BITS_ROWS = 4, TABLE_HEADER = 20, DATA_HEADER = 80;

    @Override
    public String dataFormat() {
        return "Brk ";
    }

    @Override
    public int[] formatVersions() {
        return new int[] {6};
    }

    @Override
    public int swap(Swap s, int start, int length) {
        int headerSize = header(s, start);
        int p = start + headerSize;
        FormatSwapper.checkLength("Brk header", DATA_HEADER, length - headerSize);
        if (s.i32(p) != RBBI_MAGIC || (s.in[p + 4] & 0xff) != 6) {
            throw new IcuDataException("Brk: bad RBBI data header");
        }
        int dataLength = s.i32(p + 8);
        FormatSwapper.checkLength("Brk data", dataLength, length - headerSize);
        table(s, p + s.i32(p + 16), s.i32(p + 20));
        table(s, p + s.i32(p + 24), s.i32(p + 28));
        Tries.swapUCPTrie(s, p + s.i32(p + 32), s.i32(p + 36));
        s.copy(p + s.i32(p + 40), s.i32(p + 44));          // rule source, UTF-8
        s.swap32(p + s.i32(p + 48), s.i32(p + 52));        // status table
        s.swap32(p, 4);                                    // magic
        s.swap32(p + 8, DATA_HEADER - 8);                  // the rest; formatVersion bytes stay
        return headerSize + dataLength;
    }

    private static void table(Swap s, int off, int length) {
        if (length <= 0) {
            return;
        }
        boolean eightBits = (s.i32(off + 16) & RBBI_8BITS_ROWS) != 0;
        s.swap32(off, TABLE_HEADER);
        if (eightBits) {
            s.copy(off + TABLE_HEADER, length - TABLE_HEADER);
        } else {
            s.swap16(off + TABLE_HEADER, length - TABLE_HEADER);
        }
    }
}
