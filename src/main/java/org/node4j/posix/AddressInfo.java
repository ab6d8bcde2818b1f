package org.node4j.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * getaddrinfo(3), what dns.lookup uses, and getnameinfo(3) for dns.lookupService: the OS resolver (hosts file, nsswitch, DNS) with its blocking semantics, so
 * it runs on the thread pool. Failures come back as libuv's UV_EAI_* codes.
 */
public final class AddressInfo {
    private static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;
    private static final java.lang.foreign.AddressLayout A = ValueLayout.ADDRESS;
    private static final MethodHandle GETADDRINFO = Libc.fn("getaddrinfo", FunctionDescriptor.of(I, A, A, A, A));
    private static final MethodHandle FREEADDRINFO = Libc.fn("freeaddrinfo", FunctionDescriptor.ofVoid(A));
    private static final MethodHandle GETNAMEINFO = Libc.fn("getnameinfo",
            FunctionDescriptor.of(I, A, I, A, I, A, I, I));
    private static final MethodHandle INET_NTOP = Libc.fn("inet_ntop", FunctionDescriptor.of(A, I, A, A, I));
    private static final int AF_UNSPEC = 0;
    private static final int AF_INET = 2;
    private static final int AF_INET6 = 10;
    private static final int SOCK_STREAM = 1;
    /** struct addrinfo on x86-64: flags, family, socktype, protocol, addrlen, (pad), addr, canonname, next. */
    private static final long AI_FAMILY = 4;
    private static final long AI_SOCKTYPE = 8;
    private static final long AI_ADDR = 24;
    private static final long AI_NEXT = 40;
    private static final long ADDRINFO_SIZE = 48;
    private static final int EAI_SYSTEM = -11;
    private static final int NI_NAMEREQD = 8;
    private static final int NI_MAXHOST = 1025;
    private static final int NI_MAXSERV = 32;

    private AddressInfo() {
    }

    /**
     * The addresses of {@code host} for {@code family} (0, 4 or 6) with getaddrinfo {@code flags}, each as
     * "4:1.2.3.4" / "6:::1" in the resolver's order; or a negative UV_EAI_* code.
     */
    public static Object lookup(String host, int family, int flags) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment hints = arena.allocate(ADDRINFO_SIZE, 8);
            hints.set(I, 0, flags);
            hints.set(I, AI_FAMILY, family == 4 ? AF_INET : family == 6 ? AF_INET6 : AF_UNSPEC);
            hints.set(I, AI_SOCKTYPE, SOCK_STREAM);
            MemorySegment result = arena.allocate(A);
            int r = (int) GETADDRINFO.invokeExact(arena.allocateFrom(host), MemorySegment.NULL, hints, result);
            if (r != 0) return uvCode(r);
            MemorySegment head = result.get(A, 0);
            List<String> out = new ArrayList<>();
            MemorySegment text = arena.allocate(64);
            try {
                for (MemorySegment ai = head; !ai.equals(MemorySegment.NULL); ) {
                    MemorySegment info = ai.reinterpret(ADDRINFO_SIZE);
                    int af = info.get(I, AI_FAMILY);
                    MemorySegment sa = info.get(A, AI_ADDR).reinterpret(28);
                    if (af == AF_INET || af == AF_INET6) {
                        MemorySegment addr = af == AF_INET ? sa.asSlice(4, 4) : sa.asSlice(8, 16);
                        MemorySegment s = (MemorySegment) INET_NTOP.invokeExact(af, addr, text, 64);
                        if (!s.equals(MemorySegment.NULL)) out.add((af == AF_INET ? "4:" : "6:") + text.getString(0));
                    }
                    ai = info.get(A, AI_NEXT);
                }
            } finally {
                FREEADDRINFO.invokeExact(head);
            }
            return out;
        } catch (Throwable t) {
            throw Libc.failure(t);
        }
    }

    /**
     * getnameinfo(3) of ip:port, what dns.lookupService uses: [host, service] (the host name required), or a
     * negative UV_EAI_* code. Blocking: run it on the thread pool.
     */
    public static Object nameInfo(String ip, int port) {
        Libc.Call c = Libc.call();
        int length = PosixSocket.socketAddress(c, ip, port);
        if (length < 0) return length;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment host = arena.allocate(NI_MAXHOST);
            MemorySegment service = arena.allocate(NI_MAXSERV);
            int r = (int) GETNAMEINFO.invokeExact(c.scratch, length, host, NI_MAXHOST, service, NI_MAXSERV,
                    NI_NAMEREQD);
            if (r != 0) return uvCode(r);
            return List.of(host.getString(0), service.getString(0));
        } catch (Throwable t) {
            throw Libc.failure(t);
        }
    }

    /** glibc's EAI_* to libuv's UV_EAI_* (UV_EAI_x = -3000 - n in libuv's table). */
    private static int uvCode(int eai) {
        return switch (eai) {
            case -1 -> -3002;  // BADFLAGS
            case -2 -> -3008;  // NONAME
            case -3 -> -3001;  // AGAIN
            case -4 -> -3004;  // FAIL
            case -5 -> -3007;  // NODATA
            case -6 -> -3005;  // FAMILY
            case -7 -> -3011;  // SOCKTYPE
            case -8 -> -3010;  // SERVICE
            case -9 -> -3000;  // ADDRFAMILY
            case -10 -> -3006; // MEMORY
            case -12 -> -3009; // OVERFLOW
            case EAI_SYSTEM -> -3004;
            default -> -3004;
        };
    }
}
