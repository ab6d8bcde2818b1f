package org.node4j.binding;

import org.node4j.posix.Errno;
import org.node4j.posix.PosixFs;
import org.node4j.tls.ChainVerifier;
import org.node4j.tls.ClientHello;
import org.node4j.tls.TlsContext;
import org.node4j.tls.TlsErrors;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * node's TLSWrap: the TLS record layer between a {@link StreamHandle}'s fd and JS, all on the loop thread except
 * the engine's delegated tasks (pool). Records read from the fd are decrypted straight into the read slab, so JS
 * sees plaintext Buffers as it does on a plain socket; JS writes are encrypted and written as records. Writes before
 * the handshake ends wait here, each reported by one EVENT_WRITE once sent. A server may first read the client's
 * hello to report the server name it asks for (EVENT_CLIENT_HELLO), then gets its context and engine.
 */
final class TlsLayer {
    static final int EVENT_HANDSHAKE = 7;
    static final int EVENT_ERROR = 8;
    static final int EVENT_CLIENT_HELLO = 9;
    private static final int UV_EPIPE = -32;
    private static final int READS_PER_TURN = 32;
    private static final ByteBuffer EMPTY = ByteBuffer.allocateDirect(0);

    private final StreamHandle stream;
    private final boolean server;
    private final String serverName;
    private final String peerHost;
    private final int port;
    private final String[] alpn;
    private final int clientAuth;
    private final Resumable resume;
    private final long startedAt;
    private TlsContext context;
    private SSLEngine engine;
    private ByteBuffer netIn;
    private ByteBuffer netOut;
    /** Plaintext written before the handshake finished, each a JS write awaiting its EVENT_WRITE. */
    private final ArrayDeque<MemorySegment> pendingWrites = new ArrayDeque<>();
    /** Plaintext decrypted while JS was not reading. */
    private final ArrayDeque<byte[]> heldReads = new ArrayDeque<>();
    private int plainOffset = -1;
    private int plainLength;
    private boolean started;
    private boolean awaitingContext;
    private boolean taskRunning;
    private boolean handshakeDone;
    private boolean inboundDone;
    private boolean failed;
    private boolean shutdownAfterWrites;
    private String requestedName;
    private String verifyError;
    private MemorySegment finalFlight;

    /**
     * What resuming a client session takes with the JDK: an engine from the SSLContext that cached it, for the same
     * host and port.
     */
    record Resumable(javax.net.ssl.SSLContext ssl, String peerHost, int port) {
    }

    TlsLayer(StreamHandle stream, TlsContext context, boolean server, String serverName, String peerHost, int port,
             String[] alpn, int clientAuth, Resumable resume) {
        this.stream = stream;
        this.context = context;
        this.server = server;
        this.serverName = serverName;
        this.peerHost = peerHost;
        this.port = port;
        this.alpn = alpn;
        this.clientAuth = clientAuth;
        this.resume = resume;
        this.startedAt = System.currentTimeMillis();
        netIn = ByteBuffer.allocateDirect(17 * 1024 + 64 * 1024);
        if (context != null) createEngine();
    }

    private void createEngine() {
        boolean resuming = resume != null && resume.peerHost() != null;
        engine = context.engine(resuming ? resume.ssl() : context.sslContext(), server, serverName,
                resuming ? resume.peerHost() : peerHost, resuming ? resume.port() : port, alpn, clientAuth);
        netOut = ByteBuffer.allocateDirect(4 * engine.getSession().getPacketBufferSize());
    }

    /** Begins the handshake: a client sends its hello, a server waits for one. */
    void start() {
        started = true;
        stream.isolate.loop().defer(this::proceed);
    }

    /** The context for a server once its client's hello was read (SNI). */
    void useContext(TlsContext chosen) {
        context = chosen;
        awaitingContext = false;
        createEngine();
        stream.isolate.loop().defer(this::proceed);
    }

    private void proceed() {
        if (stream.isClosing()) return;
        if (engine != null && !engine.isInboundDone() && engine.getHandshakeStatus() == HandshakeStatus.NOT_HANDSHAKING
                && !handshakeDone) {
            try {
                engine.beginHandshake();
            } catch (SSLException e) {
                fail(e);
                return;
            }
        }
        pump();
        if (!stream.isClosing()) stream.updateWatch();
    }

    SSLEngine engine() {
        return engine;
    }

    /** The server name a server's client asked for (read from its hello), or null. */
    String requestedName() {
        return requestedName;
    }

    String verifyError() {
        return verifyError;
    }

    boolean handshakeDone() {
        return handshakeDone;
    }

    /** Whether the fd should be read now. */
    boolean wantsRecords() {
        if (failed || inboundDone || taskRunning || awaitingContext || !started) return false;
        if (!netIn.hasRemaining()) return false;
        return !handshakeDone || stream.isReading();
    }

    void onReadStart() {
        if (!handshakeDone && heldReads.isEmpty()) return;
        stream.isolate.loop().defer(() -> {
            while (!heldReads.isEmpty() && stream.isReading() && !stream.isClosing()) deliver(heldReads.poll());
            if (!stream.isClosing()) proceed();
        });
    }

    /** Reads what the fd has and processes the records (StreamHandle's readiness report). */
    void readRecords() {
        for (int i = 0; i < READS_PER_TURN && wantsRecords() && !stream.isClosing(); i++) {
            MemorySegment room = MemorySegment.ofBuffer(netIn);
            long n = PosixFs.read(stream.fd, room, -1);
            if (n == Errno.EAGAIN) return;
            if (n <= 0) {
                onEnd(n == 0 ? StreamHandle.UV_EOF : (int) n);
                return;
            }
            netIn.position(netIn.position() + (int) n);
            if (engine == null) {
                peekHello();
                return;
            }
            pump();
            if (n < room.byteSize()) return;
        }
    }

    private void peekHello() {
        String name = ClientHello.serverName(netIn.duplicate().flip());
        if (name == null && netIn.hasRemaining()) return;
        requestedName = name == null ? "" : name;
        awaitingContext = true;
        stream.isolate.emit(stream.id, EVENT_CLIENT_HELLO, requestedName, null);
    }

    private void onEnd(int status) {
        emitPlain();
        inboundDone = true;
        if (engine != null) {
            try {
                engine.closeInbound();
            } catch (SSLException ignored) {
                // the peer closed without close_notify: node reports a plain end too
            }
        }
        if (!stream.isClosing()) stream.emitReadEnd(status);
    }

    /** Drives the engine as far as the data at hand allows: handshake steps, then plaintext to JS. */
    private void pump() {
        if (stream.isClosing() || failed || engine == null || taskRunning) return;
        try {
            while (!stream.isClosing() && !failed) {
                HandshakeStatus hs = engine.getHandshakeStatus();
                if (hs == HandshakeStatus.NEED_TASK) {
                    runTasks();
                    break;
                }
                if (hs == HandshakeStatus.NEED_WRAP) {
                    if (!wrapHandshake()) break;
                    continue;
                }
                if (hs == HandshakeStatus.NOT_HANDSHAKING || hs == HandshakeStatus.FINISHED) {
                    if (!handshakeDone) {
                        finishHandshake();
                        continue;
                    }
                    if (!stream.isReading() || inboundDone) break;
                }
                if (!unwrapOne()) break;
            }
        } catch (SSLException e) {
            fail(e);
            return;
        }
        emitPlain();
    }

    /** Unwraps one record into the slab; false when more data is needed (or none can be taken now). */
    private boolean unwrapOne() throws SSLException {
        if (inboundDone) return false;
        netIn.flip();
        SSLEngineResult r;
        try {
            if (!netIn.hasRemaining()) return false;
            r = engine.unwrap(netIn, plainRoom());
        } finally {
            netIn.compact();
        }
        int n = r.bytesProduced();
        if (n > 0) {
            int at = stream.slab.take(n);
            if (plainOffset < 0) plainOffset = at;
            plainLength += n;
        }
        switch (r.getStatus()) {
            case BUFFER_UNDERFLOW -> {
                int need = engine.getSession().getPacketBufferSize();
                if (netIn.capacity() < need) netIn = ByteBuffer.allocateDirect(need).put(netIn.flip());
                return false;
            }
            case BUFFER_OVERFLOW -> {
                emitPlain();
                return true;
            }
            case CLOSED -> {
                emitPlain();
                inboundDone = true;
                if (!stream.isClosing()) stream.emitReadEnd(StreamHandle.UV_EOF);
                return engine.getHandshakeStatus() == HandshakeStatus.NEED_WRAP;
            }
            default -> {
                return r.bytesConsumed() > 0 || n > 0;
            }
        }
    }

    /** Slab room for one record after the plaintext not yet handed to JS (which is handed over first if not). */
    private ByteBuffer plainRoom() {
        int need = engine.getSession().getApplicationBufferSize();
        if (plainLength > 0 && !stream.slab.hasRoom(need)) emitPlain();
        return stream.slab.free(need).asByteBuffer();
    }

    private void emitPlain() {
        if (plainLength == 0) return;
        int at = plainOffset;
        int n = plainLength;
        plainOffset = -1;
        plainLength = 0;
        if (stream.isClosing()) return;
        if (stream.isReading() && heldReads.isEmpty()) {
            stream.isolate.emit(stream.id, StreamHandle.EVENT_READ, stream.slab.buffer(), at, n);
        } else {
            byte[] copy = new byte[n];
            MemorySegment.copy(stream.slab.segment(), at, MemorySegment.ofArray(copy), 0, n);
            heldReads.add(copy);
        }
    }

    private void deliver(byte[] plain) {
        MemorySegment room = stream.slab.free(plain.length);
        MemorySegment.copy(MemorySegment.ofArray(plain), 0, room, 0, plain.length);
        int at = stream.slab.take(plain.length);
        stream.isolate.emit(stream.id, StreamHandle.EVENT_READ, stream.slab.buffer(), at, plain.length);
    }

    private boolean wrapHandshake() throws SSLException {
        netOut.clear();
        SSLEngineResult r = engine.wrap(EMPTY, netOut);
        netOut.flip();
        if (!server && r.getHandshakeStatus() == HandshakeStatus.FINISHED && netOut.hasRemaining()) {
            // A client's last flight waits until JS has judged the server: one it rejects never sees it, as in node.
            finalFlight = Arena.ofAuto().allocate(netOut.remaining());
            finalFlight.copyFrom(MemorySegment.ofBuffer(netOut));
            return true;
        }
        if (netOut.hasRemaining()) {
            int w = stream.writeRaw(MemorySegment.ofBuffer(netOut), false);
            if (w < 0) {
                failed = true;
                if (!stream.isClosing()) stream.emitReadEnd(w);
                return false;
            }
        }
        return r.getStatus() != SSLEngineResult.Status.CLOSED || r.bytesProduced() > 0;
    }

    private void runTasks() {
        taskRunning = true;
        List<Runnable> tasks = new ArrayList<>();
        for (Runnable t = engine.getDelegatedTask(); t != null; t = engine.getDelegatedTask()) tasks.add(t);
        stream.isolate.pool().submit(stream.isolate.loop(), () -> {
            for (Runnable t : tasks) t.run();
            return Boolean.TRUE;
        }, done -> {
            taskRunning = false;
            if (stream.isClosing()) return;
            pump();
            if (!stream.isClosing()) stream.updateWatch();
        });
    }

    /**
     * Tells JS, then sends a client's last flight and the writes that waited. Writes made while JS hears of the
     * handshake wait too: they must follow that flight.
     */
    private void finishHandshake() {
        emitPlain();
        if (!server || clientAuth != TlsContext.CLIENT_AUTH_NONE) verifyError = verify();
        stream.isolate.emit(stream.id, EVENT_HANDSHAKE, 0, null);
        if (stream.isClosing()) return;
        if (finalFlight != null) {
            int w = stream.writeRaw(finalFlight, false);
            finalFlight = null;
            if (w < 0) {
                failed = true;
                stream.emitReadEnd(w);
                return;
            }
        }
        handshakeDone = true;
        flushPendingWrites();
    }

    private String verify() {
        X509Certificate[] chain = peerChain();
        return ChainVerifier.verify(chain, context.trusted(), new Date());
    }

    X509Certificate[] peerChain() {
        if (engine == null) return null;
        try {
            Certificate[] certs = engine.getSession().getPeerCertificates();
            X509Certificate[] out = new X509Certificate[certs.length];
            for (int i = 0; i < certs.length; i++) out[i] = (X509Certificate) certs[i];
            return out;
        } catch (SSLPeerUnverifiedException e) {
            return null;
        }
    }

    X509Certificate ownCertificate() {
        if (engine == null) return null;
        Certificate[] own = engine.getSession().getLocalCertificates();
        return own == null || own.length == 0 ? null : (X509Certificate) own[0];
    }

    Resumable resumable() {
        if (resume != null) return resume;
        return new Resumable(context.sslContext(), peerHost, port);
    }

    /** Whether a client resumed: its session is older than this connection (the JDK hands back the cached one). */
    boolean sessionReused() {
        return !server && engine != null && engine.getSession().getCreationTime() < startedAt;
    }

    TlsContext context() {
        return context;
    }

    SSLSession session() {
        return engine == null ? null : engine.getSession();
    }

    private void flushPendingWrites() {
        while (!pendingWrites.isEmpty() && !stream.isClosing() && !failed) {
            MemorySegment data = pendingWrites.poll();
            int r = encrypt(new MemorySegment[] {data});
            if (r < 0) {
                stream.isolate.emit(stream.id, StreamHandle.EVENT_WRITE, r, null);
                continue;
            }
            if (!stream.reportWhenFlushed()) stream.isolate.emit(stream.id, StreamHandle.EVENT_WRITE, 0, null);
        }
        if (shutdownAfterWrites && pendingWrites.isEmpty() && !stream.isClosing()) {
            shutdownAfterWrites = false;
            closeOutbound();
        }
    }

    /** A JS write of plaintext: the count taken now (all of it), or 0 when its EVENT_WRITE comes later. */
    int write(MemorySegment[] parts) {
        if (failed || (engine != null && engine.isOutboundDone())) return UV_EPIPE;
        long total = 0;
        for (MemorySegment p : parts) total += p.byteSize();
        if (total == 0) return 0;
        if (!handshakeDone || !pendingWrites.isEmpty()) {
            MemorySegment copy = Arena.ofAuto().allocate(total);
            long at = 0;
            for (MemorySegment p : parts) {
                MemorySegment.copy(p, 0, copy, at, p.byteSize());
                at += p.byteSize();
            }
            pendingWrites.add(copy);
            return 0;
        }
        int r = encrypt(parts);
        if (r < 0) return r;
        return stream.reportWhenFlushed() ? 0 : (int) total;
    }

    /** Encrypts all of {@code parts} into records written to the fd (the rest queued); 0 or a negative errno. */
    private int encrypt(MemorySegment[] parts) {
        ByteBuffer[] sources = new ByteBuffer[parts.length];
        for (int i = 0; i < parts.length; i++) sources[i] = parts[i].asByteBuffer();
        int packet = engine.getSession().getPacketBufferSize();
        try {
            while (remaining(sources)) {
                netOut.clear();
                while (remaining(sources) && netOut.remaining() >= packet) {
                    SSLEngineResult r = engine.wrap(sources, netOut);
                    if (r.getStatus() == SSLEngineResult.Status.CLOSED) return UV_EPIPE;
                    if (r.getStatus() == SSLEngineResult.Status.BUFFER_OVERFLOW) break;
                    if (r.getHandshakeStatus() == HandshakeStatus.NEED_TASK) {
                        for (Runnable t = engine.getDelegatedTask(); t != null; t = engine.getDelegatedTask()) t.run();
                    }
                    if (r.bytesConsumed() == 0 && r.bytesProduced() == 0) return UV_EPIPE;
                }
                netOut.flip();
                int w = stream.writeRaw(MemorySegment.ofBuffer(netOut), false);
                if (w < 0) return w;
            }
        } catch (SSLException e) {
            fail(e);
            return UV_EPIPE;
        }
        return 0;
    }

    private static boolean remaining(ByteBuffer[] sources) {
        for (ByteBuffer b : sources) {
            if (b.hasRemaining()) return true;
        }
        return false;
    }

    /** JS ended its side: close_notify once pending writes are out, then the fd's write side. */
    int shutdown() {
        if (!handshakeDone && (inboundDone || failed || engine == null)) return stream.shutdownRaw();
        if (!handshakeDone || !pendingWrites.isEmpty()) {
            shutdownAfterWrites = true;
            return 0;
        }
        return closeOutbound();
    }

    private int closeOutbound() {
        if (engine != null && !failed) {
            engine.closeOutbound();
            try {
                while (!engine.isOutboundDone()) {
                    netOut.clear();
                    SSLEngineResult r = engine.wrap(EMPTY, netOut);
                    netOut.flip();
                    if (netOut.hasRemaining()) stream.writeRaw(MemorySegment.ofBuffer(netOut), false);
                    if (r.bytesProduced() == 0) break;
                }
            } catch (SSLException ignored) {
                // the connection is going away anyway
            }
        }
        return stream.shutdownRaw();
    }

    private void fail(SSLException e) {
        failWith(TlsErrors.of(e));
    }

    private void failWith(org.node4j.tls.TlsFailure f) {
        if (failed) return;
        failed = true;
        // The engine has its alert ready: the peer learns why before the connection goes.
        if (engine != null) {
            try {
                for (int i = 0; i < 4; i++) {
                    netOut.clear();
                    SSLEngineResult r = engine.wrap(EMPTY, netOut);
                    netOut.flip();
                    if (netOut.hasRemaining()) stream.writeRaw(MemorySegment.ofBuffer(netOut), false);
                    if (r.bytesProduced() == 0) break;
                }
            } catch (SSLException | RuntimeException ignored) {
                // nothing more to send
            }
        }
        if (!stream.isClosing()) stream.isolate.emit(stream.id, EVENT_ERROR, f.encoded(), null);
    }
}
