package org.node4j.binding;

import com.caoccao.javet.exceptions.JavetException;
import org.node4j.engine.Args;
import org.node4j.engine.Isolate;
import org.node4j.engine.NativeObject;
import org.node4j.posix.PosixSocket;

/**
 * {@code internalBinding('tcp_wrap')}: TCP sockets and servers over IPv4/IPv6, libuv's uv_tcp. Besides the socket
 * and stream natives: Nagle and keep-alive options. Events as in {@link StreamHandle} and {@link SocketHandle}.
 */
final class TcpWrapBinding extends SocketBinding {
    TcpWrapBinding(Isolate isolate, ReadSlab slab) {
        super(isolate, slab);
    }

    @Override
    public String name() {
        return "tcp_wrap";
    }

    @Override
    public void install(NativeObject t) throws JavetException {
        installStreamMethods(t);
        installSocketMethods(t);
        // lingerZero(id): the next close resets the connection.
        t.fn("lingerZero", args -> t.integer(PosixSocket.lingerZero(socket(args).fd)));
        t.fn("setNoDelay", args -> t.integer(PosixSocket.setOption(socket(args).fd, PosixSocket.IPPROTO_TCP,
                PosixSocket.TCP_NODELAY, Args.bool(args, 1) ? 1 : 0)));
        // setKeepAlive(id, enable, initialDelaySeconds), as libuv's uv_tcp_keepalive.
        t.fn("setKeepAlive", args -> {
            int fd = socket(args).fd;
            boolean on = Args.bool(args, 1);
            int r = PosixSocket.setOption(fd, PosixSocket.SOL_SOCKET, PosixSocket.SO_KEEPALIVE, on ? 1 : 0);
            if (r != 0 || !on) return t.integer(r);
            int delay = Math.max(1, Args.i32(args, 2));
            r = PosixSocket.setOption(fd, PosixSocket.IPPROTO_TCP, PosixSocket.TCP_KEEPIDLE, delay);
            if (r == 0) r = PosixSocket.setOption(fd, PosixSocket.IPPROTO_TCP, PosixSocket.TCP_KEEPINTVL, 1);
            if (r == 0) r = PosixSocket.setOption(fd, PosixSocket.IPPROTO_TCP, PosixSocket.TCP_KEEPCNT, 10);
            return t.integer(r);
        });
    }
}
