package org.node4j.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

/**
 * A read-only file of named byte entries, mapped in memory: the library's sources (one read instead of one jar
 * lookup and inflation per module) and V8 code caches. Layout: magic, entry count, then per entry its name
 * (length-prefixed UTF-8), offset and length, then the data.
 */
public final class LibArchive {
    private static final int MAGIC = 0x4e344a41; // "N4JA"
    private final ByteBuffer data;
    private final Map<String, long[]> index;

    private LibArchive(ByteBuffer data, Map<String, long[]> index) {
        this.data = data;
        this.index = index;
    }

    /** The archive at {@code file}, or null when there is none or it is not one. */
    public static LibArchive open(Path file) {
        try (FileChannel ch = FileChannel.open(file)) {
            ByteBuffer b = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size()).order(ByteOrder.LITTLE_ENDIAN);
            if (b.getInt() != MAGIC) return null;
            int count = b.getInt();
            Map<String, long[]> index = HashMap.newHashMap(count);
            for (int i = 0; i < count; i++) {
                byte[] name = new byte[b.getShort() & 0xffff];
                b.get(name);
                index.put(new String(name, StandardCharsets.UTF_8), new long[]{b.getInt(), b.getInt()});
            }
            return new LibArchive(b, index);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    public boolean contains(String name) {
        return index.containsKey(name);
    }

    /** The bytes of entry {@code name}, or null. */
    public byte[] bytes(String name) {
        long[] at = index.get(name);
        if (at == null) return null;
        byte[] out = new byte[(int) at[1]];
        data.get((int) at[0], out);
        return out;
    }

    /** Writes {@code entries} as an archive to {@code file} (atomically: readers never see half a file). */
    public static void write(Path file, Map<String, byte[]> entries) {
        int header = 8;
        for (String name : entries.keySet()) header += 2 + name.getBytes(StandardCharsets.UTF_8).length + 8;
        int size = header;
        for (byte[] v : entries.values()) size += v.length;
        ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(MAGIC).putInt(entries.size());
        int offset = header;
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            byte[] name = e.getKey().getBytes(StandardCharsets.UTF_8);
            b.putShort((short) name.length).put(name).putInt(offset).putInt(e.getValue().length);
            offset += e.getValue().length;
        }
        for (byte[] v : entries.values()) b.put(v);
        try {
            Path tmp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid());
            Files.write(tmp, b.array());
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
