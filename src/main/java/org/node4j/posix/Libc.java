package org.node4j.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * Linking libc functions through FFM, and the per-thread memory their calls use: the captured errno and a scratch
 * area for small structs (socket addresses, option values), so a call allocates nothing.
 */
final class Libc {
    private static final Linker LINKER = Linker.nativeLinker();
    private static final Linker.Option ERRNO = Linker.Option.captureCallState("errno");
    private static final long ERRNO_OFFSET = Linker.Option.captureStateLayout()
            .byteOffset(java.lang.foreign.MemoryLayout.PathElement.groupElement("errno"));
    private static final ThreadLocal<Call> CALLS = ThreadLocal.withInitial(Call::new);

    private Libc() {
    }

    static MethodHandle fn(String name, FunctionDescriptor d) {
        return LINKER.downcallHandle(LINKER.defaultLookup().find(name).orElseThrow(), d);
    }

    /** A handle whose first argument is the call-state segment that receives errno. */
    static MethodHandle errnoFn(String name, FunctionDescriptor d) {
        return LINKER.downcallHandle(LINKER.defaultLookup().find(name).orElseThrow(), d, ERRNO);
    }

    static Call call() {
        return CALLS.get();
    }

    /** One thread's call memory. */
    static final class Call {
        private final Arena arena = Arena.ofAuto();
        final MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
        /** Room for a sockaddr_storage and a socklen_t, or an option value. */
        final MemorySegment scratch = arena.allocate(256, 8);
        final MemorySegment length = arena.allocate(ValueLayout.JAVA_INT);
        final MemorySegment text = arena.allocate(64, 8);

        /** The errno of the last call, negated like libuv's results. */
        int errno() {
            return -state.get(ValueLayout.JAVA_INT, ERRNO_OFFSET);
        }
    }

    static IllegalStateException failure(Throwable t) {
        return new IllegalStateException(t);
    }
}
