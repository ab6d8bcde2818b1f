package org.node4j.engine;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.interop.V8Runtime;
import com.caoccao.javet.interop.V8ScriptOrigin;
import com.caoccao.javet.values.reference.V8ValueFunction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JS library (src/main/js): sources by module id, compiled into wrapper functions. The sources come from the
 * packed archive the launcher names ({@code node4j.libArchive}, with V8 code caches in {@code node4j.codeCache}),
 * else from the jar's resources; {@code node4j.libDir} points at a source folder instead (library development
 * without rebuilds; no archive nor code cache is used then, since they would not match the sources).
 */
public final class Builtins {
    static final String ROOT = "/node4j/lib/";
    private static final String LIB_DIR = System.getProperty("node4j.libDir");
    private static final LibArchive SOURCES = LIB_DIR == null ? archive("node4j.libArchive") : null;
    private static final LibArchive CODE_CACHE = SOURCES == null ? null : archive("node4j.codeCache");
    /** Training run: where to write the code caches of the modules it ran. */
    private static final String CODE_CACHE_OUTPUT = SOURCES == null ? null : System.getProperty("node4j.codeCacheOutput");
    private static final String[] PARAMS = {"exports", "require", "module", "process", "internalBinding"};
    private static final String[] BOOTSTRAP_PARAMS = {"natives"};
    private final V8Runtime runtime;
    private final Map<String, V8ValueFunction> compiled = CODE_CACHE_OUTPUT == null ? null : new LinkedHashMap<>();

    Builtins(V8Runtime runtime) {
        this.runtime = runtime;
    }

    private static LibArchive archive(String property) {
        String file = System.getProperty(property);
        return file == null ? null : LibArchive.open(Path.of(file));
    }

    /** Whether builtin {@code id} exists. */
    public boolean has(String id) {
        if (SOURCES != null) return SOURCES.contains(id);
        return source(id) != null;
    }

    /** The source of builtin {@code id}, or null when there is none. */
    public String source(String id) {
        if (id.contains("..")) return null;
        if (SOURCES != null) {
            byte[] b = SOURCES.bytes(id);
            return b == null ? null : new String(b, StandardCharsets.UTF_8);
        }
        try (InputStream in = open(id + ".js")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String file) throws IOException {
        if (LIB_DIR == null) return Builtins.class.getResourceAsStream(ROOT + file);
        Path p = Path.of(LIB_DIR, file);
        return Files.isRegularFile(p) ? Files.newInputStream(p) : null;
    }

    /** Compiles builtin {@code id} as {@code function (exports, require, module, process, internalBinding)}. */
    public V8ValueFunction compile(String id) throws JavetException {
        String src = source(id);
        if (src == null) return null;
        String[] params = id.startsWith("internal/bootstrap/realm") ? BOOTSTRAP_PARAMS : PARAMS;
        byte[] cache = CODE_CACHE == null ? null : CODE_CACHE.bytes(id);
        V8ValueFunction f = runtime.compileV8ValueFunction(src, cache, new V8ScriptOrigin("node:" + id), params, null);
        if (compiled != null && !compiled.containsKey(id)) compiled.put(id, f.toClone());
        return f;
    }

    /**
     * Training run: writes the code caches of the modules compiled so far, taken now so they hold the functions
     * the run compiled lazily too; later runs then neither parse nor compile those.
     */
    void writeCodeCache() throws JavetException {
        if (compiled == null) return;
        Map<String, byte[]> caches = new LinkedHashMap<>();
        for (Map.Entry<String, V8ValueFunction> e : compiled.entrySet()) {
            try (V8ValueFunction f = e.getValue()) {
                byte[] data = f.getCachedData();
                if (data != null) caches.put(e.getKey(), data);
            }
        }
        compiled.clear();
        LibArchive.write(Path.of(CODE_CACHE_OUTPUT), caches);
    }
}
