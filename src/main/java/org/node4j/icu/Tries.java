package org.node4j.icu;

/**
 * Serialized code point tries, all three generations. Each starts with a 32-bit signature that tells the
 * generation; the header then gives index and data lengths:
 * <ul>
 * <li>UTrie ("Trie"): uint32 signature, options, indexLength, dataLength; uint16 index[indexLength];
 *     data is uint32 if options bit 8 is set, else uint16.</li>
 * <li>UTrie2 ("Tri2"): uint32 signature; uint16 options, indexLength, shiftedDataLength, index2NullOffset,
 *     dataNullOffset, shiftedHighStart; uint16 index[indexLength]; data length is shiftedDataLength&lt;&lt;2
 *     units of 16 bits (options&amp;0xf==0) or 32 bits (==1).</li>
 * <li>UCPTrie ("Tri3"): uint32 signature; uint16 options, indexLength, dataLength, index3NullOffset,
 *     dataNullOffset, shiftedHighStart; uint16 index[indexLength]; data length is
 *     ((options&amp;0xf000)&lt;&lt;4)|dataLength units of 16 bits (options&amp;7==0), 32 bits (1) or 8 bits (2).</li>
 * </ul>
 */
final class Tries {
    static final int UTRIE_SIG = 0x54726965;   // "Trie"
    static final int UTRIE2_SIG = 0x54726932;  // "Tri2"
    static final int UCPTRIE_SIG = 0x54726933; // "Tri3"

    private Tries() {
    }

    /** Swaps whichever trie generation starts at {@code off}; returns its size in bytes. */
    static int swapAny(Swap s, int off, int length) {
        if (length < 16) {
            throw new IcuDataException("trie too short: " + length);
        }
        return switch (s.i32(off)) {
            case UTRIE_SIG -> swapUTrie(s, off, length);
            case UTRIE2_SIG -> swapUTrie2(s, off, length);
            case UCPTRIE_SIG -> swapUCPTrie(s, off, length);
            default -> throw new IcuDataException(String.format("no trie signature at %d: %08x", off, s.i32(off)));
        };
    }

    static int swapUTrie(Swap s, int off, int length) {
        if (s.i32(off) != UTRIE_SIG) {
            throw new IcuDataException("not a UTrie");
        }
        int options = s.i32(off + 4);
        int indexLength = s.i32(off + 8);
        int dataLength = s.i32(off + 12);
        if ((options & 0xf) != 5 || ((options >> 4) & 0xf) != 2 || indexLength < 0x10000 >> 5 || dataLength < 32) {
            throw new IcuDataException("unexpected UTrie shape");
        }
        boolean data32 = (options & 0x100) != 0;
        int size = 16 + indexLength * 2 + dataLength * (data32 ? 4 : 2);
        checkSize("UTrie", size, length);
        s.swap32(off, 16);
        if (data32) {
            s.swap16(off + 16, indexLength * 2);
            s.swap32(off + 16 + indexLength * 2, dataLength * 4);
        } else {
            s.swap16(off + 16, (indexLength + dataLength) * 2);
        }
        return size;
    }

    static int swapUTrie2(Swap s, int off, int length) {
        if (s.i32(off) != UTRIE2_SIG) {
            throw new IcuDataException("not a UTrie2");
        }
        int options = s.u16(off + 4);
        int indexLength = s.u16(off + 6);
        int dataLength = s.u16(off + 8) << 2;
        int valueBits = options & 0xf;
        int size = 16 + indexLength * 2 + switch (valueBits) {
            case 0 -> dataLength * 2;
            case 1 -> dataLength * 4;
            default -> throw new IcuDataException("UTrie2 value bits " + valueBits);
        };
        checkSize("UTrie2", size, length);
        s.swap32(off, 4);
        s.swap16(off + 4, 12);
        if (valueBits == 0) {
            s.swap16(off + 16, (indexLength + dataLength) * 2);
        } else {
            s.swap16(off + 16, indexLength * 2);
            s.swap32(off + 16 + indexLength * 2, dataLength * 4);
        }
        return size;
    }

    static int swapUCPTrie(Swap s, int off, int length) {
        if (s.i32(off) != UCPTRIE_SIG) {
            throw new IcuDataException("not a UCPTrie");
        }
        int options = s.u16(off + 4);
        int indexLength = s.u16(off + 6);
        int dataLength = ((options & 0xf000) << 4) | s.u16(off + 8);
        int type = (options >> 6) & 3;
        int valueWidth = options & 7;
        if (type > 1 || (options & 0x38) != 0 || valueWidth > 2 || dataLength < 0x80) {
            throw new IcuDataException("unexpected UCPTrie options " + Integer.toHexString(options));
        }
        int size = 16 + indexLength * 2 + switch (valueWidth) {
            case 0 -> dataLength * 2;
            case 1 -> dataLength * 4;
            default -> dataLength;
        };
        checkSize("UCPTrie", size, length);
        s.swap32(off, 4);
        s.swap16(off + 4, 12);
        s.swap16(off + 16, indexLength * 2);
        int data = off + 16 + indexLength * 2;
        switch (valueWidth) {
            case 0 -> s.swap16(data, dataLength * 2);
            case 1 -> s.swap32(data, dataLength * 4);
            default -> s.copy(data, dataLength);
        }
        return size;
    }

    private static void checkSize(String what, int size, int length) {
        if (length >= 0 && length < size) {
            throw new IcuDataException(what + " needs " + size + " bytes but has " + length);
        }
    }
}
