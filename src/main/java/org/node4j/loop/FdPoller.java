package org.node4j.loop;

import java.lang.foreign.AddressLayout;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Readiness of raw file descriptors (pipes, ttys, pidfds) for one loop: what NIO's selector cannot watch. A daemon
 * thread waits in epoll_wait and posts each ready fd to the loop thread; every watch is one-shot, so the loop reads
 * until EAGAIN and re-arms, and no event is reported twice.
 */
public final class FdPoller implements AutoCloseable {
    public static final int READABLE = 0x001;
    public static final int WRITABLE = 0x004;
    public static final int ERROR = 0x008;
    public static final int HANGUP = 0x010;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;
    private static final AddressLayout A = ValueLayout.ADDRESS;
    private static final MethodHandle EPOLL_CREATE1 = fn("epoll_create1", FunctionDescriptor.of(I, I));
    private static final MethodHandle EPOLL_CTL = fn("epoll_ctl", FunctionDescriptor.of(I, I, I, I, A));
    private static final MethodHandle EPOLL_WAIT = fn("epoll_wait", FunctionDescriptor.of(I, I, A, I, I));
    private static final MethodHandle EVENTFD = fn("eventfd", FunctionDescriptor.of(I, I, I));
    private static final MethodHandle WRITE = fn("write", FunctionDescriptor.of(ValueLayout.JAVA_LONG, I, A, ValueLayout.JAVA_LONG));
    private static final MethodHandle CLOSE = fn("close", FunctionDescriptor.of(I, I));
    private static final int EPOLL_CLOEXEC = 0x80000;
    private static final int EPOLL_CTL_ADD = 1;
    private static final int EPOLL_CTL_DEL = 2;
    private static final int EPOLL_CTL_MOD = 3;
    private static final int EPOLLONESHOT = 1 << 30;
    /** struct epoll_event is packed on x86-64: u32 events, u64 data. */
    private static final int EVENT_SIZE = 12;
    private static final int MAX_EVENTS = 64;

    /** Told on the loop thread that its fd is ready ({@link #READABLE}, {@link #WRITABLE}, error or hang-up bits). */
    @FunctionalInterface
    public interface Watcher {
        void onReady(int events);
    }

    private final EventLoop loop;
    private final Map<Integer, Watcher> watchers = new ConcurrentHashMap<>();
    private final Arena arena = Arena.ofShared();
    /** epoll_ctl's argument; only the loop thread uses it. */
    private final MemorySegment ctlEvent = arena.allocate(EVENT_SIZE);
    private int epfd = -1;
    private int wakeFd = -1;
    private Thread thread;
    private volatile boolean closed;

    public FdPoller(EventLoop loop) {
        this.loop = loop;
    }

    private static MethodHandle fn(String name, FunctionDescriptor d) {
        return LINKER.downcallHandle(LINKER.defaultLookup().find(name).orElseThrow(), d);
    }

    /** Loop thread: reports {@code fd}'s next readiness for {@code events} to {@code watcher}, once. */
    public void watch(int fd, int events, Watcher watcher) {
        start();
        boolean known = watchers.put(fd, watcher) != null;
        ctlEvent.set(ValueLayout.JAVA_INT_UNALIGNED, 0, events | EPOLLONESHOT);
        ctlEvent.set(ValueLayout.JAVA_LONG_UNALIGNED, 4, fd);
        if (ctl(known ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, fd, ctlEvent) != 0 && known) {
            ctl(EPOLL_CTL_ADD, fd, ctlEvent);
        }
    }

    /** Loop thread: forgets {@code fd}; call before closing it. */
    public void unwatch(int fd) {
        if (watchers.remove(fd) != null) ctl(EPOLL_CTL_DEL, fd, MemorySegment.NULL);
    }

    private int ctl(int op, int fd, MemorySegment ev) {
        try {
            return (int) EPOLL_CTL.invokeExact(epfd, op, fd, ev);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private void start() {
        if (thread != null) return;
        try {
            epfd = (int) EPOLL_CREATE1.invokeExact(EPOLL_CLOEXEC);
            wakeFd = (int) EVENTFD.invokeExact(0, EPOLL_CLOEXEC);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        ctlEvent.set(ValueLayout.JAVA_INT_UNALIGNED, 0, READABLE);
        ctlEvent.set(ValueLayout.JAVA_LONG_UNALIGNED, 4, wakeFd);
        ctl(EPOLL_CTL_ADD, wakeFd, ctlEvent);
        thread = Thread.ofPlatform().daemon().name("node4j-fd-poller").stackSize(256 * 1024).start(this::pollLoop);
    }

    private void pollLoop() {
        MemorySegment events = arena.allocate((long) EVENT_SIZE * MAX_EVENTS, 8);
        while (!closed) {
            int n;
            try {
                n = (int) EPOLL_WAIT.invokeExact(epfd, events, MAX_EVENTS, -1);
            } catch (Throwable t) {
                return;
            }
            for (int i = 0; i < n; i++) {
                int ready = events.get(ValueLayout.JAVA_INT_UNALIGNED, (long) i * EVENT_SIZE);
                int fd = (int) events.get(ValueLayout.JAVA_LONG_UNALIGNED, (long) i * EVENT_SIZE + 4);
                if (fd == wakeFd) return;
                Watcher w = watchers.get(fd);
                if (w != null) loop.post(() -> {
                    if (watchers.get(fd) == w) w.onReady(ready);
                });
            }
        }
    }

    @Override
    public void close() {
        if (thread == null) {
            arena.close();
            return;
        }
        closed = true;
        try {
            MemorySegment one = arena.allocate(8);
            one.set(ValueLayout.JAVA_LONG, 0, 1);
            WRITE.invoke(wakeFd, one, 8L);
            thread.join(1000);
            CLOSE.invoke(epfd);
            CLOSE.invoke(wakeFd);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        if (!thread.isAlive()) arena.close();
    }
}
