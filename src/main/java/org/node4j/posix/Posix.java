package org.node4j.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/** The few libc calls node exposes that Java has no API for, through FFM. Handles are looked up once. */
public final class Posix {
    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBC = LINKER.defaultLookup();
    private static final MethodHandle GETUID = fn("getuid", FunctionDescriptor.of(ValueLayout.JAVA_INT));
    private static final MethodHandle GETEUID = fn("geteuid", FunctionDescriptor.of(ValueLayout.JAVA_INT));
    private static final MethodHandle GETGID = fn("getgid", FunctionDescriptor.of(ValueLayout.JAVA_INT));
    private static final MethodHandle GETEGID = fn("getegid", FunctionDescriptor.of(ValueLayout.JAVA_INT));
    private static final MethodHandle GETPPID = fn("getppid", FunctionDescriptor.of(ValueLayout.JAVA_INT));
    private static final MethodHandle UMASK = fn("umask", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    private static final MethodHandle ISATTY = fn("isatty", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    private static final MethodHandle KILL = fn("kill", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    private static final MethodHandle GETGROUPS = fn("getgroups", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
    private static final MethodHandle GETRUSAGE = fn("getrusage", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
    private static final MethodHandle ABORT = fn("abort", FunctionDescriptor.ofVoid());
    private static final MethodHandle WRITE = fn("write", FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));
    private static final Linker.Option ERRNO = Linker.Option.captureCallState("errno");
    private static final MethodHandle KILL_ERRNO = LINKER.downcallHandle(LIBC.find("kill").orElseThrow(),
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT), ERRNO);

    private Posix() {
    }

    private static MethodHandle fn(String name, FunctionDescriptor d) {
        return LINKER.downcallHandle(LIBC.find(name).orElseThrow(), d);
    }

    private static int callInt(MethodHandle h, Object... args) {
        try {
            return (int) h.invokeWithArguments(args);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    public static int getuid() {
        return callInt(GETUID);
    }

    public static int geteuid() {
        return callInt(GETEUID);
    }

    public static int getgid() {
        return callInt(GETGID);
    }

    public static int getegid() {
        return callInt(GETEGID);
    }

    public static int getppid() {
        return callInt(GETPPID);
    }

    public static int umask(int mask) {
        return callInt(UMASK, mask);
    }

    public static boolean isatty(int fd) {
        return callInt(ISATTY, fd) == 1;
    }

    /** kill(2); returns 0 or a negative errno. */
    public static int kill(int pid, int signal) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
            int r = (int) KILL_ERRNO.invoke(state, pid, signal);
            if (r == 0) return 0;
            return -state.get(ValueLayout.JAVA_INT, Linker.Option.captureStateLayout().byteOffset(
                    java.lang.foreign.MemoryLayout.PathElement.groupElement("errno")));
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** abort(3): the process ends by SIGABRT, as node's process.abort() does. */
    public static void abort() {
        try {
            ABORT.invokeExact();
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    public static int[] getgroups() {
        try (Arena arena = Arena.ofConfined()) {
            int n = callInt(GETGROUPS, 0, MemorySegment.NULL);
            if (n <= 0) return new int[0];
            MemorySegment buf = arena.allocate(ValueLayout.JAVA_INT, n);
            n = callInt(GETGROUPS, n, buf);
            return buf.asSlice(0, (long) Math.max(n, 0) * 4).toArray(ValueLayout.JAVA_INT);
        }
    }

    /**
     * getrusage(RUSAGE_SELF): the 16 fields of node's process.resourceUsage() order, user/system time in µs.
     */
    public static double[] resourceUsage() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment ru = arena.allocate(144);
            callInt(GETRUSAGE, 0, ru);
            double[] out = new double[16];
            out[0] = ru.get(ValueLayout.JAVA_LONG, 0) * 1e6 + ru.get(ValueLayout.JAVA_LONG, 8);
            out[1] = ru.get(ValueLayout.JAVA_LONG, 16) * 1e6 + ru.get(ValueLayout.JAVA_LONG, 24);
            for (int i = 0; i < 14; i++) out[2 + i] = ru.get(ValueLayout.JAVA_LONG, 32 + i * 8L);
            return out;
        }
    }

    /** write(2) of the whole segment, retrying short writes; returns 0 or a negative errno-ish -5. */
    public static int writeFully(int fd, MemorySegment data) {
        long off = 0;
        long len = data.byteSize();
        try {
            while (off < len) {
                long n = (long) WRITE.invoke(fd, data.asSlice(off), len - off);
                if (n < 0) return Errno.EIO;
                off += n;
            }
            return 0;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
