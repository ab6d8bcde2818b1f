package org.node4j.binding;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.values.reference.V8ValueArrayBuffer;
import org.node4j.engine.Args;
import org.node4j.engine.Isolate;
import org.node4j.engine.NativeObject;
import org.node4j.loop.FdPoller;
import org.node4j.loop.Handle;
import org.node4j.posix.Errno;
import org.node4j.posix.PosixFs;
import org.node4j.posix.PosixSpawn;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code internalBinding('pipe_wrap')}: byte streams over non-blocking fds (a child's stdio), libuv's stream
 * handles. JS names each pipe by a handle id (internal/handle_events) and gets its events there:
 * {@link #EVENT_READ} (an ArrayBuffer, or a negative errno; EOF is UV_EOF), {@link #EVENT_WRITE} (status of the
 * oldest write that did not complete at once), {@link #EVENT_SHUTDOWN} (status) and {@link #EVENT_CLOSE}. {@code readPending} delivers what is readable now (before a child's exit is reported).
 */
final class PipeWrapBinding implements Binding {
    static final int EVENT_READ = 1;
    static final int EVENT_WRITE = 2;
    static final int EVENT_SHUTDOWN = 3;
    static final int EVENT_CLOSE = 4;
    static final int UV_EOF = -4095;
    private static final int CHUNK = 65536;

    private final Isolate isolate;
    private final Map<Integer, Pipe> pipes = new HashMap<>();
    private MemorySegment readBuffer;

    PipeWrapBinding(Isolate isolate) {
        this.isolate = isolate;
    }

    @Override
    public String name() {
        return "pipe_wrap";
    }

    @Override
    public void install(NativeObject t) throws JavetException {
        t.fn("open", args -> {
            int id = Args.i32(args, 0);
            int fd = Args.i32(args, 1);
            int r = PosixSpawn.setNonBlocking(fd);
            if (r == 0) pipes.put(id, new Pipe(id, fd));
            return t.integer(r);
        });
        t.fn("readStart", args -> t.integer(pipe(args).readStart()));
        t.fn("readStop", args -> t.integer(pipe(args).readStop()));
        t.fn("readPending", args -> {
            Pipe p = pipe(args);
            if (p.reading) p.readAvailable();
            return t.undefined();
        });
        t.fn("write", args -> {
            Pipe p = pipe(args);
            ByteBuffer bytes = ((V8ValueArrayBuffer) args[1]).getByteBuffer();
            int offset = Args.i32(args, 2);
            int length = Args.i32(args, 3);
            return t.integer(p.write(MemorySegment.ofBuffer(bytes).asSlice(offset, length)));
        });
        t.fn("shutdown", args -> t.integer(pipe(args).shutdown()));
        t.fn("close", args -> {
            Pipe p = pipes.remove(Args.i32(args, 0));
            if (p != null) p.close(() -> isolate.emit(p.id, EVENT_CLOSE, null, null));
            return t.undefined();
        });
        t.fn("ref", args -> {
            pipe(args).ref();
            return t.undefined();
        });
        t.fn("unref", args -> {
            pipe(args).unref();
            return t.undefined();
        });
    }

    private Pipe pipe(com.caoccao.javet.values.V8Value[] args) {
        Pipe p = pipes.get(Args.i32(args, 0));
        if (p == null) throw new IllegalStateException("pipe handle is closed");
        return p;
    }

    private MemorySegment readBuffer() {
        if (readBuffer == null) readBuffer = Arena.ofAuto().allocate(CHUNK);
        return readBuffer;
    }

    /** One fd: reads while JS wants data, queues what a write could not finish, re-arms the poller as needed. */
    private final class Pipe extends Handle {
        final int id;
        final int fd;
        final ArrayDeque<byte[]> queue = new ArrayDeque<>();
        int queueHead;
        boolean reading;
        boolean shutdownPending;

        Pipe(int id, int fd) {
            super(isolate.loop());
            this.id = id;
            this.fd = fd;
        }

        int readStart() {
            reading = true;
            updateWatch();
            return 0;
        }

        int readStop() {
            reading = false;
            updateWatch();
            return 0;
        }

        /** Writes what the fd takes now; returns the count written, the rest is queued (EVENT_WRITE reports it). */
        int write(MemorySegment data) {
            long written = 0;
            if (queue.isEmpty()) {
                long r = PosixFs.write(fd, data, -1);
                if (r < 0 && r != Errno.EAGAIN) return (int) r;
                written = Math.max(r, 0);
            }
            if (written < data.byteSize()) {
                byte[] rest = data.asSlice(written).toArray(ValueLayout.JAVA_BYTE);
                queue.add(rest);
                updateWatch();
            }
            return (int) written;
        }

        int shutdown() {
            if (queue.isEmpty()) {
                int r = PosixSpawn.shutdownWrite(fd);
                isolate.loop().defer(() -> isolate.emit(id, EVENT_SHUTDOWN, r, null));
            } else {
                shutdownPending = true;
            }
            return 0;
        }

        private void updateWatch() {
            if (isClosing()) return;
            int events = (reading ? FdPoller.READABLE : 0) | (queue.isEmpty() ? 0 : FdPoller.WRITABLE);
            if (events == 0) {
                isolate.loop().fdPoller().unwatch(fd);
                deactivate();
            } else {
                isolate.loop().fdPoller().watch(fd, events, this::onReady);
                activate();
            }
        }

        private void onReady(int events) {
            if (isClosing()) return;
            if (!queue.isEmpty()) flush();
            if (reading && !isClosing()) readAvailable();
            if (!isClosing()) updateWatch();
        }

        private void flush() {
            try (Arena arena = Arena.ofConfined()) {
                while (!queue.isEmpty()) {
                    byte[] head = queue.peek();
                    MemorySegment seg = arena.allocateFrom(ValueLayout.JAVA_BYTE, head);
                    long r = PosixFs.write(fd, seg.asSlice(queueHead), -1);
                    if (r == Errno.EAGAIN) return;
                    if (r < 0) {
                        failQueue((int) r);
                        return;
                    }
                    queueHead += (int) r;
                    if (queueHead < head.length) continue;
                    queue.poll();
                    queueHead = 0;
                    isolate.emit(id, EVENT_WRITE, 0, null);
                    if (isClosing()) return;
                }
            }
            if (shutdownPending) {
                shutdownPending = false;
                int r = PosixSpawn.shutdownWrite(fd);
                isolate.emit(id, EVENT_SHUTDOWN, r, null);
            }
        }

        private void failQueue(int errno) {
            while (!queue.isEmpty() && !isClosing()) {
                queue.poll();
                queueHead = 0;
                isolate.emit(id, EVENT_WRITE, errno, null);
            }
        }

        private void readAvailable() {
            MemorySegment buf = readBuffer();
            while (reading && !isClosing()) {
                long n = PosixFs.read(fd, buf, -1);
                if (n == Errno.EAGAIN) return;
                if (n <= 0) {
                    reading = false;
                    isolate.emit(id, EVENT_READ, n == 0 ? UV_EOF : (int) n, null);
                    return;
                }
                try (V8ValueArrayBuffer ab = isolate.runtime().createV8ValueArrayBuffer((int) n)) {
                    MemorySegment.ofBuffer(ab.getByteBuffer()).copyFrom(buf.asSlice(0, n));
                    isolate.emit(id, EVENT_READ, ab, null);
                } catch (JavetException e) {
                    throw new IllegalStateException(e);
                }
            }
        }

        @Override
        protected void onStop() {
            isolate.loop().fdPoller().unwatch(fd);
            // Like libuv, the process's own stdio descriptors stay open.
            if (fd > 2) PosixFs.close(fd);
            queue.clear();
        }
    }
}
