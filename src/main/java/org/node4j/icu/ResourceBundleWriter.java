package org.node4j.icu;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes a small big-endian resource bundle (ResB formatVersion 2) whose root is a table of int vectors
 * and string arrays — enough for data items ICU4J does not ship (see {@link IcuDataPackager#SUPPLEMENTS}).
 * Layout: data header; root Resource; indexes[7]; key strings (padded with 0xaa); 32-bit resources
 * (strings: int32 length, UChars, NUL, padded; arrays; int vectors); the root table last.
 */
public final class ResourceBundleWriter {
    /** A value of the root table. */
    public sealed interface Value permits IntVector, StringArray {
    }

    public record IntVector(int[] values) implements Value {
    }

    public record StringArray(List<String> strings) implements Value {
    }

    private static final int INDEX_LENGTH = 7;
    private static final int TYPE_STRING = 0, TYPE_TABLE = 2, TYPE_ARRAY = 8, TYPE_INT_VECTOR = 14;

    private ResourceBundleWriter() {
    }

    public static byte[] write(Map<String, Value> table) {
        SortedMap<String, Value> sorted = new TreeMap<>(table); // ICU binary-searches keys (ASCII order)
        // keys, right after the root resource and the indexes
        ByteArrayOutputStream keys = new ByteArrayOutputStream();
        int keysStart = 4 * (1 + INDEX_LENGTH);
        List<Integer> keyOffsets = new ArrayList<>();
        for (String key : sorted.keySet()) {
            keyOffsets.add(keysStart + keys.size());
            keys.writeBytes((key + '\0').getBytes(StandardCharsets.US_ASCII));
        }
        while (keys.size() % 4 != 0) {
            keys.write(0xaa);
        }
        int keysTop = (keysStart + keys.size()) / 4;
        List<Integer> words = new ArrayList<>(); // 32-bit resources after the keys
        List<Integer> items = new ArrayList<>();
        for (Value v : sorted.values()) {
            switch (v) {
                case IntVector(int[] values) -> {
                    items.add(TYPE_INT_VECTOR << 28 | (keysTop + words.size()));
                    words.add(values.length);
                    for (int x : values) {
                        words.add(x);
                    }
                }
                case StringArray(List<String> strings) -> {
                    List<Integer> refs = new ArrayList<>();
                    for (String s : strings) {
                        refs.add(TYPE_STRING << 28 | (keysTop + words.size()));
                        words.add(s.length());
                        char[] units = (s + '\0').toCharArray();
                        for (int i = 0; i < units.length; i += 2) {
                            words.add(units[i] << 16 | (i + 1 < units.length ? units[i + 1] : 0));
                        }
                    }
                    items.add(TYPE_ARRAY << 28 | (keysTop + words.size()));
                    words.add(refs.size());
                    words.addAll(refs);
                }
            }
        }
        int count = sorted.size();
        int tableOffset = keysTop + words.size();
        // uint16 count, uint16 keys[count], padding to 32 bits, Resource items[count]
        int[] keyHalves = new int[count + 1 + ((count + 1) % 2)];
        keyHalves[0] = count;
        for (int i = 0; i < count; ++i) {
            keyHalves[1 + i] = keyOffsets.get(i);
        }
        for (int i = 0; i < keyHalves.length; i += 2) {
            words.add(keyHalves[i] << 16 | keyHalves[i + 1]);
        }
        words.addAll(items);
        int top = keysTop + words.size();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // data header: 32 bytes, big-endian, ASCII, "ResB" 2.0.0.0, dataVersion 1.4.0.0
        out.writeBytes(new byte[] {0, 32, (byte) 0xda, 0x27, 0, 20, 0, 0, 1, 0, 2, 0, 'R', 'e', 's', 'B',
                2, 0, 0, 0, 1, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        int[] head = {TYPE_TABLE << 28 | tableOffset, INDEX_LENGTH, keysTop, top, top, Math.max(count, 1), 0, keysTop};
        for (int w : head) {
            writeInt(out, w);
        }
        out.writeBytes(keys.toByteArray());
        for (int w : words) {
            writeInt(out, w);
        }
        while (out.size() % 16 != 0) {
            out.write(0xaa);
        }
        return out.toByteArray();
    }

    private static void writeInt(ByteArrayOutputStream out, int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }
}
