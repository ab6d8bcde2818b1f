package org.node4j.binding;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.values.V8Value;
import org.node4j.engine.Args;
import org.node4j.engine.Isolate;
import org.node4j.engine.NativeObject;
import org.node4j.posix.PosixFs;
import org.node4j.posix.PosixSocket;

import java.util.List;

/**
 * The socket natives tcp_wrap and pipe_wrap share (node's ConnectionWrap): create a socket of a family, bind,
 * listen, connect, adopt an accepted fd, and name both ends. Addresses are IP literals (JS resolves names first)
 * or, for Unix sockets, paths with port -1.
 */
abstract class SocketBinding extends StreamBinding {
    static final int BIND_IPV6_ONLY = 1;
    static final int BIND_REUSE_PORT = 2;

    SocketBinding(Isolate isolate, ReadSlab slab) {
        super(isolate, slab);
    }

    protected final SocketHandle socket(V8Value[] args) {
        if (stream(args) instanceof SocketHandle s) return s;
        throw new IllegalStateException("not a socket handle");
    }

    protected final void installSocketMethods(NativeObject t) throws JavetException {
        // socket(id, family): 0 or a negative errno; family 4, 6 or 1 (Unix).
        t.fn("socket", args -> {
            int id = Args.i32(args, 0);
            int fd = PosixSocket.open(Args.i32(args, 1));
            if (fd < 0) return t.integer(fd);
            streams.put(id, new SocketHandle(isolate, slab, id, fd));
            return t.integer(0);
        });
        // adopt(id, fd): a connection a server accepted becomes this handle.
        t.fn("adopt", args -> {
            int id = Args.i32(args, 0);
            streams.put(id, new SocketHandle(isolate, slab, id, Args.i32(args, 1)));
            return t.undefined();
        });
        t.fn("closeFd", args -> t.integer(PosixFs.close(Args.i32(args, 0))));
        // bind(id, address, port, flags)
        t.fn("bind", args -> {
            SocketHandle s = socket(args);
            int port = Args.i32(args, 2);
            int flags = Args.i32(args, 3);
            if (port >= 0) {
                PosixSocket.setOption(s.fd, PosixSocket.SOL_SOCKET, PosixSocket.SO_REUSEADDR, 1);
                if ((flags & BIND_REUSE_PORT) != 0) {
                    int r = PosixSocket.setOption(s.fd, PosixSocket.SOL_SOCKET, PosixSocket.SO_REUSEPORT, 1);
                    if (r != 0) return t.integer(r);
                }
                if (Args.str(args, 1).indexOf(':') >= 0) {
                    PosixSocket.setOption(s.fd, PosixSocket.IPPROTO_IPV6, PosixSocket.IPV6_V6ONLY,
                            (flags & BIND_IPV6_ONLY) != 0 ? 1 : 0);
                }
            }
            return t.integer(PosixSocket.bind(s.fd, Args.str(args, 1), port));
        });
        t.fn("listen", args -> t.integer(socket(args).listen(Args.i32(args, 1))));
        t.fn("connect", args -> t.integer(socket(args).connect(Args.str(args, 1), Args.i32(args, 2))));
        // getsockname(id) / getpeername(id): [address, family, port] or a negative errno.
        t.fn("getsockname", args -> address(t, socket(args), false));
        t.fn("getpeername", args -> address(t, socket(args), true));
    }

    private static V8Value address(NativeObject t, SocketHandle s, boolean peer) throws JavetException {
        int[] errno = new int[1];
        PosixSocket.Address a = PosixSocket.address(s.fd, peer, errno);
        if (a == null) return t.integer(errno[0]);
        return t.convert(List.of(a.address(), a.family(), a.port()));
    }
}
