package org.node4j.binding;

import org.node4j.engine.Isolate;
import org.node4j.loop.FdPoller;
import org.node4j.loop.Handle;
import org.node4j.posix.Errno;
import org.node4j.posix.PosixFs;
import org.node4j.posix.PosixSocket;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayDeque;

/**
 * libuv's uv_stream_t over a non-blocking fd (socket, pipe, tty): reads while JS wants data, straight into the
 * isolate's {@link ReadSlab}; writes go to the fd at once and what it does not take is copied and queued until the
 * fd is writable. Events reach the JS owner of {@link #id} through internal/handle_events. A {@link TlsLayer}
 * started on the stream sits between JS and the fd: JS then reads and writes plaintext, the fd carries records.
 */
class StreamHandle extends Handle {
    static final int EVENT_READ = 1;
    static final int EVENT_WRITE = 2;
    static final int EVENT_SHUTDOWN = 3;
    static final int EVENT_CLOSE = 4;
    static final int UV_EOF = -4095;
    /** Reads per readiness report, so one busy stream cannot starve the others (libuv reads 32 times too). */
    private static final int READS_PER_TURN = 32;

    protected final Isolate isolate;
    final int id;
    final int fd;
    final ReadSlab slab;
    /** Unwritten tails of writes; those marked are reported by one EVENT_WRITE once flushed. */
    private final ArrayDeque<Queued> queue = new ArrayDeque<>();
    private long queueHead;
    private boolean reading;
    private boolean shutdownPending;
    private TlsLayer tls;

    private static final class Queued {
        final MemorySegment data;
        boolean report;

        Queued(MemorySegment data, boolean report) {
            this.data = data;
            this.report = report;
        }
    }

    StreamHandle(Isolate isolate, ReadSlab slab, int id, int fd) {
        super(isolate.loop());
        this.isolate = isolate;
        this.slab = slab;
        this.id = id;
        this.fd = fd;
    }

    final int readStart() {
        reading = true;
        if (tls != null) tls.onReadStart();
        updateWatch();
        return 0;
    }

    final int readStop() {
        reading = false;
        updateWatch();
        return 0;
    }

    final boolean isReading() {
        return reading;
    }

    /** The end of input (UV_EOF) or a read error: reading stops, JS is told. */
    final void emitReadEnd(int status) {
        reading = false;
        isolate.emit(id, EVENT_READ, status, null);
    }

    final void startTls(TlsLayer layer) {
        tls = layer;
        updateWatch();
    }

    final TlsLayer tls() {
        return tls;
    }

    /** Writes what the fd takes now; returns the count written (the rest is queued) or a negative errno. */
    final int write(MemorySegment data) {
        if (tls != null) return tls.write(new MemorySegment[] {data});
        return writeRaw(data, true);
    }

    /**
     * Bytes straight to the fd (records, when TLS is on): what the fd does not take now is queued, reported by an
     * EVENT_WRITE when {@code report}. Returns the count written now or a negative errno.
     */
    final int writeRaw(MemorySegment data, boolean report) {
        long written = 0;
        if (queue.isEmpty()) {
            long r = PosixFs.write(fd, data, -1);
            if (r < 0 && r != Errno.EAGAIN) return (int) r;
            written = Math.max(r, 0);
        }
        if (written < data.byteSize()) enqueue(copyOf(data.asSlice(written)), report);
        return (int) written;
    }

    /**
     * Writes several buffers in one system call ({@code iovecs} holds {@code count} struct iovecs over them,
     * {@code total} bytes); returns the count written (the rest is queued as one write) or a negative errno.
     */
    final long writev(MemorySegment iovecs, int count, MemorySegment[] parts, long total) {
        if (tls != null) return tls.write(parts);
        long written = 0;
        if (queue.isEmpty()) {
            long r = PosixSocket.writev(fd, iovecs, count);
            if (r < 0 && r != Errno.EAGAIN) return r;
            written = Math.max(r, 0);
        }
        if (written < total) {
            MemorySegment rest = Arena.ofAuto().allocate(total - written);
            long skip = written;
            long at = 0;
            for (MemorySegment part : parts) {
                long n = part.byteSize();
                if (skip >= n) {
                    skip -= n;
                    continue;
                }
                MemorySegment.copy(part, skip, rest, at, n - skip);
                at += n - skip;
                skip = 0;
            }
            enqueue(rest, true);
        }
        return written;
    }

    final int shutdown() {
        if (tls != null) return tls.shutdown();
        return shutdownRaw();
    }

    /** Shuts the fd's write side once everything queued is out; EVENT_SHUTDOWN reports it. */
    final int shutdownRaw() {
        if (queue.isEmpty()) {
            int r = PosixSocket.shutdownWrite(fd);
            loop.defer(() -> {
                if (!isClosing()) isolate.emit(id, EVENT_SHUTDOWN, r, null);
            });
        } else {
            shutdownPending = true;
        }
        return 0;
    }

    /** Delivers what is readable now (a child's output before its exit is reported). */
    final void readPending() {
        if (wantsRead() && !isClosing()) readAvailable();
    }

    final int queuedBytes() {
        long n = -queueHead;
        for (Queued q : queue) n += q.data.byteSize();
        return (int) Math.min(n, Integer.MAX_VALUE);
    }

    final boolean queueEmpty() {
        return queue.isEmpty();
    }

    /** Marks the last queued bytes to be reported when flushed; false when nothing is queued. */
    final boolean reportWhenFlushed() {
        if (queue.isEmpty()) return false;
        queue.peekLast().report = true;
        return true;
    }

    /** Whether the fd is to be read: JS wants data, or TLS needs records (a handshake in progress). */
    private boolean wantsRead() {
        return tls != null ? tls.wantsRecords() : reading;
    }

    /** The readiness this handle needs now; subclasses add theirs (connecting, listening). */
    protected int interest() {
        return (wantsRead() ? FdPoller.READABLE : 0) | (queue.isEmpty() ? 0 : FdPoller.WRITABLE);
    }

    final void updateWatch() {
        if (isClosing()) return;
        int events = interest();
        loop.fdPoller().watch(fd, events, this::onReady);
        if (events == 0) deactivate();
        else activate();
    }

    protected void onReady(int events) {
        if (isClosing()) return;
        if (!queue.isEmpty()) flush();
        if (wantsRead() && !isClosing()) readAvailable();
        if (!isClosing()) updateWatch();
    }

    private void enqueue(MemorySegment rest, boolean report) {
        queue.add(new Queued(rest, report));
        updateWatch();
    }

    private static MemorySegment copyOf(MemorySegment data) {
        MemorySegment copy = Arena.ofAuto().allocate(data.byteSize());
        copy.copyFrom(data);
        return copy;
    }

    private void flush() {
        while (!queue.isEmpty()) {
            Queued head = queue.peek();
            long r = PosixFs.write(fd, head.data.asSlice(queueHead), -1);
            if (r == Errno.EAGAIN) return;
            if (r < 0) {
                failQueue((int) r);
                return;
            }
            queueHead += r;
            if (queueHead < head.data.byteSize()) continue;
            queue.poll();
            queueHead = 0;
            if (head.report) isolate.emit(id, EVENT_WRITE, 0, null);
            if (isClosing()) return;
        }
        if (shutdownPending) {
            shutdownPending = false;
            isolate.emit(id, EVENT_SHUTDOWN, PosixSocket.shutdownWrite(fd), null);
        }
    }

    private void failQueue(int errno) {
        while (!queue.isEmpty() && !isClosing()) {
            Queued q = queue.poll();
            queueHead = 0;
            if (q.report) isolate.emit(id, EVENT_WRITE, errno, null);
        }
    }

    private void readAvailable() {
        if (tls != null) {
            tls.readRecords();
            return;
        }
        for (int i = 0; i < READS_PER_TURN && reading && !isClosing(); i++) {
            MemorySegment room = slab.free();
            long n = PosixFs.read(fd, room, -1);
            if (n == Errno.EAGAIN) return;
            if (n <= 0) {
                reading = false;
                isolate.emit(id, EVENT_READ, n == 0 ? UV_EOF : (int) n, null);
                return;
            }
            int offset = slab.take((int) n);
            isolate.emit(id, EVENT_READ, slab.buffer(), offset, (int) n);
            // A short read emptied the fd (libuv stops there too): no second read that would only say EAGAIN,
            // or block on a descriptor a child made blocking.
            if (n < room.byteSize()) return;
        }
    }

    @Override
    protected void onStop() {
        loop.fdPoller().unwatch(fd);
        // Like libuv, the process's own stdio descriptors stay open.
        if (fd > 2) PosixFs.close(fd);
        queue.clear();
    }

    /** The struct iovec array layout: base pointer then length. */
    static void setIovec(MemorySegment iovecs, int index, MemorySegment part) {
        iovecs.set(ValueLayout.ADDRESS, index * 16L, part);
        iovecs.set(ValueLayout.JAVA_LONG, index * 16L + 8, part.byteSize());
    }
}
