package org.node4j.posix;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.ByteOrder;

/**
 * Non-blocking datagram sockets (UDP over IPv4/IPv6) through libc, as libuv's uv_udp uses them: sendmsg with a
 * gather list, recvfrom into the caller's memory, socket options and multicast group membership. Addresses cross
 * as IP literals; every result is ≥ 0 or a negative errno.
 */
public final class PosixDatagram {
    private static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;
    private static final ValueLayout.OfLong J = ValueLayout.JAVA_LONG;
    private static final java.lang.foreign.AddressLayout A = ValueLayout.ADDRESS;
    private static final ValueLayout.OfShort PORT = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN);
    private static final MethodHandle SOCKET = Libc.errnoFn("socket", FunctionDescriptor.of(I, I, I, I));
    private static final MethodHandle SENDMSG = Libc.errnoFn("sendmsg", FunctionDescriptor.of(J, I, A, I));
    private static final MethodHandle RECVFROM = Libc.errnoFn("recvfrom", FunctionDescriptor.of(J, I, A, J, I, A, A));
    private static final MethodHandle CONNECT = Libc.errnoFn("connect", FunctionDescriptor.of(I, I, A, I));
    private static final MethodHandle GETSOCKOPT = Libc.errnoFn("getsockopt", FunctionDescriptor.of(I, I, I, I, A, A));
    private static final MethodHandle SETSOCKOPT = Libc.errnoFn("setsockopt", FunctionDescriptor.of(I, I, I, I, A, I));
    private static final MethodHandle INET_PTON = Libc.fn("inet_pton", FunctionDescriptor.of(I, I, A, A));

    private static final int AF_UNSPEC = 0;
    private static final int AF_INET = 2;
    private static final int AF_INET6 = 10;
    private static final int SOCK_DGRAM = 2;
    private static final int SOCK_NONBLOCK = 0x800;
    private static final int SOCK_CLOEXEC = 0x80000;
    private static final int MSG_TRUNC = 0x20;
    public static final int SOL_SOCKET = 1;
    public static final int SO_REUSEADDR = 2;
    public static final int SO_BROADCAST = 6;
    public static final int SO_SNDBUF = 7;
    public static final int SO_RCVBUF = 8;
    public static final int IPPROTO_IP = 0;
    public static final int IP_TTL = 2;
    public static final int IP_MULTICAST_IF = 32;
    public static final int IP_MULTICAST_TTL = 33;
    public static final int IP_MULTICAST_LOOP = 34;
    private static final int IP_ADD_MEMBERSHIP = 35;
    private static final int IP_DROP_MEMBERSHIP = 36;
    private static final int IP_ADD_SOURCE_MEMBERSHIP = 39;
    private static final int IP_DROP_SOURCE_MEMBERSHIP = 40;
    public static final int IPPROTO_IPV6 = 41;
    public static final int IPV6_UNICAST_HOPS = 16;
    public static final int IPV6_MULTICAST_IF = 17;
    public static final int IPV6_MULTICAST_HOPS = 18;
    public static final int IPV6_MULTICAST_LOOP = 19;
    private static final int IPV6_JOIN_GROUP = 20;
    private static final int IPV6_LEAVE_GROUP = 21;
    public static final int IPV6_V6ONLY = 26;
    private static final int MCAST_JOIN_SOURCE_GROUP = 46;
    private static final int MCAST_LEAVE_SOURCE_GROUP = 47;
    /** struct msghdr on x86-64, placed in the call's scratch after the 128 bytes of the destination sockaddr. */
    private static final long MSGHDR = 128;
    private static final int MSGHDR_SIZE = 56;
    /** struct group_source_req: interface index, then two sockaddr_storage (group, source) 8-aligned. */
    private static final int GSR_GROUP = 8;
    private static final int GSR_SOURCE = 136;
    private static final int GSR_SIZE = 264;

    private PosixDatagram() {
    }

    /** A new non-blocking, close-on-exec UDP socket of {@code family} (4 or 6). */
    public static int open(int family) {
        Libc.Call c = Libc.call();
        try {
            int fd = (int) SOCKET.invokeExact(c.state, family == 6 ? AF_INET6 : AF_INET,
                    SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
            return fd < 0 ? c.errno() : fd;
        } catch (Throwable t) {
            throw Libc.failure(t);
        }
    }

    /**
     * sendmsg(2) of one datagram gathered from {@code count} iovecs, to ip:port, or to the connected peer when
     * {@code ip} is null: the bytes sent or a negative errno (EAGAIN when the socket's buffer is full).
     */
    public static long send(int fd, MemorySegment iovecs, int count, String ip, int port) {
        Libc.Call c = Libc.call();
        int nameLength = 0;
        if (ip != null) {
            nameLength = PosixSocket.socketAddress(c, ip, port);
            if (nameLength < 0) return nameLength;
        }
        MemorySegment msg = c.scratch.asSlice(MSGHDR, MSGHDR_SIZE);
        msg.fill((byte) 0);
        msg.set(A, 0, ip == null ? MemorySegment.NULL : c.scratch);
        msg.set(I, 8, nameLength);
        msg.set(A, 16, iovecs);
        msg.set(J, 24, count);
        try {
            long r;
            do {
                r = (long) SENDMSG.invokeExact(c.state, fd, msg, 0);
            } while (r < 0 && c.errno() == Errno.EINTR);
            return r < 0 ? c.errno() : r;
        } catch (Throwable t) {
            throw Libc.failure(t);
        }
    }

    /**
     * recvfrom(2) of one datagram into {@code room}, the sender's sockaddr into {@code from} (128 bytes): the
     * datagram's size (larger than {@code room} when it was cut) or a negative errno.
     */
    public static long receive(int fd, MemorySegment room, MemorySegment from) {
        Libc.Call c = Libc.call();
        c.length.set(I, 0, (int) from.byteSize());
        try {
            long r;
            do {
                r = (long) RECVFROM.invokeExact(c.state, fd, room, room.byteSize(), MSG_TRUNC, from, c.length);
            } while (r < 0 && c.errno() == Errno.EINTR);
            return r < 0 ? c.errno() : r;
        } catch (Throwable t) {
            throw Libc.failure(t);
        }
    }

    /** The IP address and port of a sockaddr {@link #receive} filled in. */
    public static PosixSocket.Address senderOf(MemorySegment from) {
        Libc.Call c = Libc.call();
        int af = from.get(ValueLayout.JAVA_SHORT, 0);
        int port = Short.toUnsignedInt(from.get(PORT, 2));
        try {
            if (af == AF_INET6) {
                return new PosixSocket.Address(PosixSocket.ntop(c, AF_INET6, from.asSlice(8, 16)),
                        PosixSocket.FAMILY_IPV6, port);
            }
            return new PosixSocket.Address(PosixSocket.ntop(c, AF_INET, from.asSlice(4, 4)),
                    PosixSocket.FAMILY_IPV4, port);
        } catch (Throwable t) {
            throw Libc.failure(t);
        }
    }

    /** connect(2) to ip:port, which for UDP only fixes the peer. */
    public static int connect(int fd, String ip, int port) {
        return PosixSocket.connect(fd, ip, port);
    }

    /** Forgets the connected peer (connect to AF_UNSPEC), as uv_udp_connect(NULL) does. */
    public static int disconnect(int fd) {
        Libc.Call c = Libc.call();
        c.scratch.asSlice(0, 16).fill((byte) 0);
        c.scratch.set(ValueLayout.JAVA_SHORT, 0, (short) AF_UNSPEC);
        try {
            int r = (int) CONNECT.invokeExact(c.state, fd, c.scratch, 16);
            // Linux answers EAFNOSUPPORT to a socket it did disconnect.
            return r < 0 && c.errno() != -97 ? c.errno() : 0;
        } catch (Throwable t) {
            throw Libc.failure(t);
        }
    }

    public static int getOption(int fd, int level, int name) {
        Libc.Call c = Libc.call();
        c.length.set(I, 0, 4);
        try {
            int r = (int) GETSOCKOPT.invokeExact(c.state, fd, level, name, c.scratch, c.length);
            return r < 0 ? c.errno() : c.scratch.get(I, 0);
        } catch (Throwable t) {
            throw Libc.failure(t);
        }
    }

    public static int setOption(int fd, int level, int name, int value) {
        return PosixSocket.setOption(fd, level, name, value);
    }

    /** IP_MULTICAST_IF with an IPv4 interface address, or IPV6_MULTICAST_IF with the scope of "::%iface". */
    public static int setMulticastInterface(int fd, boolean v6, String address) {
        Libc.Call c = Libc.call();
        c.scratch.asSlice(0, 32).fill((byte) 0);
        if (!v6) {
            if (pton(c, address, c.scratch.asSlice(128, 16)) != 4) return Errno.EINVAL;
            c.scratch.set(I, 0, c.scratch.get(I, 128));
            return setBytes(c, fd, IPPROTO_IP, IP_MULTICAST_IF, 4);
        }
        int percent = address.indexOf('%');
        String host = percent < 0 ? address : address.substring(0, percent);
        if (pton(c, host, c.scratch.asSlice(128, 16)) != 6) return Errno.EINVAL;
        int scope = percent < 0 ? 0 : PosixSocket.scopeId(c, address.substring(percent + 1));
        c.scratch.set(I, 0, scope);
        return setBytes(c, fd, IPPROTO_IPV6, IPV6_MULTICAST_IF, 4);
    }

    /**
     * Joins ({@code join}) or leaves the multicast {@code group} on the interface {@code iface} (null: the
     * system's choice); with a {@code source}, only that source's traffic (source-specific multicast).
     */
    public static int membership(int fd, String group, String iface, String source, boolean join) {
        Libc.Call c = Libc.call();
        MemorySegment s = c.scratch;
        s.fill((byte) 0);
        MemorySegment groupAddress = s.asSlice(200, 16);
        int family = pton(c, group, groupAddress);
        if (family < 0) return family;
        if (family == 4) {
            s.set(I, 0, groupAddress.get(I, 0));
            if (iface != null && pton(c, iface, s.asSlice(4, 4)) != 4) return Errno.EINVAL;
            if (source == null) {
                return setBytes(c, fd, IPPROTO_IP, join ? IP_ADD_MEMBERSHIP : IP_DROP_MEMBERSHIP, 8);
            }
            // struct ip_mreq_source on Linux: group, interface, source.
            if (pton(c, source, s.asSlice(8, 4)) != 4) return Errno.EINVAL;
            return setBytes(c, fd, IPPROTO_IP, join ? IP_ADD_SOURCE_MEMBERSHIP : IP_DROP_SOURCE_MEMBERSHIP, 12);
        }
        int index = iface == null ? 0 : interfaceIndex(c, iface);
        if (index < 0) return index;
        if (source == null) {
            MemorySegment.copy(groupAddress, 0, s, 0, 16);
            s.set(I, 16, index);
            return setBytes(c, fd, IPPROTO_IPV6, join ? IPV6_JOIN_GROUP : IPV6_LEAVE_GROUP, 20);
        }
        try (java.lang.foreign.Arena arena = java.lang.foreign.Arena.ofConfined()) {
            MemorySegment req = arena.allocate(GSR_SIZE, 8);
            req.set(I, 0, index);
            req.set(ValueLayout.JAVA_SHORT, GSR_GROUP, (short) AF_INET6);
            MemorySegment.copy(groupAddress, 0, req, GSR_GROUP + 8, 16);
            req.set(ValueLayout.JAVA_SHORT, GSR_SOURCE, (short) AF_INET6);
            if (pton(c, source, req.asSlice(GSR_SOURCE + 8, 16)) != 6) return Errno.EINVAL;
            int r = (int) SETSOCKOPT.invokeExact(c.state, fd, IPPROTO_IPV6,
                    join ? MCAST_JOIN_SOURCE_GROUP : MCAST_LEAVE_SOURCE_GROUP, req, GSR_SIZE);
            return r < 0 ? c.errno() : 0;
        } catch (Throwable t) {
            throw Libc.failure(t);
        }
    }

    /** The interface index of an IPv6 interface address written "addr%scope" (0 without a scope). */
    private static int interfaceIndex(Libc.Call c, String iface) {
        int percent = iface.indexOf('%');
        String host = percent < 0 ? iface : iface.substring(0, percent);
        if (pton(c, host, c.scratch.asSlice(232, 16)) != 6) return Errno.EINVAL;
        return percent < 0 ? 0 : PosixSocket.scopeId(c, iface.substring(percent + 1));
    }

    /** inet_pton of an IPv4 or IPv6 literal into {@code out}: its family (4 or 6) or EINVAL. */
    private static int pton(Libc.Call c, String ip, MemorySegment out) {
        boolean v6 = ip.indexOf(':') >= 0;
        MemorySegment text = PosixSocket.cstr(c, ip);
        if (text == null) return Errno.EINVAL;
        try {
            int ok = (int) INET_PTON.invokeExact(v6 ? AF_INET6 : AF_INET, text, out);
            return ok == 1 ? (v6 ? 6 : 4) : Errno.EINVAL;
        } catch (Throwable t) {
            throw Libc.failure(t);
        }
    }

    private static int setBytes(Libc.Call c, int fd, int level, int name, int length) {
        try {
            int r = (int) SETSOCKOPT.invokeExact(c.state, fd, level, name, c.scratch, length);
            return r < 0 ? c.errno() : 0;
        } catch (Throwable t) {
            throw Libc.failure(t);
        }
    }
}
