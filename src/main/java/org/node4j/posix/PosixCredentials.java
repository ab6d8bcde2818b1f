package org.node4j.posix;

import java.lang.foreign.AddressLayout;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * Changing the process's user and groups (glibc applies each change to every thread), and name lookups in the
 * user and group databases. Results are 0 or a negative errno; lookups answer -1 for an unknown name.
 */
public final class PosixCredentials {
    private static final Linker LINKER = Linker.nativeLinker();
    private static final Linker.Option ERRNO = Linker.Option.captureCallState("errno");
    private static final long ERRNO_OFFSET = Linker.Option.captureStateLayout()
            .byteOffset(MemoryLayout.PathElement.groupElement("errno"));
    private static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;
    private static final AddressLayout A = ValueLayout.ADDRESS;
    private static final MethodHandle SETUID = fn("setuid", FunctionDescriptor.of(I, I));
    private static final MethodHandle SETGID = fn("setgid", FunctionDescriptor.of(I, I));
    private static final MethodHandle SETEUID = fn("seteuid", FunctionDescriptor.of(I, I));
    private static final MethodHandle SETEGID = fn("setegid", FunctionDescriptor.of(I, I));
    private static final MethodHandle SETGROUPS = fn("setgroups", FunctionDescriptor.of(I, ValueLayout.JAVA_LONG, A));
    private static final MethodHandle INITGROUPS = fn("initgroups", FunctionDescriptor.of(I, A, I));
    private static final MethodHandle GETPWNAM = fn("getpwnam", FunctionDescriptor.of(A, A));
    private static final MethodHandle GETGRNAM = fn("getgrnam", FunctionDescriptor.of(A, A));
    private static final MethodHandle GETPWUID = fn("getpwuid", FunctionDescriptor.of(A, I));
    /** Offsets in glibc's struct passwd (pw_uid) and struct group (gr_gid) on 64-bit Linux. */
    private static final long PW_UID = 16;
    private static final long GR_GID = 16;

    private PosixCredentials() {
    }

    private static MethodHandle fn(String name, FunctionDescriptor d) {
        return LINKER.downcallHandle(LINKER.defaultLookup().find(name).orElseThrow(), d, ERRNO);
    }

    /** {@code which}: one of "setuid", "setgid", "seteuid", "setegid". */
    public static int set(String which, int id) {
        MethodHandle h = switch (which) {
            case "setuid" -> SETUID;
            case "setgid" -> SETGID;
            case "seteuid" -> SETEUID;
            case "setegid" -> SETEGID;
            default -> throw new IllegalArgumentException(which);
        };
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
            int r = (int) h.invokeExact(state, id);
            return r < 0 ? -state.get(I, ERRNO_OFFSET) : 0;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    public static int setgroups(int[] groups) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
            MemorySegment list = arena.allocate(I, Math.max(1, groups.length));
            for (int i = 0; i < groups.length; i++) list.setAtIndex(I, i, groups[i]);
            int r = (int) SETGROUPS.invokeExact(state, (long) groups.length, list);
            return r < 0 ? -state.get(I, ERRNO_OFFSET) : 0;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    public static int initgroups(String user, int extraGroup) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
            int r = (int) INITGROUPS.invokeExact(state, arena.allocateFrom(user), extraGroup);
            return r < 0 ? -state.get(I, ERRNO_OFFSET) : 0;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** The uid of user {@code name}, or -1. */
    public static long uidOf(String name) {
        return lookup(GETPWNAM, name, PW_UID);
    }

    /** The gid of group {@code name}, or -1. */
    public static long gidOf(String name) {
        return lookup(GETGRNAM, name, GR_GID);
    }

    /** The name of user {@code uid}, or null. */
    public static String nameOfUid(int uid) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
            MemorySegment entry = (MemorySegment) GETPWUID.invokeExact(state, uid);
            if (entry.equals(MemorySegment.NULL)) return null;
            return entry.reinterpret(8).get(A, 0).reinterpret(Long.MAX_VALUE).getString(0);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static long lookup(MethodHandle h, String name, long idOffset) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
            MemorySegment entry = (MemorySegment) h.invokeExact(state, arena.allocateFrom(name));
            if (entry.equals(MemorySegment.NULL)) return -1;
            return Integer.toUnsignedLong(entry.reinterpret(idOffset + 4).get(I, idOffset));
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
