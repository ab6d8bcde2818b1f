package org.node4j.binding;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.values.V8Value;
import com.caoccao.javet.values.reference.V8ValueArray;
import com.caoccao.javet.values.reference.V8ValueArrayBuffer;
import org.node4j.engine.Args;
import org.node4j.engine.Isolate;
import org.node4j.engine.NativeObject;
import org.node4j.posix.Errno;
import org.node4j.posix.PosixDatagram;
import org.node4j.posix.PosixFs;
import org.node4j.posix.PosixSocket;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code internalBinding('udp_wrap')}: UDP sockets, libuv's uv_udp, over the {@link UdpHandle}s it keeps by JS
 * handle id. Addresses are IP literals (JS resolves names first); results are ≥ 0 or a negative errno.
 */
final class UdpWrapBinding implements Binding, AutoCloseable {
    static final int BIND_REUSE_ADDR = 1;
    static final int BIND_IPV6_ONLY = 2;
    /** Datagrams are at most 64 KiB, so every receive gets that much room in a 256 KiB slab. */
    private static final int SLAB_SIZE = 256 * 1024;
    private static final int SLAB_MIN_FREE = 64 * 1024;
    private static final int MAX_IOVECS = 1024;

    private final Isolate isolate;
    private final ReadSlab slab;
    private final Map<Integer, UdpHandle> handles = new HashMap<>();
    private final MemorySegment iovecs = Arena.ofAuto().allocate(16L * MAX_IOVECS, 8);
    private final MemorySegment[] parts = new MemorySegment[MAX_IOVECS];

    UdpWrapBinding(Isolate isolate) {
        this.isolate = isolate;
        this.slab = new ReadSlab(isolate, SLAB_SIZE, SLAB_MIN_FREE);
    }

    @Override
    public String name() {
        return "udp_wrap";
    }

    private UdpHandle handle(V8Value[] args) {
        UdpHandle h = handles.get(Args.i32(args, 0));
        if (h == null) throw new IllegalStateException("udp handle is closed");
        return h;
    }

    /** The handle's fd, or EBADF before it has a socket. */
    private int fd(V8Value[] args) {
        int fd = handle(args).fd();
        return fd < 0 ? Errno.EBADF : fd;
    }

    @Override
    public void install(NativeObject t) throws JavetException {
        t.value("BIND_REUSE_ADDR", BIND_REUSE_ADDR);
        t.value("BIND_IPV6_ONLY", BIND_IPV6_ONLY);
        // create(id, trySend)
        t.fn("create", args -> {
            int id = Args.i32(args, 0);
            handles.put(id, new UdpHandle(isolate, slab, id, Args.bool(args, 1)));
            return t.undefined();
        });
        // bind(id, family, address, port, flags): creates the socket and binds it.
        t.fn("bind", args -> t.integer(bind(handle(args), Args.i32(args, 1), Args.str(args, 2), Args.i32(args, 3),
                Args.i32(args, 4))));
        t.fn("connect", args -> {
            int fd = fd(args);
            return t.integer(fd < 0 ? fd : PosixDatagram.connect(fd, Args.str(args, 1), Args.i32(args, 2)));
        });
        t.fn("disconnect", args -> {
            int fd = fd(args);
            return t.integer(fd < 0 ? fd : PosixDatagram.disconnect(fd));
        });
        // send(id, [arrayBuffer, offset, length, …], address | null, port): see UdpHandle.send.
        t.fn("send", args -> t.number(send(handle(args), (V8ValueArray) args[1], Args.str(args, 2),
                Args.i32(args, 3))));
        t.fn("recvStart", args -> t.integer(handle(args).receiveStart()));
        t.fn("recvStop", args -> t.integer(handle(args).receiveStop()));
        // getsockname(id) / getpeername(id): [address, family, port] or a negative errno.
        t.fn("getsockname", args -> address(t, args, false));
        t.fn("getpeername", args -> address(t, args, true));
        // setOption(id, level, name, value) / getOption(id, level, name) over the constants below.
        t.fn("setOption", args -> {
            int fd = fd(args);
            return t.integer(fd < 0 ? fd : PosixDatagram.setOption(fd, Args.i32(args, 1), Args.i32(args, 2),
                    Args.i32(args, 3)));
        });
        t.fn("getOption", args -> {
            int fd = fd(args);
            return t.integer(fd < 0 ? fd : PosixDatagram.getOption(fd, Args.i32(args, 1), Args.i32(args, 2)));
        });
        t.fn("setMulticastInterface", args -> {
            int fd = fd(args);
            return t.integer(fd < 0 ? fd : PosixDatagram.setMulticastInterface(fd, Args.bool(args, 1),
                    Args.str(args, 2)));
        });
        // membership(id, group, interface | null, source | null, join)
        t.fn("membership", args -> {
            int fd = fd(args);
            return t.integer(fd < 0 ? fd : PosixDatagram.membership(fd, Args.str(args, 1), Args.str(args, 2),
                    Args.str(args, 3), Args.bool(args, 4)));
        });
        t.fn("sendQueueCount", args -> t.integer(handle(args).queueCount()));
        t.fn("sendQueueSize", args -> t.number(handle(args).queueSize()));
        t.fn("fd", args -> t.integer(handle(args).fd()));
        t.fn("close", args -> {
            UdpHandle h = handles.remove(Args.i32(args, 0));
            if (h != null) h.close(() -> isolate.emit(h.id, UdpHandle.EVENT_CLOSE, null, null));
            return t.undefined();
        });
        t.fn("ref", args -> {
            handle(args).ref();
            return t.undefined();
        });
        t.fn("unref", args -> {
            handle(args).unref();
            return t.undefined();
        });
        t.fn("hasRef", args -> t.bool(handle(args).hasRef()));
        t.value("SOL_SOCKET", PosixDatagram.SOL_SOCKET);
        t.value("SO_BROADCAST", PosixDatagram.SO_BROADCAST);
        t.value("SO_SNDBUF", PosixDatagram.SO_SNDBUF);
        t.value("SO_RCVBUF", PosixDatagram.SO_RCVBUF);
        t.value("IPPROTO_IP", PosixDatagram.IPPROTO_IP);
        t.value("IP_TTL", PosixDatagram.IP_TTL);
        t.value("IP_MULTICAST_TTL", PosixDatagram.IP_MULTICAST_TTL);
        t.value("IP_MULTICAST_LOOP", PosixDatagram.IP_MULTICAST_LOOP);
        t.value("IPPROTO_IPV6", PosixDatagram.IPPROTO_IPV6);
        t.value("IPV6_UNICAST_HOPS", PosixDatagram.IPV6_UNICAST_HOPS);
        t.value("IPV6_MULTICAST_HOPS", PosixDatagram.IPV6_MULTICAST_HOPS);
        t.value("IPV6_MULTICAST_LOOP", PosixDatagram.IPV6_MULTICAST_LOOP);
    }

    private int bind(UdpHandle h, int family, String ip, int port, int flags) {
        if (h.fd() >= 0) return Errno.EINVAL;
        int fd = PosixDatagram.open(family);
        if (fd < 0) return fd;
        int r = 0;
        if ((flags & BIND_REUSE_ADDR) != 0) {
            r = PosixDatagram.setOption(fd, PosixDatagram.SOL_SOCKET, PosixDatagram.SO_REUSEADDR, 1);
        }
        if (r == 0 && family == 6 && (flags & BIND_IPV6_ONLY) != 0) {
            r = PosixDatagram.setOption(fd, PosixDatagram.IPPROTO_IPV6, PosixDatagram.IPV6_V6ONLY, 1);
        }
        if (r == 0) r = PosixSocket.bind(fd, ip, port);
        if (r != 0) {
            PosixFs.close(fd);
            return r;
        }
        h.open(fd);
        return 0;
    }

    private long send(UdpHandle h, V8ValueArray list, String ip, int port) throws JavetException {
        if (h.fd() < 0) return Errno.EBADF;
        int count = Math.min(list.getLength() / 3, MAX_IOVECS);
        long total = 0;
        // The buffers' handles stay open until the call is done: their memory is valid only meanwhile.
        V8ValueArrayBuffer[] held = new V8ValueArrayBuffer[count];
        try {
            for (int i = 0; i < count; i++) {
                int offset = list.getInteger(i * 3 + 1);
                int length = list.getInteger(i * 3 + 2);
                held[i] = list.get(i * 3);
                parts[i] = MemorySegment.ofBuffer(held[i].getByteBuffer()).asSlice(offset, length);
                StreamHandle.setIovec(iovecs, i, parts[i]);
                total += length;
            }
            return h.send(iovecs, count, parts, total, ip, port);
        } finally {
            Arrays.fill(parts, 0, count, null);
            for (V8ValueArrayBuffer ab : held) {
                if (ab != null) ab.close();
            }
        }
    }

    private V8Value address(NativeObject t, V8Value[] args, boolean peer) throws JavetException {
        int fd = fd(args);
        if (fd < 0) return t.integer(fd);
        int[] errno = new int[1];
        PosixSocket.Address a = PosixSocket.address(fd, peer, errno);
        if (a == null) return t.integer(errno[0]);
        return t.convert(List.of(a.address(), a.family(), a.port()));
    }

    @Override
    public void close() {
        slab.close();
    }
}
