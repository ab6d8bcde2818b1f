package org.node4j.posix;

import java.lang.foreign.AddressLayout;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * Child processes through posix_spawn(3) (libuv's uv_spawn role): pipes, fd wiring, sessions, waiting and polling.
 * Every result is a count/pid ≥ 0 or a negative errno.
 */
public final class PosixSpawn {
    private static final Linker LINKER = Linker.nativeLinker();
    private static final Linker.Option ERRNO = Linker.Option.captureCallState("errno");
    private static final long ERRNO_OFFSET = Linker.Option.captureStateLayout()
            .byteOffset(MemoryLayout.PathElement.groupElement("errno"));
    private static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;
    private static final ValueLayout.OfShort S = ValueLayout.JAVA_SHORT;
    private static final AddressLayout A = ValueLayout.ADDRESS;

    private static final MethodHandle SOCKETPAIR = errnoFn("socketpair", FunctionDescriptor.of(I, I, I, I, A));
    private static final MethodHandle SHUTDOWN = errnoFn("shutdown", FunctionDescriptor.of(I, I, I));
    private static final MethodHandle FCNTL = errnoFn("fcntl", FunctionDescriptor.of(I, I, I, I), Linker.Option.firstVariadicArg(2));
    private static final MethodHandle WAITPID = errnoFn("waitpid", FunctionDescriptor.of(I, I, A, I));
    private static final MethodHandle POLL = errnoFn("poll", FunctionDescriptor.of(I, A, ValueLayout.JAVA_LONG, I));
    private static final MethodHandle PIDFD_OPEN = errnoFn("pidfd_open", FunctionDescriptor.of(I, I, I));
    private static final MethodHandle SPAWN = fn("posix_spawn", FunctionDescriptor.of(I, A, A, A, A, A, A));
    private static final MethodHandle ACTIONS_INIT = fn("posix_spawn_file_actions_init", FunctionDescriptor.of(I, A));
    private static final MethodHandle ACTIONS_DESTROY = fn("posix_spawn_file_actions_destroy", FunctionDescriptor.of(I, A));
    private static final MethodHandle ACTIONS_DUP2 = fn("posix_spawn_file_actions_adddup2", FunctionDescriptor.of(I, A, I, I));
    private static final MethodHandle ACTIONS_CLOSE = fn("posix_spawn_file_actions_addclose", FunctionDescriptor.of(I, A, I));
    private static final MethodHandle ACTIONS_CHDIR = fn("posix_spawn_file_actions_addchdir_np", FunctionDescriptor.of(I, A, A));
    private static final MethodHandle ACTIONS_CLOSEFROM = fn("posix_spawn_file_actions_addclosefrom_np", FunctionDescriptor.of(I, A, I));
    private static final MethodHandle ATTR_INIT = fn("posix_spawnattr_init", FunctionDescriptor.of(I, A));
    private static final MethodHandle ATTR_DESTROY = fn("posix_spawnattr_destroy", FunctionDescriptor.of(I, A));
    private static final MethodHandle ATTR_FLAGS = fn("posix_spawnattr_setflags", FunctionDescriptor.of(I, A, S));
    private static final MethodHandle ATTR_SIGMASK = fn("posix_spawnattr_setsigmask", FunctionDescriptor.of(I, A, A));
    private static final MethodHandle ATTR_SIGDEFAULT = fn("posix_spawnattr_setsigdefault", FunctionDescriptor.of(I, A, A));
    private static final MethodHandle SIGEMPTYSET = fn("sigemptyset", FunctionDescriptor.of(I, A));
    private static final MethodHandle SIGFILLSET = fn("sigfillset", FunctionDescriptor.of(I, A));

    private static final int O_NONBLOCK = 0x800;
    private static final int AF_UNIX = 1;
    private static final int SOCK_STREAM = 1;
    private static final int SHUT_WR = 1;
    private static final int O_CLOEXEC = 0x80000;
    private static final int F_DUPFD_CLOEXEC = 1030;
    private static final int F_GETFL = 3;
    private static final int F_SETFL = 4;
    private static final int WNOHANG = 1;
    private static final short POSIX_SPAWN_SETSIGDEF = 0x04;
    private static final short POSIX_SPAWN_SETSIGMASK = 0x08;
    private static final short POSIX_SPAWN_SETSID = 0x80;
    /** glibc's posix_spawn_file_actions_t is 80 bytes and posix_spawnattr_t 336; room to spare. */
    private static final long OPAQUE_SIZE = 512;

    public static final short POLLIN = 0x1;
    public static final short POLLOUT = 0x4;
    public static final short POLLERR = 0x8;
    public static final short POLLHUP = 0x10;

    private PosixSpawn() {
    }

    private static MethodHandle fn(String name, FunctionDescriptor d) {
        return LINKER.downcallHandle(LINKER.defaultLookup().find(name).orElseThrow(), d);
    }

    private static MethodHandle errnoFn(String name, FunctionDescriptor d, Linker.Option... extra) {
        Linker.Option[] options = java.util.Arrays.copyOf(extra, extra.length + 1);
        options[extra.length] = ERRNO;
        return LINKER.downcallHandle(LINKER.defaultLookup().find(name).orElseThrow(), d, options);
    }

    private static int errno(MemorySegment state) {
        return -state.get(I, ERRNO_OFFSET);
    }

    private static IllegalStateException failure(Throwable t) {
        return new IllegalStateException(t);
    }

    /**
     * A connected pair of close-on-exec Unix stream sockets, what libuv makes for a child's 'pipe' stdio: both
     * ends read and write, and {@link #shutdownWrite} ends one direction.
     */
    public static int socketPair(int[] fds) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
            MemorySegment pair = arena.allocate(I, 2);
            int r = (int) SOCKETPAIR.invokeExact(state, AF_UNIX, SOCK_STREAM | O_CLOEXEC, 0, pair);
            if (r < 0) return errno(state);
            fds[0] = pair.getAtIndex(I, 0);
            fds[1] = pair.getAtIndex(I, 1);
            return 0;
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    public static int shutdownWrite(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
            int r = (int) SHUTDOWN.invokeExact(state, fd, SHUT_WR);
            return r < 0 ? errno(state) : 0;
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    public static int setNonBlocking(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
            int flags = (int) FCNTL.invokeExact(state, fd, F_GETFL, 0);
            if (flags < 0) return errno(state);
            int r = (int) FCNTL.invokeExact(state, fd, F_SETFL, flags | O_NONBLOCK);
            return r < 0 ? errno(state) : 0;
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    private static int setBlocking(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
            int flags = (int) FCNTL.invokeExact(state, fd, F_GETFL, 0);
            if (flags < 0 || (flags & O_NONBLOCK) == 0) return flags < 0 ? errno(state) : 0;
            int r = (int) FCNTL.invokeExact(state, fd, F_SETFL, flags & ~O_NONBLOCK);
            return r < 0 ? errno(state) : 0;
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    private static int dupAbove(int fd, int min) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
            int r = (int) FCNTL.invokeExact(state, fd, F_DUPFD_CLOEXEC, min);
            return r < 0 ? errno(state) : r;
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    /**
     * Starts {@code request}; returns the child's pid or a negative errno (ENOENT, EACCES, … as exec reported them).
     * The child gets exactly the fds of {@code request.stdio()}, default signal dispositions and an empty mask.
     */
    public static int spawn(SpawnRequest request) {
        int[] stdio = request.stdio();
        List<Integer> temporaries = new ArrayList<>();
        try (Arena arena = Arena.ofConfined()) {
            // The child's stdin/stdout/stderr must block, as programs expect; like libuv, clear O_NONBLOCK on what
            // becomes them (the flag lives on the shared open file, so an inherited stream of ours blocks too).
            for (int i = 0; i < Math.min(3, stdio.length); i++) {
                if (stdio[i] >= 0) setBlocking(stdio[i]);
            }
            // A source fd that is also some target number would be overwritten before its own dup2: move it first.
            int[] sources = stdio.clone();
            for (int i = 0; i < sources.length; i++) {
                if (sources[i] >= 0 && sources[i] < sources.length && sources[i] != i) {
                    int moved = dupAbove(sources[i], sources.length);
                    if (moved < 0) return moved;
                    temporaries.add(moved);
                    sources[i] = moved;
                }
            }
            MemorySegment actions = arena.allocate(OPAQUE_SIZE, 16);
            MemorySegment attr = arena.allocate(OPAQUE_SIZE, 16);
            MemorySegment sigset = arena.allocate(128, 8);
            check((int) ACTIONS_INIT.invokeExact(actions));
            check((int) ATTR_INIT.invokeExact(attr));
            try {
                for (int i = 0; i < sources.length; i++) {
                    if (sources[i] >= 0) check((int) ACTIONS_DUP2.invokeExact(actions, sources[i], i));
                    else check((int) ACTIONS_CLOSE.invokeExact(actions, i));
                }
                check((int) ACTIONS_CLOSEFROM.invokeExact(actions, sources.length));
                if (request.cwd() != null) {
                    check((int) ACTIONS_CHDIR.invokeExact(actions, arena.allocateFrom(request.cwd())));
                }
                short flags = (short) (POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK
                        | (request.detached() ? POSIX_SPAWN_SETSID : 0));
                check((int) ATTR_FLAGS.invokeExact(attr, flags));
                check((int) SIGEMPTYSET.invokeExact(sigset));
                check((int) ATTR_SIGMASK.invokeExact(attr, sigset));
                check((int) SIGFILLSET.invokeExact(sigset));
                check((int) ATTR_SIGDEFAULT.invokeExact(attr, sigset));
                MemorySegment pid = arena.allocate(I);
                int r = (int) SPAWN.invokeExact(pid, arena.allocateFrom(request.file()), actions, attr,
                        cstrings(arena, request.argv()), cstrings(arena, request.env()));
                return r != 0 ? -r : pid.get(I, 0);
            } finally {
                ACTIONS_DESTROY.invoke(actions);
                ATTR_DESTROY.invoke(attr);
            }
        } catch (SpawnSetupException e) {
            return e.errno;
        } catch (Throwable t) {
            throw failure(t);
        } finally {
            for (int fd : temporaries) PosixFs.close(fd);
        }
    }

    private static final class SpawnSetupException extends Exception {
        final int errno;

        SpawnSetupException(int errno) {
            super(null, null, false, false);
            this.errno = errno;
        }
    }

    private static void check(int r) throws SpawnSetupException {
        if (r != 0) throw new SpawnSetupException(-Math.abs(r));
    }

    private static MemorySegment cstrings(Arena arena, String[] strings) {
        MemorySegment array = arena.allocate(A, strings.length + 1L);
        for (int i = 0; i < strings.length; i++) array.setAtIndex(A, i, arena.allocateFrom(strings[i]));
        array.setAtIndex(A, strings.length, MemorySegment.NULL);
        return array;
    }

    /**
     * waitpid(2): the raw wait status when the child ended, {@link Integer#MIN_VALUE} when {@code block} is false and
     * it still runs, or a negative errno.
     */
    public static int waitpid(int pid, boolean block) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
            MemorySegment status = arena.allocate(I);
            int r;
            do {
                r = (int) WAITPID.invokeExact(state, pid, status, block ? 0 : WNOHANG);
            } while (r < 0 && errno(state) == Errno.EINTR);
            if (r < 0) return errno(state);
            return r == 0 ? Integer.MIN_VALUE : status.get(I, 0);
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    /** A descriptor that polls readable once child {@code pid} has ended (Linux ≥ 5.3), or a negative errno. */
    public static int pidfd(int pid) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
            int r = (int) PIDFD_OPEN.invokeExact(state, pid, 0);
            return r < 0 ? errno(state) : r;
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    /** The exit code in a wait status, or -1 when a signal ended the child. */
    public static int exitCode(int status) {
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : -1;
    }

    /** The signal that ended the child, or 0 when it exited. */
    public static int termSignal(int status) {
        int sig = status & 0x7f;
        return sig != 0 && sig != 0x7f ? sig : 0;
    }

    /**
     * poll(2) over {@code fds} with {@code events}; fills {@code revents}; returns the ready count, 0 on timeout
     * ({@code timeoutMs} < 0 waits forever), or a negative errno other than EINTR.
     */
    public static int poll(int[] fds, short[] events, short[] revents, int timeoutMs) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
            MemorySegment set = arena.allocate(8L * fds.length, 8);
            for (int i = 0; i < fds.length; i++) {
                set.set(I, 8L * i, fds[i]);
                set.set(S, 8L * i + 4, events[i]);
            }
            int r = (int) POLL.invokeExact(state, set, (long) fds.length, timeoutMs);
            if (r < 0) return errno(state) == Errno.EINTR ? 0 : errno(state);
            for (int i = 0; i < fds.length; i++) revents[i] = set.get(S, 8L * i + 6);
            return r;
        } catch (Throwable t) {
            throw failure(t);
        }
    }
}
