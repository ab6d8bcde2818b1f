package org.node4j.zlib;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ZlibCodecTest {
    private static byte[] text(int n) {
        byte[] b = new byte[n];
        int s = 1;
        for (int i = 0; i < n; i++) {
            s = s * 1103515245 + 12345;
            b[i] = (byte) ('a' + ((s >>> 16) % 7 + 7) % 7);
        }
        return b;
    }

    /** Runs a codec as node's stream does: input in pieces of {@code inStep}, output windows of {@code outStep}. */
    private static byte[] run(Codec codec, byte[] input, int inStep, int outStep) {
        ByteArrayOutputStream result = new ByteArrayOutputStream();
        for (int at = 0; at <= input.length; at += inStep) {
            int n = Math.min(inStep, input.length - at);
            boolean last = at + inStep > input.length;
            ByteBuffer in = ByteBuffer.allocateDirect(n).put(input, at, n).flip();
            int status;
            do {
                ByteBuffer out = ByteBuffer.allocateDirect(outStep);
                status = codec.process(last ? Codec.Z_FINISH : Codec.Z_NO_FLUSH, in, out);
                if (status == Codec.FAILED) throw new AssertionError(codec.message());
                out.flip();
                byte[] got = new byte[out.remaining()];
                out.get(got);
                result.writeBytes(got);
                if (out.limit() < outStep) break;
            } while (true);
            if (status == Codec.Z_STREAM_END) break;
        }
        codec.close();
        return result.toByteArray();
    }

    @Test
    void everyWrapperRoundTripsOverAnySplit() {
        byte[] input = text(50_000);
        for (DeflateCodec.Wrapper w : DeflateCodec.Wrapper.values()) {
            InflateCodec.Format f = switch (w) {
                case ZLIB -> InflateCodec.Format.ZLIB;
                case GZIP -> InflateCodec.Format.GZIP;
                case RAW -> InflateCodec.Format.RAW;
            };
            for (int[] steps : new int[][] {{1, 64}, {7, 100}, {65536, 16384}}) {
                byte[] packed = run(new DeflateCodec(w, 6, 0, null), input, steps[1], steps[1]);
                assertArrayEquals(input, run(new InflateCodec(f, null), packed, steps[0], steps[1]), w + " " + steps[0]);
                if (w != DeflateCodec.Wrapper.RAW) {
                    assertArrayEquals(input, run(new InflateCodec(InflateCodec.Format.AUTO, null), packed, steps[0],
                            steps[1]));
                }
            }
        }
    }

    @Test
    void gzipTrailerCarriesCrcAndLength() {
        byte[] input = "hello gzip".getBytes(StandardCharsets.US_ASCII);
        byte[] packed = run(new DeflateCodec(DeflateCodec.Wrapper.GZIP, 9, 0, null), input, 100, 100);
        assertEquals(2, packed[8], "XFL for level 9");
        assertEquals(3, packed[9], "OS is Unix");
        CRC32 crc = new CRC32();
        crc.update(input);
        ByteBuffer trailer = ByteBuffer.wrap(packed, packed.length - 8, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        assertEquals((int) crc.getValue(), trailer.getInt());
        assertEquals(input.length, trailer.getInt());
    }

    @Test
    void truncatedInputIsUnexpectedEndOfFile() {
        byte[] packed = run(new DeflateCodec(DeflateCodec.Wrapper.ZLIB, 6, 0, null), text(1000), 2000, 2000);
        InflateCodec inflate = new InflateCodec(InflateCodec.Format.ZLIB, null);
        ByteBuffer in = ByteBuffer.allocateDirect(10).put(packed, 0, 10).flip();
        assertEquals(Codec.FAILED, inflate.process(Codec.Z_FINISH, in, ByteBuffer.allocateDirect(5000)));
        assertEquals("unexpected end of file", inflate.message());
        assertEquals(Codec.Z_BUF_ERROR, inflate.errno());
        inflate.close();
    }

    @Test
    void crcContinuesFromAStartValue() {
        byte[] all = "hello world".getBytes(StandardCharsets.US_ASCII);
        int head = Crc32.of(0, ByteBuffer.wrap(all, 0, 6));
        assertEquals(Crc32.of(0, ByteBuffer.wrap(all)), Crc32.of(head, ByteBuffer.wrap(all, 6, 5)));
        assertEquals(907060870, Crc32.of(0, ByteBuffer.wrap("hello".getBytes(StandardCharsets.US_ASCII))));
        assertEquals(1779074256, Crc32.of(12345, ByteBuffer.wrap("hello".getBytes(StandardCharsets.US_ASCII))));
    }
}
