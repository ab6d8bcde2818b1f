package org.node4j.binding;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.values.V8Value;
import com.caoccao.javet.values.reference.V8ValueArrayBuffer;
import org.node4j.engine.Args;
import org.node4j.engine.Isolate;
import org.node4j.engine.NativeObject;
import org.node4j.posix.Errno;
import org.node4j.posix.PosixFs;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.function.Supplier;

/**
 * {@code internalBinding('fs')}: file system natives over real file descriptors (libc through FFM). Results are
 * values, or a negative errno that JS turns into node's error (code, errno, syscall, path).
 * <p>
 * Every operation takes a request id as its last argument: 0 (or absent) runs it now on the loop thread; an id from
 * {@code internal/async_requests} runs it on the thread pool and delivers its result to that request's callback.
 * Paths are resolved against the isolate's working directory here, on the loop thread. A synchronous stat writes its
 * 18 fields into {@code statValues} (a Float64Array's memory owned by this binding) and returns 0; an asynchronous
 * one delivers them as a Float64Array.
 */
final class FsBinding implements Binding {
    private final Isolate isolate;
    private final ByteBuffer statMemory = ByteBuffer.allocateDirect(PosixFs.STAT_FIELDS * 8).order(ByteOrder.nativeOrder());
    private final MemorySegment statValues = MemorySegment.ofBuffer(statMemory);
    private final double[] statScratch = new double[PosixFs.STAT_FIELDS];

    FsBinding(Isolate isolate) {
        this.isolate = isolate;
    }

    @Override
    public String name() {
        return "fs";
    }

    @Override
    public void install(NativeObject t) throws JavetException {
        installLoaderNatives(t);
        t.value("statValues", t.runtime().createV8ValueArrayBuffer(statMemory));

        t.fn("open", a -> {
            String p = abs(a, 0);
            int flags = Args.i32(a, 1);
            int mode = Args.i32(a, 2);
            return run(t, a, 3, () -> PosixFs.open(p, flags, mode));
        });
        t.fn("close", a -> {
            int fd = Args.i32(a, 0);
            return run(t, a, 1, () -> PosixFs.close(fd));
        });
        // (fd, arrayBuffer, byteOffset, length, position: -1 for the current one, req)
        t.fn("read", a -> {
            int fd = Args.i32(a, 0);
            MemorySegment buf = segment(a, 1, 2, 3);
            long pos = (long) Args.f64(a, 4);
            if (buf == null) return t.integer(Errno.EINVAL);
            return run(t, a, 5, () -> (double) PosixFs.read(fd, buf, pos));
        });
        t.fn("write", a -> {
            int fd = Args.i32(a, 0);
            MemorySegment buf = segment(a, 1, 2, 3);
            long pos = (long) Args.f64(a, 4);
            if (buf == null) return t.integer(Errno.EINVAL);
            return run(t, a, 5, () -> (double) PosixFs.write(fd, buf, pos));
        });
        t.fn("stat", a -> stat(t, a, abs(a, 0), -1, true));
        t.fn("lstat", a -> stat(t, a, abs(a, 0), -1, false));
        t.fn("fstat", a -> stat(t, a, null, Args.i32(a, 0), true));
        t.fn("access", a -> {
            String p = abs(a, 0);
            int mode = Args.i32(a, 1);
            return run(t, a, 2, () -> PosixFs.access(p, mode));
        });
        t.fn("ftruncate", a -> {
            int fd = Args.i32(a, 0);
            long len = (long) Args.f64(a, 1);
            return run(t, a, 2, () -> PosixFs.ftruncate(fd, len));
        });
        t.fn("fsync", a -> {
            int fd = Args.i32(a, 0);
            return run(t, a, 1, () -> PosixFs.fsync(fd, false));
        });
        t.fn("fdatasync", a -> {
            int fd = Args.i32(a, 0);
            return run(t, a, 1, () -> PosixFs.fsync(fd, true));
        });
        t.fn("mkdir", a -> {
            String p = abs(a, 0);
            int mode = Args.i32(a, 1);
            return run(t, a, 2, () -> PosixFs.mkdir(p, mode));
        });
        t.fn("mkdtemp", a -> {
            String p = abs(a, 0);
            return run(t, a, 1, () -> PosixFs.mkdtemp(p));
        });
        t.fn("rmdir", a -> {
            String p = abs(a, 0);
            return run(t, a, 1, () -> PosixFs.rmdir(p));
        });
        t.fn("unlink", a -> {
            String p = abs(a, 0);
            return run(t, a, 1, () -> PosixFs.unlink(p));
        });
        t.fn("rename", a -> {
            String from = abs(a, 0);
            String to = abs(a, 1);
            return run(t, a, 2, () -> PosixFs.rename(from, to));
        });
        t.fn("link", a -> {
            String from = abs(a, 0);
            String to = abs(a, 1);
            return run(t, a, 2, () -> PosixFs.link(from, to));
        });
        // The target is stored as given: a relative target is relative to the link's directory.
        t.fn("symlink", a -> {
            String target = str(a, 0);
            String p = abs(a, 1);
            return run(t, a, 2, () -> PosixFs.symlink(target, p));
        });
        t.fn("readlink", a -> {
            String p = abs(a, 0);
            return run(t, a, 1, () -> PosixFs.readlink(p));
        });
        t.fn("chmod", a -> {
            String p = abs(a, 0);
            int mode = Args.i32(a, 1);
            return run(t, a, 2, () -> PosixFs.chmod(p, mode));
        });
        t.fn("fchmod", a -> {
            int fd = Args.i32(a, 0);
            int mode = Args.i32(a, 1);
            return run(t, a, 2, () -> PosixFs.fchmod(fd, mode));
        });
        t.fn("chown", a -> chown(t, a, true));
        t.fn("lchown", a -> chown(t, a, false));
        t.fn("fchown", a -> {
            int fd = Args.i32(a, 0);
            int uid = (int) (long) Args.f64(a, 1);
            int gid = (int) (long) Args.f64(a, 2);
            return run(t, a, 3, () -> PosixFs.fchown(fd, uid, gid));
        });
        // Times in seconds (fractional).
        t.fn("utimes", a -> utimes(t, a, true));
        t.fn("lutimes", a -> utimes(t, a, false));
        t.fn("futimes", a -> {
            int fd = Args.i32(a, 0);
            double atime = Args.f64(a, 1);
            double mtime = Args.f64(a, 2);
            return run(t, a, 3, () -> PosixFs.futimes(fd, atime, mtime));
        });
        t.fn("copyFile", a -> {
            String src = abs(a, 0);
            String dst = abs(a, 1);
            int flags = Args.i32(a, 2);
            return run(t, a, 3, () -> PosixFs.copyFile(src, dst, flags));
        });
        // Entries as "<type digit><name>" joined by NUL, sorted; or an errno.
        t.fn("readdir", a -> {
            String p = abs(a, 0);
            return run(t, a, 1, () -> PosixFs.readdir(p));
        });
        t.fn("realpathNative", a -> {
            String p = abs(a, 0);
            return run(t, a, 1, () -> PosixFs.realpath(p));
        });
    }

    /** The module loader's natives (synchronous, Java file API). */
    private void installLoaderNatives(NativeObject t) throws JavetException {
        // 0 file, 1 directory, < 0 errno.
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

    private V8Value stat(NativeObject t, V8Value[] a, String path, int fd, boolean follow) throws JavetException {
        int req = Args.i32(a, 1);
        if (req > 0) {
            isolate.submit(req, () -> guarded(() -> {
                double[] out = new double[PosixFs.STAT_FIELDS];
                int r = path == null ? PosixFs.fstat(fd, out) : PosixFs.stat(path, follow, out);
                return r < 0 ? (Object) r : out;
            }));
            return t.undefined();
        }
        double[] out = statScratch;
        int r = path == null ? PosixFs.fstat(fd, out) : PosixFs.stat(path, follow, out);
        if (r == 0) MemorySegment.copy(out, 0, statValues, ValueLayout.JAVA_DOUBLE, 0, out.length);
        return t.integer(r);
    }

    private V8Value chown(NativeObject t, V8Value[] a, boolean follow) throws JavetException {
        String p = abs(a, 0);
        int uid = (int) (long) Args.f64(a, 1);
        int gid = (int) (long) Args.f64(a, 2);
        return run(t, a, 3, () -> PosixFs.chown(p, uid, gid, follow));
    }

    private V8Value utimes(NativeObject t, V8Value[] a, boolean follow) throws JavetException {
        String p = abs(a, 0);
        double atime = Args.f64(a, 1);
        double mtime = Args.f64(a, 2);
        return run(t, a, 3, () -> PosixFs.utimes(p, atime, mtime, follow));
    }

    /** Runs {@code op} now, or on the pool when the argument at {@code reqIndex} is a request id. */
    private V8Value run(NativeObject t, V8Value[] a, int reqIndex, Supplier<Object> op) throws JavetException {
        int req = Args.i32(a, reqIndex);
        if (req > 0) {
            isolate.submit(req, () -> guarded(op));
            return t.undefined();
        }
        return switch (op.get()) {
            case Integer i -> t.integer(i);
            case Double d -> t.number(d);
            case String s -> t.string(s);
            case Object o -> t.convert(o);
        };
    }

    /** Pool work never throws: an unexpected failure becomes EIO for its callback. */
    private static Object guarded(Supplier<Object> op) {
        try {
            return op.get();
        } catch (RuntimeException | Error e) {
            return Errno.EIO;
        }
    }

    /**
     * A view of (arrayBuffer, byteOffset, length) at argument {@code i}; null when it is not an ArrayBuffer or the
     * range falls outside it. JS keeps the ArrayBuffer alive until the operation completes.
     */
    private static MemorySegment segment(V8Value[] a, int i, int offIndex, int lenIndex) throws JavetException {
        if (i >= a.length || !(a[i] instanceof V8ValueArrayBuffer ab)) return null;
        long off = (long) Args.f64(a, offIndex);
        long len = (long) Args.f64(a, lenIndex);
        int size = ab.getByteLength();
        if (off < 0 || len < 0 || off + len > size) return null;
        if (len == 0) return MemorySegment.NULL;
        return MemorySegment.ofBuffer(ab.getByteBuffer()).asSlice(off, len);
    }

    private static String str(V8Value[] a, int i) {
        String s = Args.str(a, i);
        return s == null ? "" : s;
    }

    /**
     * The path at argument {@code i} made absolute against the isolate's cwd, textually: libc still sees trailing
     * slashes, "." and ".." as given (the empty path stays empty, so it fails with ENOENT).
     */
    private String abs(V8Value[] a, int i) {
        String p = str(a, i);
        if (p.isEmpty() || p.charAt(0) == '/') return p;
        String cwd = isolate.cwd();
        return cwd.endsWith("/") ? cwd + p : cwd + "/" + p;
    }

    private Path path(V8Value[] args) {
        return isolate.resolvePath(Args.str(args, 0));
    }
}
