package org.node4j.zlib;

import java.nio.ByteBuffer;
import java.util.zip.CRC32;

/**
 * zlib's crc32(value, data): the CRC-32 of data continuing from a previous CRC value. {@link CRC32} (an intrinsic)
 * only starts from zero, so a non-zero start is folded in afterwards: the start value is shifted past the data's
 * length by multiplying with x^(8·length) modulo the CRC polynomial, in CRC-32's reflected bit order.
 */
public final class Crc32 {
    private static final int POLYNOMIAL = 0xedb88320;
    /** x^0 in the reflected representation (the top bit is the lowest power). */
    private static final int ONE = 0x80000000;

    private Crc32() {
    }

    public static int of(int start, ByteBuffer data) {
        long length = data.remaining();
        CRC32 crc = new CRC32();
        crc.update(data);
        int fromZero = (int) crc.getValue();
        if (start == 0 || length == 0) return length == 0 ? start : fromZero;
        return multiply(xToThe8n(length), start) ^ fromZero;
    }

    /** a·b modulo the polynomial. */
    static int multiply(int a, int b) {
        int product = 0;
        for (int bit = ONE; bit != 0; bit >>>= 1) {
            if ((a & bit) != 0) product ^= b;
            b = (b & 1) != 0 ? (b >>> 1) ^ POLYNOMIAL : b >>> 1;
        }
        return product;
    }

    /** x^(8n) modulo the polynomial, by squaring. */
    static int xToThe8n(long n) {
        int result = ONE;
        int square = ONE >>> 8;
        for (long k = n; k != 0; k >>>= 1) {
            if ((k & 1) != 0) result = multiply(square, result);
            square = multiply(square, square);
        }
        return result;
    }
}
