package org.node4j.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The libc file system calls behind node's {@code fs}, through FFM, on absolute paths and real file descriptors.
 * Every call returns its value (≥ 0) or a negative errno, as libuv's {@code uv_fs_*} do, and may run on any thread:
 * scratch memory (errno capture, C strings, stat buffers) is per thread.
 */
public final class PosixFs {
    private static final Linker LINKER = Linker.nativeLinker();
    private static final Linker.Option ERRNO = Linker.Option.captureCallState("errno");
    private static final long ERRNO_OFFSET = Linker.Option.captureStateLayout()
            .byteOffset(MemoryLayout.PathElement.groupElement("errno"));
    private static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;
    private static final ValueLayout.OfLong L = ValueLayout.JAVA_LONG;
    private static final ValueLayout A = ValueLayout.ADDRESS;

    private static final MethodHandle OPEN = fn("open", FunctionDescriptor.of(I, A, I, I), Linker.Option.firstVariadicArg(2));
    private static final MethodHandle CLOSE = fn("close", FunctionDescriptor.of(I, I));
    private static final MethodHandle READ = fn("read", FunctionDescriptor.of(L, I, A, L));
    private static final MethodHandle PREAD = fn("pread64", FunctionDescriptor.of(L, I, A, L, L));
    private static final MethodHandle WRITE = fn("write", FunctionDescriptor.of(L, I, A, L));
    private static final MethodHandle PWRITE = fn("pwrite64", FunctionDescriptor.of(L, I, A, L, L));
    private static final MethodHandle STATX = fn("statx", FunctionDescriptor.of(I, I, A, I, I, A));
    private static final MethodHandle FSTATAT = fn("fstatat64", FunctionDescriptor.of(I, I, A, A, I));
    private static final MethodHandle ACCESS = fn("access", FunctionDescriptor.of(I, A, I));
    private static final MethodHandle FTRUNCATE = fn("ftruncate64", FunctionDescriptor.of(I, I, L));
    private static final MethodHandle FSYNC = fn("fsync", FunctionDescriptor.of(I, I));
    private static final MethodHandle FDATASYNC = fn("fdatasync", FunctionDescriptor.of(I, I));
    private static final MethodHandle MKDIR = fn("mkdir", FunctionDescriptor.of(I, A, I));
    private static final MethodHandle MKDTEMP = fn("mkdtemp", FunctionDescriptor.of(A, A));
    private static final MethodHandle RMDIR = fn("rmdir", FunctionDescriptor.of(I, A));
    private static final MethodHandle UNLINK = fn("unlink", FunctionDescriptor.of(I, A));
    private static final MethodHandle RENAME = fn("rename", FunctionDescriptor.of(I, A, A));
    private static final MethodHandle LINK = fn("link", FunctionDescriptor.of(I, A, A));
    private static final MethodHandle SYMLINK = fn("symlink", FunctionDescriptor.of(I, A, A));
    private static final MethodHandle READLINK = fn("readlink", FunctionDescriptor.of(L, A, A, L));
    private static final MethodHandle REALPATH = fn("realpath", FunctionDescriptor.of(A, A, A));
    private static final MethodHandle CHMOD = fn("chmod", FunctionDescriptor.of(I, A, I));
    private static final MethodHandle FCHMOD = fn("fchmod", FunctionDescriptor.of(I, I, I));
    private static final MethodHandle CHOWN = fn("chown", FunctionDescriptor.of(I, A, I, I));
    private static final MethodHandle FCHOWN = fn("fchown", FunctionDescriptor.of(I, I, I, I));
    private static final MethodHandle LCHOWN = fn("lchown", FunctionDescriptor.of(I, A, I, I));
    private static final MethodHandle UTIMENSAT = fn("utimensat", FunctionDescriptor.of(I, I, A, A, I));
    private static final MethodHandle FUTIMENS = fn("futimens", FunctionDescriptor.of(I, I, A));
    private static final MethodHandle SENDFILE = fn("sendfile64", FunctionDescriptor.of(L, I, I, A, L));
    private static final MethodHandle IOCTL = fn("ioctl", FunctionDescriptor.of(I, I, L, I), Linker.Option.firstVariadicArg(2));
    private static final MethodHandle OPENDIR = fn("opendir", FunctionDescriptor.of(A, A));
    private static final MethodHandle READDIR = fn("readdir64", FunctionDescriptor.of(A, A));
    private static final MethodHandle CLOSEDIR = fn("closedir", FunctionDescriptor.of(I, A));

    public static final int O_RDONLY = 0;
    public static final int O_WRONLY = 1;
    public static final int O_CREAT = 0x40;
    public static final int O_EXCL = 0x80;
    public static final int O_TRUNC = 0x200;
    public static final int O_CLOEXEC = 0x80000;
    private static final int AT_FDCWD = -100;
    private static final int AT_SYMLINK_NOFOLLOW = 0x100;
    private static final int AT_EMPTY_PATH = 0x1000;
    private static final int STATX_BASIC_AND_BTIME = 0xfff;
    private static final int STATX_BTIME = 0x800;
    private static final long UTIME_OMIT = (1L << 30) - 2;
    private static final long FICLONE = 0x40049409L;
    private static final int COPYFILE_EXCL = 1;
    private static final int COPYFILE_FICLONE = 2;
    private static final int COPYFILE_FICLONE_FORCE = 4;
    private static final int PATH_SLOT = 4096;

    /** Node's stat array: dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, then (sec, nsec) × atime, mtime, ctime, birthtime. */
    public static final int STAT_FIELDS = 18;

    /** Per-thread memory for the calls. */
    private static final class Scratch {
        final Arena arena = Arena.ofAuto();
        final MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
        final MemorySegment paths = arena.allocate(PATH_SLOT * 2L, 8);
        final MemorySegment stat = arena.allocate(256, 8);
        final MemorySegment out = arena.allocate(PATH_SLOT + 1L, 8);
        boolean noStatx;

        int errno() {
            return -state.get(I, ERRNO_OFFSET);
        }

        /** {@code s} as a NUL-terminated UTF-8 string in slot 0 or 1 (longer strings get their own memory). */
        MemorySegment cstr(int slot, String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            if (b.length >= PATH_SLOT) return Arena.ofAuto().allocateFrom(s);
            MemorySegment seg = paths.asSlice((long) slot * PATH_SLOT, PATH_SLOT);
            MemorySegment.copy(b, 0, seg, ValueLayout.JAVA_BYTE, 0, b.length);
            seg.set(ValueLayout.JAVA_BYTE, b.length, (byte) 0);
            return seg;
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private PosixFs() {
    }

    private static MethodHandle fn(String name, FunctionDescriptor d, Linker.Option... extra) {
        Linker.Option[] options = Arrays.copyOf(extra, extra.length + 1);
        options[extra.length] = ERRNO;
        return LINKER.downcallHandle(LINKER.defaultLookup().find(name).orElseThrow(), d, options);
    }

    private static IllegalStateException failure(Throwable t) {
        return new IllegalStateException(t);
    }

    private static int intResult(Scratch s, int r) {
        return r < 0 ? s.errno() : r;
    }

    public static int open(String path, int flags, int mode) {
        Scratch s = SCRATCH.get();
        try {
            int r;
            do {
                r = (int) OPEN.invokeExact(s.state, s.cstr(0, path), flags | O_CLOEXEC, mode);
            } while (r < 0 && s.errno() == Errno.EINTR);
            return intResult(s, r);
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    public static int close(int fd) {
        Scratch s = SCRATCH.get();
        try {
            int r = (int) CLOSE.invokeExact(s.state, fd);
            return r < 0 && s.errno() != Errno.EINTR ? s.errno() : 0;
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    /** read(2), or pread(2) when {@code position} ≥ 0; returns the byte count or a negative errno. */
    public static long read(int fd, MemorySegment buf, long position) {
        Scratch s = SCRATCH.get();
        try {
            long r;
            do {
                r = position < 0 ? (long) READ.invokeExact(s.state, fd, buf, buf.byteSize())
                        : (long) PREAD.invokeExact(s.state, fd, buf, buf.byteSize(), position);
            } while (r < 0 && s.errno() == Errno.EINTR);
            return r < 0 ? s.errno() : r;
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    /** write(2), or pwrite(2) when {@code position} ≥ 0; one call, so the count may be short. */
    public static long write(int fd, MemorySegment buf, long position) {
        Scratch s = SCRATCH.get();
        try {
            long r;
            do {
                r = position < 0 ? (long) WRITE.invokeExact(s.state, fd, buf, buf.byteSize())
                        : (long) PWRITE.invokeExact(s.state, fd, buf, buf.byteSize(), position);
            } while (r < 0 && s.errno() == Errno.EINTR);
            return r < 0 ? s.errno() : r;
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    /** stat/lstat of {@code path} into {@code out} (node's 18 fields); 0 or a negative errno. */
    public static int stat(String path, boolean follow, double[] out) {
        Scratch s = SCRATCH.get();
        return statAt(s, AT_FDCWD, s.cstr(0, path), follow ? 0 : AT_SYMLINK_NOFOLLOW, out);
    }

    public static int fstat(int fd, double[] out) {
        Scratch s = SCRATCH.get();
        return statAt(s, fd, s.cstr(0, ""), AT_EMPTY_PATH, out);
    }

    private static int statAt(Scratch s, int dirfd, MemorySegment path, int flags, double[] out) {
        try {
            if (!s.noStatx) {
                int r = (int) STATX.invokeExact(s.state, dirfd, path, flags, STATX_BASIC_AND_BTIME, s.stat);
                if (r == 0) {
                    fromStatx(s.stat, out);
                    return 0;
                }
                int e = s.errno();
                if (e != Errno.ENOSYS && e != Errno.EPERM) return e;
                s.noStatx = true;
            }
            int r = (int) FSTATAT.invokeExact(s.state, dirfd, path, s.stat, flags);
            if (r < 0) return s.errno();
            fromStat(s.stat, out);
            return 0;
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    private static double u32(MemorySegment m, long off) {
        return Integer.toUnsignedLong(m.get(I, off));
    }

    private static double u64(MemorySegment m, long off) {
        return unsigned(m.get(L, off));
    }

    private static double unsigned(long v) {
        return v >= 0 ? v : (double) (v >>> 1) * 2.0 + (v & 1);
    }

    /** glibc's makedev. */
    private static double makedev(long major, long minor) {
        return unsigned(((major & 0xfffff000L) << 32) | ((major & 0xfffL) << 8)
                | ((minor & 0xffffff00L) << 12) | (minor & 0xffL));
    }

    private static void fromStatx(MemorySegment m, double[] out) {
        out[0] = makedev(Integer.toUnsignedLong(m.get(I, 136)), Integer.toUnsignedLong(m.get(I, 140)));
        out[1] = m.get(ValueLayout.JAVA_SHORT, 28) & 0xffff;
        out[2] = u32(m, 16);
        out[3] = u32(m, 20);
        out[4] = u32(m, 24);
        out[5] = makedev(Integer.toUnsignedLong(m.get(I, 128)), Integer.toUnsignedLong(m.get(I, 132)));
        out[6] = u32(m, 4);
        out[7] = u64(m, 32);
        out[8] = u64(m, 40);
        out[9] = u64(m, 48);
        timestamp(m, 64, out, 10);
        timestamp(m, 112, out, 12);
        timestamp(m, 96, out, 14);
        if ((m.get(I, 0) & STATX_BTIME) != 0) {
            timestamp(m, 80, out, 16);
        } else {
            out[16] = 0;
            out[17] = 0;
        }
    }

    private static void timestamp(MemorySegment m, long off, double[] out, int at) {
        out[at] = m.get(L, off);
        out[at + 1] = u32(m, off + 8);
    }

    /** struct stat of x86_64 Linux. */
    private static void fromStat(MemorySegment m, double[] out) {
        out[0] = u64(m, 0);
        out[1] = u32(m, 24);
        out[2] = u64(m, 16);
        out[3] = u32(m, 28);
        out[4] = u32(m, 32);
        out[5] = u64(m, 40);
        out[6] = u64(m, 56);
        out[7] = u64(m, 8);
        out[8] = u64(m, 48);
        out[9] = u64(m, 64);
        out[10] = m.get(L, 72);
        out[11] = m.get(L, 80);
        out[12] = m.get(L, 88);
        out[13] = m.get(L, 96);
        out[14] = m.get(L, 104);
        out[15] = m.get(L, 112);
        out[16] = 0;
        out[17] = 0;
    }

    public static int access(String path, int mode) {
        Scratch s = SCRATCH.get();
        try {
            return intResult(s, (int) ACCESS.invokeExact(s.state, s.cstr(0, path), mode));
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    public static int ftruncate(int fd, long length) {
        Scratch s = SCRATCH.get();
        try {
            return intResult(s, (int) FTRUNCATE.invokeExact(s.state, fd, length));
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    public static int fsync(int fd, boolean dataOnly) {
        Scratch s = SCRATCH.get();
        try {
            return intResult(s, dataOnly ? (int) FDATASYNC.invokeExact(s.state, fd) : (int) FSYNC.invokeExact(s.state, fd));
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    public static int mkdir(String path, int mode) {
        Scratch s = SCRATCH.get();
        try {
            return intResult(s, (int) MKDIR.invokeExact(s.state, s.cstr(0, path), mode));
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    /** mkdtemp(3) of {@code prefix + "XXXXXX"}: the created path, or an Integer errno. */
    public static Object mkdtemp(String prefix) {
        Scratch s = SCRATCH.get();
        try {
            MemorySegment template = s.cstr(0, prefix + "XXXXXX");
            MemorySegment r = (MemorySegment) MKDTEMP.invokeExact(s.state, template);
            if (r.address() == 0) return s.errno();
            return template.getString(0);
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    public static int rmdir(String path) {
        return pathCall(RMDIR, path);
    }

    public static int unlink(String path) {
        return pathCall(UNLINK, path);
    }

    private static int pathCall(MethodHandle h, String path) {
        Scratch s = SCRATCH.get();
        try {
            return intResult(s, (int) h.invokeExact(s.state, s.cstr(0, path)));
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    public static int rename(String from, String to) {
        return twoPaths(RENAME, from, to);
    }

    public static int link(String existing, String newPath) {
        return twoPaths(LINK, existing, newPath);
    }

    /** symlink(2): {@code target} is stored as given (not resolved). */
    public static int symlink(String target, String path) {
        return twoPaths(SYMLINK, target, path);
    }

    private static int twoPaths(MethodHandle h, String a, String b) {
        Scratch s = SCRATCH.get();
        try {
            return intResult(s, (int) h.invokeExact(s.state, s.cstr(0, a), s.cstr(1, b)));
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    /** The link's target, or an Integer errno. */
    public static Object readlink(String path) {
        Scratch s = SCRATCH.get();
        try {
            long n = (long) READLINK.invokeExact(s.state, s.cstr(0, path), s.out, (long) PATH_SLOT);
            if (n < 0) return s.errno();
            return utf8(s.out, n);
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    /** realpath(3): the canonical path, or an Integer errno. */
    public static Object realpath(String path) {
        Scratch s = SCRATCH.get();
        try {
            MemorySegment r = (MemorySegment) REALPATH.invokeExact(s.state, s.cstr(0, path), s.out);
            if (r.address() == 0) return s.errno();
            return s.out.getString(0);
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    private static String utf8(MemorySegment m, long n) {
        return new String(m.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE), StandardCharsets.UTF_8);
    }

    public static int chmod(String path, int mode) {
        Scratch s = SCRATCH.get();
        try {
            return intResult(s, (int) CHMOD.invokeExact(s.state, s.cstr(0, path), mode));
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    public static int fchmod(int fd, int mode) {
        Scratch s = SCRATCH.get();
        try {
            return intResult(s, (int) FCHMOD.invokeExact(s.state, fd, mode));
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    public static int chown(String path, int uid, int gid, boolean follow) {
        Scratch s = SCRATCH.get();
        try {
            MethodHandle h = follow ? CHOWN : LCHOWN;
            return intResult(s, (int) h.invokeExact(s.state, s.cstr(0, path), uid, gid));
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    public static int fchown(int fd, int uid, int gid) {
        Scratch s = SCRATCH.get();
        try {
            return intResult(s, (int) FCHOWN.invokeExact(s.state, fd, uid, gid));
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    /** Times in seconds since the epoch (fractions kept to the nanosecond); NaN leaves a time unchanged. */
    public static int utimes(String path, double atime, double mtime, boolean follow) {
        Scratch s = SCRATCH.get();
        try {
            MemorySegment ts = timespecs(s, atime, mtime);
            return intResult(s, (int) UTIMENSAT.invokeExact(s.state, AT_FDCWD, s.cstr(0, path), ts,
                    follow ? 0 : AT_SYMLINK_NOFOLLOW));
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    public static int futimes(int fd, double atime, double mtime) {
        Scratch s = SCRATCH.get();
        try {
            return intResult(s, (int) FUTIMENS.invokeExact(s.state, fd, timespecs(s, atime, mtime)));
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    private static MemorySegment timespecs(Scratch s, double atime, double mtime) {
        MemorySegment ts = s.stat;
        timespec(ts, 0, atime);
        timespec(ts, 16, mtime);
        return ts;
    }

    private static void timespec(MemorySegment ts, long off, double seconds) {
        if (Double.isNaN(seconds)) {
            ts.set(L, off, 0);
            ts.set(L, off + 8, UTIME_OMIT);
            return;
        }
        long sec = (long) Math.floor(seconds);
        long nsec = Math.round((seconds - sec) * 1e9);
        if (nsec >= 1_000_000_000L) {
            sec++;
            nsec -= 1_000_000_000L;
        }
        ts.set(L, off, sec);
        ts.set(L, off + 8, nsec);
    }

    /**
     * copyFile as libuv does it: open both, give the destination the source's mode, clone or sendfile the bytes.
     * {@code flags} are node's COPYFILE_* bits. 0 or a negative errno.
     */
    public static int copyFile(String src, String dst, int flags) {
        int in = open(src, O_RDONLY, 0);
        if (in < 0) return in;
        double[] st = new double[STAT_FIELDS];
        int out = -1;
        try {
            int r = fstat(in, st);
            if (r < 0) return r;
            int dstFlags = O_WRONLY | O_CREAT | ((flags & COPYFILE_EXCL) != 0 ? O_EXCL : 0);
            out = open(dst, dstFlags, (int) st[1] & 07777);
            if (out < 0) return out;
            double[] dstStat = new double[STAT_FIELDS];
            r = fstat(out, dstStat);
            if (r < 0) return r;
            if (dstStat[0] == st[0] && dstStat[7] == st[7]) return 0;
            r = ftruncate(out, 0);
            if (r < 0) return r;
            r = fchmod(out, (int) st[1] & 07777);
            if (r < 0 && r != Errno.EPERM) return r;
            if ((flags & (COPYFILE_FICLONE | COPYFILE_FICLONE_FORCE)) != 0) {
                int c = ioctl(out, FICLONE, in);
                if (c == 0) return 0;
                if ((flags & COPYFILE_FICLONE_FORCE) != 0) return c;
            }
            return sendAll(out, in, (long) st[8]);
        } finally {
            if (out >= 0) {
                int c = close(out);
                if (c < 0) unlink(dst);
            }
            close(in);
        }
    }

    private static int ioctl(int fd, long request, int arg) {
        Scratch s = SCRATCH.get();
        try {
            return intResult(s, (int) IOCTL.invokeExact(s.state, fd, request, arg));
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    private static int sendAll(int out, int in, long size) {
        Scratch s = SCRATCH.get();
        try {
            long left = size;
            while (true) {
                long n = (long) SENDFILE.invokeExact(s.state, out, in, MemorySegment.NULL, Math.min(Math.max(left, 1L << 20), 0x7ffff000L));
                if (n < 0) {
                    if (s.errno() == Errno.EINTR) continue;
                    return s.errno();
                }
                if (n == 0) return 0;
                left -= n;
            }
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    /**
     * The entries of a directory (without . and ..), sorted by bytes as libuv's scandir does, each as a type digit
     * (node's UV_DIRENT_* value) followed by the name; or an Integer errno.
     */
    public static Object readdir(String path) {
        Scratch s = SCRATCH.get();
        try {
            MemorySegment dir = (MemorySegment) OPENDIR.invokeExact(s.state, s.cstr(0, path));
            if (dir.address() == 0) return s.errno();
            List<byte[]> names = new ArrayList<>();
            try {
                while (true) {
                    MemorySegment e = (MemorySegment) READDIR.invokeExact(s.state, dir);
                    if (e.address() == 0) break;
                    MemorySegment ent = e.reinterpret(19 + 256);
                    long len = 0;
                    while (ent.get(ValueLayout.JAVA_BYTE, 19 + len) != 0) len++;
                    if (len == 1 && ent.get(ValueLayout.JAVA_BYTE, 19) == '.') continue;
                    if (len == 2 && ent.get(ValueLayout.JAVA_BYTE, 19) == '.' && ent.get(ValueLayout.JAVA_BYTE, 20) == '.') continue;
                    byte[] name = new byte[(int) len + 1];
                    name[0] = (byte) ('0' + direntType(ent.get(ValueLayout.JAVA_BYTE, 18)));
                    MemorySegment.copy(ent, ValueLayout.JAVA_BYTE, 19, name, 1, (int) len);
                    names.add(name);
                }
            } finally {
                int ignored = (int) CLOSEDIR.invokeExact(s.state, dir);
            }
            names.sort((a, b) -> Arrays.compareUnsigned(a, 1, a.length, b, 1, b.length));
            StringBuilder sb = new StringBuilder();
            for (byte[] n : names) {
                if (!sb.isEmpty()) sb.append('\0');
                sb.append(new String(n, StandardCharsets.UTF_8));
            }
            return sb.toString();
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    /** d_type to libuv's uv_dirent_type_t: 0 unknown, 1 file, 2 dir, 3 link, 4 fifo, 5 socket, 6 char, 7 block. */
    private static int direntType(byte dType) {
        return switch (dType) {
            case 8 -> 1;
            case 4 -> 2;
            case 10 -> 3;
            case 1 -> 4;
            case 12 -> 5;
            case 2 -> 6;
            case 6 -> 7;
            default -> 0;
        };
    }
}
