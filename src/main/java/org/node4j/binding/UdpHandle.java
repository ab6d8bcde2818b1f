package org.node4j.binding;

import org.node4j.engine.Isolate;
import org.node4j.loop.FdPoller;
import org.node4j.loop.Handle;
import org.node4j.posix.Errno;
import org.node4j.posix.PosixDatagram;
import org.node4j.posix.PosixFs;
import org.node4j.posix.PosixSocket;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayDeque;

/**
 * libuv's uv_udp_t over a non-blocking datagram fd: receives while JS wants messages, each datagram straight into
 * the isolate's datagram {@link ReadSlab}; sends go out at once and a datagram the socket cannot take now is copied
 * and queued until it is writable. Events reach the JS owner of {@link #id} through internal/handle_events.
 */
final class UdpHandle extends Handle {
    static final int EVENT_MESSAGE = 1;
    static final int EVENT_SEND = 2;
    static final int EVENT_CLOSE = 4;
    /** Datagrams taken per readiness report, like libuv's bounded receive loop. */
    private static final int RECEIVES_PER_TURN = 32;

    /** A datagram waiting for room in the socket's send buffer; a null ip sends to the connected peer. */
    private record Pending(MemorySegment data, String ip, int port) {
    }

    private final Isolate isolate;
    private final ReadSlab slab;
    final int id;
    /** False under node's --test-udp-no-try-send: every datagram then waits in the queue for writability. */
    private final boolean trySend;
    private int fd = -1;
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private final MemorySegment iovec = Arena.ofAuto().allocate(16, 8);
    /** The last sender's sockaddr and its decoded form: peers usually repeat, so the text is made once. */
    private final MemorySegment from = Arena.ofAuto().allocate(128, 8);
    private final MemorySegment lastFrom = Arena.ofAuto().allocate(28, 8);
    private PosixSocket.Address lastSender;
    private long queuedBytes;
    private boolean receiving;

    UdpHandle(Isolate isolate, ReadSlab slab, int id, boolean trySend) {
        super(isolate.loop());
        this.isolate = isolate;
        this.slab = slab;
        this.id = id;
        this.trySend = trySend;
    }

    int fd() {
        return fd;
    }

    /** Adopts the socket once it exists (created at bind, as libuv does on first use). */
    void open(int socket) {
        fd = socket;
    }

    int receiveStart() {
        if (fd < 0) return Errno.EBADF;
        receiving = true;
        updateWatch();
        return 0;
    }

    int receiveStop() {
        receiving = false;
        if (fd >= 0) updateWatch();
        return 0;
    }

    /**
     * Sends one datagram gathered from {@code count} iovecs ({@code parts} over the same memory, {@code total}
     * bytes): the bytes sent, a negative errno, or EAGAIN when it was queued (EVENT_SEND reports it later).
     */
    long send(MemorySegment iovecs, int count, MemorySegment[] parts, long total, String ip, int port) {
        if (trySend && queue.isEmpty()) {
            long r = PosixDatagram.send(fd, iovecs, count, ip, port);
            if (r != Errno.EAGAIN) return r;
        }
        MemorySegment copy = Arena.ofAuto().allocate(Math.max(total, 1));
        long at = 0;
        for (int i = 0; i < count; i++) {
            MemorySegment.copy(parts[i], 0, copy, at, parts[i].byteSize());
            at += parts[i].byteSize();
        }
        queue.add(new Pending(copy.asSlice(0, total), ip, port));
        queuedBytes += total;
        updateWatch();
        return Errno.EAGAIN;
    }

    int queueCount() {
        return queue.size();
    }

    long queueSize() {
        return queuedBytes;
    }

    private void updateWatch() {
        if (isClosing() || fd < 0) return;
        int events = (receiving ? FdPoller.READABLE : 0) | (queue.isEmpty() ? 0 : FdPoller.WRITABLE);
        loop.fdPoller().watch(fd, events, this::onReady);
        if (events == 0) deactivate();
        else activate();
    }

    private void onReady(int events) {
        if (isClosing()) return;
        if (!queue.isEmpty()) flush();
        if (receiving && !isClosing()) receiveAvailable();
        if (!isClosing()) updateWatch();
    }

    private void flush() {
        while (!queue.isEmpty() && !isClosing()) {
            Pending p = queue.peek();
            StreamHandle.setIovec(iovec, 0, p.data());
            long r = PosixDatagram.send(fd, iovec, 1, p.ip(), p.port());
            if (r == Errno.EAGAIN) return;
            queue.poll();
            queuedBytes -= p.data().byteSize();
            isolate.emit(id, EVENT_SEND, (int) r, null);
        }
    }

    private void receiveAvailable() {
        for (int i = 0; i < RECEIVES_PER_TURN && receiving && !isClosing(); i++) {
            MemorySegment room = slab.free();
            long n = PosixDatagram.receive(fd, room, from);
            if (n == Errno.EAGAIN) return;
            if (n < 0) {
                isolate.emit(id, EVENT_MESSAGE, (int) n, null);
                continue;
            }
            int length = (int) Math.min(n, room.byteSize());
            int offset = slab.take(length);
            PosixSocket.Address sender = sender();
            isolate.emit(id, EVENT_MESSAGE, slab.buffer(), offset, length, sender.port(), sender.address());
        }
    }

    private PosixSocket.Address sender() {
        if (lastSender == null || MemorySegment.mismatch(from, 0, 28, lastFrom, 0, 28) >= 0) {
            MemorySegment.copy(from, 0, lastFrom, 0, 28);
            lastSender = PosixDatagram.senderOf(from);
        }
        return lastSender;
    }

    @Override
    protected void onStop() {
        if (fd >= 0) {
            loop.fdPoller().unwatch(fd);
            PosixFs.close(fd);
        }
        queue.clear();
        queuedBytes = 0;
    }
}
