package org.node4j.dns;

import org.node4j.loop.EventLoop;
import org.node4j.loop.FdPoller;
import org.node4j.loop.TimerHandle;
import org.node4j.posix.Errno;
import org.node4j.posix.PosixDatagram;
import org.node4j.posix.PosixFs;
import org.node4j.posix.PosixSocket;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import java.util.function.Consumer;

/**
 * One query on the loop thread, as c-ares runs it: over UDP to each server in turn, {@code tries} rounds with the
 * timeout doubling every round, and again over TCP to the same server when the answer comes back truncated.
 * Responses whose id or question do not match are ignored. The outcome (a response or an error code) is reported
 * once to {@code done}.
 */
final class DnsExchange {
    /** c-ares reports every failure to reach a server (refused, unreachable, reset) as ECONNREFUSED. */
    private static final String UNREACHABLE = "ECONNREFUSED";

    private final EventLoop loop;
    private final byte[] query;
    private final int id;
    private final String name;
    private final int type;
    private final List<DnsServer> servers;
    private final int timeoutMs;
    private final int tries;
    private final String[] localAddresses;
    private final MemorySegment buffer;
    private final Consumer<Object> done;
    private final TimerHandle timer;
    private final MemorySegment from = Arena.ofAuto().allocate(128, 8);
    private int attempt = -1;
    private int fd = -1;
    private boolean tcp;
    private boolean connecting;
    private MemorySegment tcpOut;
    /** A TCP answer arrives in pieces, so it gets memory of its own (the shared buffer serves one read only). */
    private MemorySegment tcpIn;
    private long tcpSent;
    private int tcpReceived;
    private String lastError = "ETIMEOUT";
    private boolean finished;

    /** {@code localAddresses}: the IPv4 and IPv6 source addresses to bind (null entries: any). */
    DnsExchange(EventLoop loop, byte[] query, int id, String name, int type, List<DnsServer> servers, int timeoutMs,
                int tries, String[] localAddresses, MemorySegment buffer, Consumer<Object> done) {
        this.loop = loop;
        this.query = query;
        this.id = id;
        this.name = name;
        this.type = type;
        this.servers = servers;
        this.timeoutMs = timeoutMs;
        this.tries = tries;
        this.localAddresses = localAddresses;
        this.buffer = buffer;
        this.done = done;
        this.timer = new TimerHandle(loop, this::onTimeout);
        timer.unref();
    }

    void start() {
        loop.requestStarted();
        nextAttempt();
    }

    void cancel() {
        finish("ECANCELLED");
    }

    private void nextAttempt() {
        closeSocket();
        attempt++;
        if (attempt >= tries * servers.size()) {
            finish(lastError);
            return;
        }
        DnsServer server = servers.get(attempt % servers.size());
        tcp = false;
        int r = openUdp(server);
        if (r < 0) {
            lastError = UNREACHABLE;
            loop.defer(this::nextAttemptIfRunning);
            return;
        }
        // The timeout runs from now, not from the loop's cached time (JS may have run long since).
        long timeout = (long) timeoutMs << Math.min(attempt / servers.size(), 16);
        timer.start(timeout + loop.clockNow() - loop.now(), 0);
    }

    private void nextAttemptIfRunning() {
        if (!finished) nextAttempt();
    }

    private int openUdp(DnsServer server) {
        fd = PosixDatagram.open(server.ipv6() ? 6 : 4);
        if (fd < 0) return fd;
        int r = bindLocal(server);
        if (r == 0) r = PosixDatagram.connect(fd, server.address(), server.port());
        if (r != 0) return r;
        MemorySegment iov = Arena.ofAuto().allocate(16, 8);
        MemorySegment data = Arena.ofAuto().allocate(query.length);
        MemorySegment.copy(query, 0, data, ValueLayout.JAVA_BYTE, 0, query.length);
        iov.set(ValueLayout.ADDRESS, 0, data);
        iov.set(ValueLayout.JAVA_LONG, 8, query.length);
        long sent = PosixDatagram.send(fd, iov, 1, null, 0);
        if (sent < 0) return (int) sent;
        loop.fdPoller().watch(fd, FdPoller.READABLE, this::onReady);
        return 0;
    }

    private int bindLocal(DnsServer server) {
        String local = localAddresses[server.ipv6() ? 1 : 0];
        return local == null ? 0 : PosixSocket.bind(fd, local, 0);
    }

    private void onReady(int events) {
        if (finished) return;
        if (tcp) {
            onTcpReady();
            return;
        }
        while (!finished && !tcp) {
            long n = PosixDatagram.receive(fd, buffer, from);
            if (n == Errno.EAGAIN) return;
            if (n < 0) {
                lastError = UNREACHABLE;
                timer.stop();
                nextAttempt();
                return;
            }
            handle(buffer.asSlice(0, Math.min(n, buffer.byteSize())).toArray(ValueLayout.JAVA_BYTE));
        }
    }

    /** A whole message from the server: the answer, a reason to try again, or one to ignore. */
    private void handle(byte[] message) {
        DnsResponse response;
        try {
            response = DnsResponse.decode(message);
        } catch (DnsFormatException e) {
            // A broken answer to this query (its id matches) ends it; other noise is ignored.
            if (tcp || message.length >= 2 && ((message[0] & 0xff) << 8 | (message[1] & 0xff)) == id) {
                finish("EBADRESP");
            }
            return;
        }
        if (response.id() != id || response.questionName() == null || response.questionType() != type
                || !sameName(response.questionName(), name)) {
            return;
        }
        if (response.truncated() && !tcp) {
            startTcp(servers.get(attempt % servers.size()));
            return;
        }
        int rcode = response.rcode();
        if (rcode == DnsResponse.RCODE_SERVFAIL || rcode == DnsResponse.RCODE_NOTIMP
                || rcode == DnsResponse.RCODE_REFUSED) {
            lastError = DnsAnswers.rcodeError(rcode);
            timer.stop();
            nextAttempt();
            return;
        }
        finish(response);
    }

    private static boolean sameName(String answered, String asked) {
        String a = answered.endsWith(".") ? answered.substring(0, answered.length() - 1) : answered;
        String b = asked.endsWith(".") ? asked.substring(0, asked.length() - 1) : asked;
        return a.equalsIgnoreCase(b);
    }

    private void startTcp(DnsServer server) {
        closeSocket();
        tcp = true;
        fd = PosixSocket.open(server.ipv6() ? PosixSocket.FAMILY_IPV6 : PosixSocket.FAMILY_IPV4);
        int r = fd < 0 ? fd : bindLocal(server);
        if (r == 0) r = PosixSocket.connect(fd, server.address(), server.port());
        if (r != 0 && r != Errno.EINPROGRESS) {
            lastError = UNREACHABLE;
            timer.stop();
            nextAttempt();
            return;
        }
        connecting = true;
        tcpOut = Arena.ofAuto().allocate(query.length + 2);
        tcpOut.set(ValueLayout.JAVA_BYTE, 0, (byte) (query.length >>> 8));
        tcpOut.set(ValueLayout.JAVA_BYTE, 1, (byte) query.length);
        MemorySegment.copy(query, 0, tcpOut, ValueLayout.JAVA_BYTE, 2, query.length);
        tcpSent = 0;
        tcpReceived = 0;
        if (tcpIn == null) tcpIn = Arena.ofAuto().allocate(DnsChannel.MAX_MESSAGE);
        loop.fdPoller().watch(fd, FdPoller.WRITABLE, this::onReady);
    }

    private void onTcpReady() {
        if (connecting) {
            connecting = false;
            int status = PosixSocket.takeError(fd);
            if (status != 0) {
                tcpFailed();
                return;
            }
        }
        if (tcpSent < tcpOut.byteSize()) {
            long n = PosixFs.write(fd, tcpOut.asSlice(tcpSent), -1);
            if (n < 0 && n != Errno.EAGAIN) {
                tcpFailed();
                return;
            }
            tcpSent += Math.max(n, 0);
            if (tcpSent < tcpOut.byteSize()) return;
            loop.fdPoller().watch(fd, FdPoller.READABLE, this::onReady);
            return;
        }
        long n = PosixFs.read(fd, tcpIn.asSlice(tcpReceived), -1);
        if (n == Errno.EAGAIN) return;
        if (n <= 0) {
            tcpFailed();
            return;
        }
        tcpReceived += (int) n;
        if (tcpReceived < 2) return;
        int length = (tcpIn.get(ValueLayout.JAVA_BYTE, 0) & 0xff) << 8 | (tcpIn.get(ValueLayout.JAVA_BYTE, 1) & 0xff);
        if (tcpReceived < 2 + length) return;
        handle(tcpIn.asSlice(2, length).toArray(ValueLayout.JAVA_BYTE));
    }

    private void tcpFailed() {
        lastError = UNREACHABLE;
        timer.stop();
        nextAttempt();
    }

    private void onTimeout() {
        if (finished) return;
        lastError = "ETIMEOUT";
        nextAttempt();
    }

    private void closeSocket() {
        if (fd < 0) return;
        loop.fdPoller().unwatch(fd);
        PosixFs.close(fd);
        fd = -1;
    }

    /** Reports the outcome once: a {@link DnsResponse} or an error code. */
    private void finish(Object outcome) {
        if (finished) return;
        finished = true;
        closeSocket();
        timer.close(null);
        loop.requestFinished();
        done.accept(outcome);
    }
}
