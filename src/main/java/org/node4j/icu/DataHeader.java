package org.node4j.icu;

import java.nio.charset.StandardCharsets;

/**
 * The standard ICU data header: {@code uint16 headerSize, uint8 magic1=0xda, uint8 magic2=0x27}, followed by
 * UDataInfo ({@code uint16 size, uint16 reservedWord, uint8 isBigEndian, uint8 charsetFamily,
 * uint8 sizeofUChar, uint8 reservedByte, uint8 dataFormat[4], uint8 formatVersion[4], uint8 dataVersion[4]})
 * and a copyright string of invariant characters, padded to {@code headerSize}.
 */
public record DataHeader(int headerSize, int infoSize, boolean bigEndian, int charsetFamily, int sizeofUChar,
                         String dataFormat, byte[] formatVersion, byte[] dataVersion) {

    static final int MAGIC1 = 0xda, MAGIC2 = 0x27;
    /** Offset of UDataInfo.isBigEndian from the start of the item. */
    static final int IS_BIG_ENDIAN = 8;

    /** Reads the header of the item at {@code off}, in the byte order the header declares. */
    public static DataHeader read(byte[] b, int off) {
        if (off < 0 || off + 24 > b.length || (b[off + 2] & 0xff) != MAGIC1 || (b[off + 3] & 0xff) != MAGIC2) {
            throw new IcuDataException("not an ICU data item (no 0xda27 magic)");
        }
        boolean big = b[off + IS_BIG_ENDIAN] != 0;
        int headerSize = big ? ((b[off] & 0xff) << 8) | (b[off + 1] & 0xff) : ((b[off + 1] & 0xff) << 8) | (b[off] & 0xff);
        int infoSize = big ? ((b[off + 4] & 0xff) << 8) | (b[off + 5] & 0xff)
                : ((b[off + 5] & 0xff) << 8) | (b[off + 4] & 0xff);
        if (infoSize < 20 || headerSize < 4 + infoSize || off + headerSize > b.length) {
            throw new IcuDataException("inconsistent data header sizes " + headerSize + "/" + infoSize);
        }
        String format = new String(b, off + 12, 4, StandardCharsets.ISO_8859_1);
        byte[] fv = new byte[4], dv = new byte[4];
        System.arraycopy(b, off + 16, fv, 0, 4);
        System.arraycopy(b, off + 20, dv, 0, 4);
        return new DataHeader(headerSize, infoSize, big, b[off + 9] & 0xff, b[off + 10] & 0xff, format, fv, dv);
    }

    /** formatVersion[i] as an unsigned number. */
    public int fv(int i) {
        return formatVersion[i] & 0xff;
    }

    public String formatVersionString() {
        return fv(0) + "." + fv(1) + "." + fv(2) + "." + fv(3);
    }

    /**
     * Swaps the header of the item at {@code off}: the three 16-bit fields change byte order, isBigEndian
     * follows the output, everything else (format, versions, copyright) is bytes of invariant characters.
     * The charset family is ASCII on both sides. Returns the header size.
     */
    static int swap(Swap s, int off) {
        DataHeader h = read(s.in, off);
        if (h.bigEndian != s.inBig) {
            throw new IcuDataException("item declares " + (h.bigEndian ? "big" : "little") + "-endian data");
        }
        if (h.charsetFamily != 0) {
            throw new IcuDataException("only ASCII-family data is supported, charsetFamily=" + h.charsetFamily);
        }
        s.copy(off, h.headerSize);
        s.write16(off, h.headerSize);
        s.write16(off + 4, h.infoSize);
        s.write16(off + 6, s.u16(off + 6));
        s.out[off + IS_BIG_ENDIAN] = (byte) (s.outBig ? 1 : 0);
        return h.headerSize;
    }

    /** Fails unless the header has the expected format and its major version is one of {@code majors}. */
    void require(String format, int... majors) {
        if (!dataFormat.equals(format)) {
            throw new IcuDataException("expected data format " + format + " but found " + dataFormat);
        }
        for (int m : majors) {
            if (fv(0) == m) {
                return;
            }
        }
        throw new IcuDataException("unsupported " + format + " formatVersion " + formatVersionString());
    }
}
