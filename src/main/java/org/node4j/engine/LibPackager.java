package org.node4j.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Build step: packs the library's sources (a folder of {@code .js} files) into one {@link LibArchive}, entries
 * named by module id. Usage: {@code LibPackager <src/main/js> <out>}.
 */
public final class LibPackager {
    private LibPackager() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        Map<String, byte[]> sources = new TreeMap<>();
        try (var files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (rel.endsWith(".js") && Files.isRegularFile(p)) {
                    sources.put(rel.substring(0, rel.length() - 3), Files.readAllBytes(p));
                }
            }
        }
        LibArchive.write(Path.of(args[1]), sources);
    }
}
