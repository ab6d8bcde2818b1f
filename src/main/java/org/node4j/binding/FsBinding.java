package org.node4j.binding;

import com.caoccao.javet.exceptions.JavetException;
import org.node4j.engine.Args;
import org.node4j.engine.Isolate;
import org.node4j.engine.NativeObject;
import org.node4j.posix.Errno;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * {@code internalBinding('fs')}: file system natives. Results are values, or a negative errno that JS turns into
 * node's error (code, errno, syscall, path).
 */
final class FsBinding implements Binding {
    private final Isolate isolate;

    FsBinding(Isolate isolate) {
        this.isolate = isolate;
    }

    @Override
    public String name() {
        return "fs";
    }

    @Override
    public void install(NativeObject t) throws JavetException {
        // The module loader's stat: 0 file, 1 directory, < 0 errno.
        t.fn("internalModuleStat", args -> {
            try {
                BasicFileAttributes a = Files.readAttributes(path(args), BasicFileAttributes.class);
                return t.integer(a.isDirectory() ? 1 : 0);
            } catch (IOException e) {
                return t.integer(Errno.of(e));
            }
        });
        t.fn("readFileUtf8", args -> {
            Path p = path(args);
            try {
                if (Files.isDirectory(p)) return t.integer(Errno.EISDIR);
                return t.string(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
            } catch (IOException e) {
                return t.integer(Errno.of(e));
            }
        });
        t.fn("realpath", args -> {
            try {
                return t.string(path(args).toRealPath().toString());
            } catch (IOException e) {
                return t.integer(Errno.of(e));
            }
        });
        t.fn("existsSync", args -> t.bool(Files.exists(path(args), LinkOption.NOFOLLOW_LINKS)
                || Files.exists(path(args))));
    }

    private Path path(com.caoccao.javet.values.V8Value[] args) {
        return isolate.resolvePath(Args.str(args, 0));
    }
}
