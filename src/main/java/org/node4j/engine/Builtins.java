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

/**
 * The JS library (src/main/js) as packaged resources: sources by module id, compiled into wrapper functions.
 * The system property {@code node4j.libDir} points at a source folder instead (library development without rebuilds).
 */
public final class Builtins {
    static final String ROOT = "/node4j/lib/";
    private static final String LIB_DIR = System.getProperty("node4j.libDir");
    private static final String[] PARAMS = {"exports", "require", "module", "process", "internalBinding"};
    private static final String[] BOOTSTRAP_PARAMS = {"natives"};
    private final V8Runtime runtime;

    Builtins(V8Runtime runtime) {
        this.runtime = runtime;
    }

    /** The source of builtin {@code id}, or null when there is none. */
    public String source(String id) {
        if (id.contains("..")) return null;
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
        return runtime.compileV8ValueFunction(src, null, new V8ScriptOrigin("node:" + id), params, null);
    }
}
