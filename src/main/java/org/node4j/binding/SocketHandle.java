package org.node4j.binding;

import org.node4j.engine.Isolate;
import org.node4j.loop.FdPoller;
import org.node4j.posix.Errno;
import org.node4j.posix.PosixSocket;

/**
 * A stream socket (TCP or Unix domain) in libuv's roles: a listening server that reports each accepted connection,
 * a client whose connect completes asynchronously, and from then on a {@link StreamHandle}.
 */
final class SocketHandle extends StreamHandle {
    static final int EVENT_CONNECT = 5;
    static final int EVENT_CONNECTION = 6;
    /** Connections taken per readiness report, like libuv's accept loop bounded per turn. */
    private static final int ACCEPTS_PER_TURN = 64;

    private boolean connecting;
    private boolean listening;

    SocketHandle(Isolate isolate, ReadSlab slab, int id, int fd) {
        super(isolate, slab, id, fd);
    }

    /** Starts connecting to ip:port (or a Unix path when port is -1); EVENT_CONNECT reports the outcome. */
    int connect(String address, int port) {
        int r = PosixSocket.connect(fd, address, port);
        if (r != 0 && r != Errno.EINPROGRESS) return r;
        connecting = true;
        updateWatch();
        return 0;
    }

    /** Listens; each accepted connection's fd comes as EVENT_CONNECTION (or a negative errno). */
    int listen(int backlog) {
        int r = PosixSocket.listen(fd, backlog);
        if (r != 0) return r;
        listening = true;
        updateWatch();
        return 0;
    }

    @Override
    protected int interest() {
        return super.interest() | (connecting ? FdPoller.WRITABLE : 0) | (listening ? FdPoller.READABLE : 0);
    }

    @Override
    protected void onReady(int events) {
        if (isClosing()) return;
        if (connecting) {
            connecting = false;
            int status = PosixSocket.takeError(fd);
            updateWatch();
            isolate.emit(id, EVENT_CONNECT, status, null);
            return;
        }
        if (listening) {
            acceptPending();
            return;
        }
        super.onReady(events);
    }

    private void acceptPending() {
        for (int i = 0; i < ACCEPTS_PER_TURN && listening && !isClosing(); i++) {
            int client = PosixSocket.accept(fd);
            if (client == Errno.EAGAIN) return;
            isolate.emit(id, EVENT_CONNECTION, client, null);
            // Out of descriptors: report once and let the next readiness report retry, like libuv.
            if (client < 0) return;
        }
    }
}
