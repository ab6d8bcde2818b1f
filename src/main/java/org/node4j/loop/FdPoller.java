package org.node4j.loop;

import java.lang.foreign.AddressLayout;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Arrays;

/**
 * The loop's I/O backend, libuv's uv__io_poll on Linux: one epoll instance waited on by the loop thread in the poll
 * phase, so a ready socket, pipe or pidfd is handled without a thread hop. Registrations are level-triggered and
 * remember their interest, so re-stating an unchanged interest costs no system call. Other threads wake the loop
 * through an eventfd.
 */
public final class FdPoller implements AutoCloseable {
    public static final int READABLE = 0x001;
    public static final int WRITABLE = 0x004;
    public static final int ERROR = 0x008;
    public static final int HANGUP = 0x010;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;
    private static final ValueLayout.OfLong J = ValueLayout.JAVA_LONG;
    private static final AddressLayout A = ValueLayout.ADDRESS;
    private static final MethodHandle EPOLL_CREATE1 = fn("epoll_create1", FunctionDescriptor.of(I, I));
    private static final MethodHandle EPOLL_CTL = fn("epoll_ctl", FunctionDescriptor.of(I, I, I, I, A));
    private static final MethodHandle EPOLL_WAIT = fn("epoll_wait", FunctionDescriptor.of(I, I, A, I, I));
    private static final MethodHandle EVENTFD = fn("eventfd", FunctionDescriptor.of(I, I, I));
    private static final MethodHandle READ = fn("read", FunctionDescriptor.of(J, I, A, J));
    private static final MethodHandle WRITE = fn("write", FunctionDescriptor.of(J, I, A, J));
    private static final MethodHandle CLOSE = fn("close", FunctionDescriptor.of(I, I));
    private static final int CLOEXEC = 0x80000;
    private static final int EFD_NONBLOCK = 0x800;
    private static final int EPOLL_CTL_ADD = 1;
    private static final int EPOLL_CTL_DEL = 2;
    private static final int EPOLL_CTL_MOD = 3;
    /** struct epoll_event is packed on x86-64: u32 events, u64 data. */
    private static final int EVENT_SIZE = 12;
    private static final int MAX_EVENTS = 256;

    /** Told on the loop thread that its fd is ready ({@link #READABLE}, {@link #WRITABLE}, error or hang-up bits). */
    @FunctionalInterface
    public interface Watcher {
        void onReady(int events);
    }

    private final Arena arena = Arena.ofShared();
    private final MemorySegment ctlEvent = arena.allocate(EVENT_SIZE);
    private final MemorySegment events = arena.allocate((long) EVENT_SIZE * MAX_EVENTS, 8);
    private final MemorySegment wakeWord = arena.allocate(8, 8);
    private final MemorySegment drainWord = arena.allocate(8, 8);
    private final int epfd;
    private final int wakeFd;
    /** Indexed by fd: the watcher and the interest registered with epoll (0 when not registered). */
    private Watcher[] watchers = new Watcher[64];
    private int[] interests = new int[64];
    private int watched;
    private boolean closed;

    FdPoller() {
        try {
            epfd = (int) EPOLL_CREATE1.invokeExact(CLOEXEC);
            wakeFd = (int) EVENTFD.invokeExact(0, CLOEXEC | EFD_NONBLOCK);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        if (epfd < 0 || wakeFd < 0) throw new IllegalStateException("epoll/eventfd unavailable");
        wakeWord.set(J, 0, 1L);
        ctlEvent.set(ValueLayout.JAVA_INT_UNALIGNED, 0, READABLE);
        ctlEvent.set(ValueLayout.JAVA_LONG_UNALIGNED, 4, wakeFd);
        ctl(EPOLL_CTL_ADD, wakeFd, ctlEvent);
    }

    private static MethodHandle fn(String name, FunctionDescriptor d) {
        return LINKER.downcallHandle(LINKER.defaultLookup().find(name).orElseThrow(), d);
    }

    /** Loop thread: reports {@code fd}'s readiness for {@code events} to {@code watcher} until changed or unwatched. */
    public void watch(int fd, int events, Watcher watcher) {
        if (events == 0) {
            unwatch(fd);
            return;
        }
        grow(fd);
        watchers[fd] = watcher;
        int old = interests[fd];
        if (old == events) return;
        ctlEvent.set(ValueLayout.JAVA_INT_UNALIGNED, 0, events);
        ctlEvent.set(ValueLayout.JAVA_LONG_UNALIGNED, 4, fd);
        int r = ctl(old == 0 ? EPOLL_CTL_ADD : EPOLL_CTL_MOD, fd, ctlEvent);
        // The fd may have been closed and reused behind our back; registering afresh covers both cases.
        if (r != 0) r = ctl(old == 0 ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, fd, ctlEvent);
        if (r == 0) {
            if (old == 0) watched++;
            interests[fd] = events;
        }
    }

    /** Loop thread: forgets {@code fd}; call before closing it. */
    public void unwatch(int fd) {
        if (fd >= watchers.length) return;
        watchers[fd] = null;
        if (interests[fd] != 0) {
            interests[fd] = 0;
            watched--;
            ctl(EPOLL_CTL_DEL, fd, MemorySegment.NULL);
        }
    }

    /** Whether any fd is registered (the loop then must ask the kernel even when it must not block). */
    boolean hasWatches() {
        return watched > 0;
    }

    /**
     * Thread-safe: makes a waiting {@link #poll} return. Serialised with {@link #close} so a late completion from
     * a pool thread never writes to a closed (and possibly reused) descriptor or freed memory.
     */
    synchronized void wakeup() {
        if (closed) return;
        try {
            long r = (long) WRITE.invokeExact(wakeFd, wakeWord, 8L);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Loop thread: waits up to {@code timeoutMs} (-1 = no limit) and runs the watchers of the ready fds. */
    void poll(long timeoutMs) {
        int n;
        try {
            n = (int) EPOLL_WAIT.invokeExact(epfd, events, MAX_EVENTS, (int) Math.min(timeoutMs, Integer.MAX_VALUE));
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        for (int i = 0; i < n; i++) {
            long base = (long) i * EVENT_SIZE;
            int ready = events.get(ValueLayout.JAVA_INT_UNALIGNED, base);
            int fd = (int) events.get(ValueLayout.JAVA_LONG_UNALIGNED, base + 4);
            if (fd == wakeFd) {
                drainWakeups();
                continue;
            }
            // A watcher earlier in this batch may have unwatched this fd.
            Watcher w = fd < watchers.length ? watchers[fd] : null;
            if (w != null && interests[fd] != 0) w.onReady(ready);
        }
    }

    private void drainWakeups() {
        try {
            long r = (long) READ.invokeExact(wakeFd, drainWord, 8L);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private void grow(int fd) {
        if (fd < watchers.length) return;
        int size = Math.max(fd + 1, watchers.length * 2);
        watchers = Arrays.copyOf(watchers, size);
        interests = Arrays.copyOf(interests, size);
    }

    private int ctl(int op, int fd, MemorySegment ev) {
        try {
            return (int) EPOLL_CTL.invokeExact(epfd, op, fd, ev);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        try {
            int a = (int) CLOSE.invokeExact(epfd);
            int b = (int) CLOSE.invokeExact(wakeFd);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        arena.close();
    }
}
