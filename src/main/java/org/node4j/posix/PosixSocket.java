package org.node4j.posix;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.ByteOrder;

/**
 * Non-blocking stream sockets (TCP over IPv4/IPv6, Unix domain) through libc, as libuv's uv_tcp and uv_pipe use
 * them: real fds that the loop's epoll watches. Addresses cross as text (inet_pton/inet_ntop, so IPv6 is written
 * the way node prints it) and ports as ints; every result is ≥ 0 or a negative errno.
 */
public final class PosixSocket {
    public static final int FAMILY_IPV4 = 4;
    public static final int FAMILY_IPV6 = 6;
    public static final int FAMILY_UNIX = 1;

    private static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;
    private static final java.lang.foreign.AddressLayout A = ValueLayout.ADDRESS;
    private static final ValueLayout.OfShort PORT = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN);
    private static final MethodHandle SOCKET = Libc.errnoFn("socket", FunctionDescriptor.of(I, I, I, I));
    private static final MethodHandle BIND = Libc.errnoFn("bind", FunctionDescriptor.of(I, I, A, I));
    private static final MethodHandle LISTEN = Libc.errnoFn("listen", FunctionDescriptor.of(I, I, I));
    private static final MethodHandle ACCEPT4 = Libc.errnoFn("accept4", FunctionDescriptor.of(I, I, A, A, I));
    private static final MethodHandle CONNECT = Libc.errnoFn("connect", FunctionDescriptor.of(I, I, A, I));
    private static final MethodHandle GETSOCKOPT = Libc.errnoFn("getsockopt", FunctionDescriptor.of(I, I, I, I, A, A));
    private static final MethodHandle SETSOCKOPT = Libc.errnoFn("setsockopt", FunctionDescriptor.of(I, I, I, I, A, I));
    private static final MethodHandle GETSOCKNAME = Libc.errnoFn("getsockname", FunctionDescriptor.of(I, I, A, A));
    private static final MethodHandle GETPEERNAME = Libc.errnoFn("getpeername", FunctionDescriptor.of(I, I, A, A));
    private static final MethodHandle SHUTDOWN = Libc.errnoFn("shutdown", FunctionDescriptor.of(I, I, I));
    private static final MethodHandle WRITEV = Libc.errnoFn("writev", FunctionDescriptor.of(ValueLayout.JAVA_LONG, I, A, I));
    private static final MethodHandle INET_PTON = Libc.fn("inet_pton", FunctionDescriptor.of(I, I, A, A));
    private static final MethodHandle INET_NTOP = Libc.fn("inet_ntop", FunctionDescriptor.of(A, I, A, A, I));
    private static final MethodHandle IF_NAMETOINDEX = Libc.fn("if_nametoindex", FunctionDescriptor.of(I, A));

    private static final int AF_UNIX = 1;
    private static final int AF_INET = 2;
    private static final int AF_INET6 = 10;
    private static final int SOCK_STREAM = 1;
    private static final int SOCK_NONBLOCK = 0x800;
    private static final int SOCK_CLOEXEC = 0x80000;
    public static final int SOL_SOCKET = 1;
    public static final int SO_REUSEADDR = 2;
    public static final int SO_ERROR = 4;
    public static final int SO_KEEPALIVE = 9;
    public static final int SO_LINGER = 13;
    public static final int SO_REUSEPORT = 15;
    public static final int IPPROTO_TCP = 6;
    public static final int TCP_NODELAY = 1;
    public static final int TCP_KEEPIDLE = 4;
    public static final int TCP_KEEPINTVL = 5;
    public static final int TCP_KEEPCNT = 6;
    public static final int IPPROTO_IPV6 = 41;
    public static final int IPV6_V6ONLY = 26;
    private static final int SHUT_WR = 1;
    private static final int SOCKADDR_UN_PATH = 108;

    /** A socket's local or remote address as node reports it. */
    public record Address(String address, int family, int port) {
    }

    private PosixSocket() {
    }

    /** A new non-blocking, close-on-exec stream socket of {@code family} (4, 6 or 1 for Unix). */
    public static int open(int family) {
        int af = switch (family) {
            case FAMILY_IPV4 -> AF_INET;
            case FAMILY_IPV6 -> AF_INET6;
            default -> AF_UNIX;
        };
        Libc.Call c = Libc.call();
        try {
            int fd = (int) SOCKET.invokeExact(c.state, af, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
            return fd < 0 ? c.errno() : fd;
        } catch (Throwable t) {
            throw Libc.failure(t);
        }
    }

    /** Binds to {@code ip}:{@code port} (an IP literal), or to the Unix socket {@code path} when port is -1. */
    public static int bind(int fd, String ip, int port) {
        Libc.Call c = Libc.call();
        int len = socketAddress(c, ip, port);
        if (len < 0) return len;
        try {
            int r = (int) BIND.invokeExact(c.state, fd, c.scratch, len);
            return r < 0 ? c.errno() : 0;
        } catch (Throwable t) {
            throw Libc.failure(t);
        }
    }

    public static int listen(int fd, int backlog) {
        Libc.Call c = Libc.call();
        try {
            int r = (int) LISTEN.invokeExact(c.state, fd, backlog);
            return r < 0 ? c.errno() : 0;
        } catch (Throwable t) {
            throw Libc.failure(t);
        }
    }

    /** The next pending connection as a non-blocking fd, or EAGAIN when there is none. */
    public static int accept(int fd) {
        Libc.Call c = Libc.call();
        try {
            int r;
            do {
                r = (int) ACCEPT4.invokeExact(c.state, fd, MemorySegment.NULL, MemorySegment.NULL,
                        SOCK_NONBLOCK | SOCK_CLOEXEC);
            } while (r < 0 && c.errno() == Errno.EINTR);
            return r < 0 ? c.errno() : r;
        } catch (Throwable t) {
            throw Libc.failure(t);
        }
    }

    /** Starts connecting: 0 when connected at once, EINPROGRESS while pending (then see {@link #takeError}). */
    public static int connect(int fd, String ip, int port) {
        Libc.Call c = Libc.call();
        int len = socketAddress(c, ip, port);
        if (len < 0) return len;
        try {
            int r;
            do {
                r = (int) CONNECT.invokeExact(c.state, fd, c.scratch, len);
            } while (r < 0 && c.errno() == Errno.EINTR);
            return r < 0 ? c.errno() : 0;
        } catch (Throwable t) {
            throw Libc.failure(t);
        }
    }

    /** SO_ERROR: the outcome of a pending connect (0 or a negative errno). */
    public static int takeError(int fd) {
        Libc.Call c = Libc.call();
        c.length.set(I, 0, 4);
        try {
            int r = (int) GETSOCKOPT.invokeExact(c.state, fd, SOL_SOCKET, SO_ERROR, c.scratch, c.length);
            return r < 0 ? c.errno() : -c.scratch.get(I, 0);
        } catch (Throwable t) {
            throw Libc.failure(t);
        }
    }

    public static int setOption(int fd, int level, int name, int value) {
        Libc.Call c = Libc.call();
        c.scratch.set(I, 0, value);
        try {
            int r = (int) SETSOCKOPT.invokeExact(c.state, fd, level, name, c.scratch, 4);
            return r < 0 ? c.errno() : 0;
        } catch (Throwable t) {
            throw Libc.failure(t);
        }
    }

    /** SO_LINGER on with a zero timeout: closing the socket then sends RST instead of FIN (uv_tcp_close_reset). */
    public static int lingerZero(int fd) {
        Libc.Call c = Libc.call();
        c.scratch.set(I, 0, 1);
        c.scratch.set(I, 4, 0);
        try {
            int r = (int) SETSOCKOPT.invokeExact(c.state, fd, SOL_SOCKET, SO_LINGER, c.scratch, 8);
            return r < 0 ? c.errno() : 0;
        } catch (Throwable t) {
            throw Libc.failure(t);
        }
    }

    public static int shutdownWrite(int fd) {
        Libc.Call c = Libc.call();
        try {
            int r = (int) SHUTDOWN.invokeExact(c.state, fd, SHUT_WR);
            return r < 0 ? c.errno() : 0;
        } catch (Throwable t) {
            throw Libc.failure(t);
        }
    }

    /**
     * writev(2) of {@code count} iovecs ({@code struct iovec}: base address, length; 16 bytes each): the number of
     * bytes written, which may be short, or a negative errno.
     */
    public static long writev(int fd, MemorySegment iovecs, int count) {
        Libc.Call c = Libc.call();
        try {
            long r;
            do {
                r = (long) WRITEV.invokeExact(c.state, fd, iovecs, count);
            } while (r < 0 && c.errno() == Errno.EINTR);
            return r < 0 ? c.errno() : r;
        } catch (Throwable t) {
            throw Libc.failure(t);
        }
    }

    /** The local ({@code peer} false) or remote address; null with {@code errno[0]} set when unavailable. */
    public static Address address(int fd, boolean peer, int[] errno) {
        Libc.Call c = Libc.call();
        c.length.set(I, 0, 128);
        try {
            int r = peer ? (int) GETPEERNAME.invokeExact(c.state, fd, c.scratch, c.length)
                    : (int) GETSOCKNAME.invokeExact(c.state, fd, c.scratch, c.length);
            if (r < 0) {
                errno[0] = c.errno();
                return null;
            }
            int af = c.scratch.get(ValueLayout.JAVA_SHORT, 0);
            int port = Short.toUnsignedInt(c.scratch.get(PORT, 2));
            return switch (af) {
                case AF_INET -> new Address(ntop(c, AF_INET, c.scratch.asSlice(4, 4)), FAMILY_IPV4, port);
                case AF_INET6 -> new Address(ntop(c, AF_INET6, c.scratch.asSlice(8, 16)), FAMILY_IPV6, port);
                default -> {
                    int pathLength = Math.max(0, c.length.get(I, 0) - 2);
                    String path = pathLength == 0 ? "" : c.scratch.asSlice(2, pathLength).getString(0);
                    yield new Address(path, FAMILY_UNIX, -1);
                }
            };
        } catch (Throwable t) {
            throw Libc.failure(t);
        }
    }

    /** Fills the call's scratch with a sockaddr for ip:port (or a Unix path when port is -1); its length or EINVAL. */
    static int socketAddress(Libc.Call c, String ip, int port) {
        MemorySegment sa = c.scratch;
        sa.fill((byte) 0);
        if (port < 0) {
            byte[] path = ip.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            if (path.length >= SOCKADDR_UN_PATH) return Errno.ENAMETOOLONG;
            sa.set(ValueLayout.JAVA_SHORT, 0, (short) AF_UNIX);
            MemorySegment.copy(path, 0, sa, ValueLayout.JAVA_BYTE, 2, path.length);
            return 2 + path.length + 1;
        }
        String host = ip;
        int scope = 0;
        int percent = ip.indexOf('%');
        if (percent >= 0) {
            host = ip.substring(0, percent);
            scope = scopeId(c, ip.substring(percent + 1));
        }
        boolean v6 = host.indexOf(':') >= 0;
        MemorySegment text = cstr(c, host);
        if (text == null) return Errno.EINVAL;
        try {
            int ok = (int) INET_PTON.invokeExact(v6 ? AF_INET6 : AF_INET, text, sa.asSlice(v6 ? 8 : 4));
            if (ok != 1) return Errno.EINVAL;
        } catch (Throwable t) {
            throw Libc.failure(t);
        }
        sa.set(ValueLayout.JAVA_SHORT, 0, (short) (v6 ? AF_INET6 : AF_INET));
        sa.set(PORT, 2, (short) port);
        if (!v6) return 16;
        sa.set(I, 24, scope);
        return 28;
    }

    static int scopeId(Libc.Call c, String zone) {
        if (!zone.isEmpty() && zone.chars().allMatch(Character::isDigit)) return Integer.parseInt(zone);
        MemorySegment name = cstr(c, zone);
        try {
            return name == null ? 0 : (int) IF_NAMETOINDEX.invokeExact(name);
        } catch (Throwable t) {
            throw Libc.failure(t);
        }
    }

    /** {@code s} as a C string in the call's text area; null when it does not fit or holds a NUL. */
    static MemorySegment cstr(Libc.Call c, String s) {
        if (s.length() >= c.text.byteSize() || s.indexOf('\0') >= 0) return null;
        c.text.setString(0, s);
        return c.text;
    }

    static String ntop(Libc.Call c, int af, MemorySegment addr) throws Throwable {
        MemorySegment out = (MemorySegment) INET_NTOP.invokeExact(af, addr, c.text, (int) c.text.byteSize());
        return out.equals(MemorySegment.NULL) ? "" : c.text.getString(0);
    }
}
