package org.node4j.binding;

import com.caoccao.javet.exceptions.JavetException;
import org.node4j.engine.Args;
import org.node4j.engine.Isolate;
import org.node4j.engine.NativeObject;
import org.node4j.posix.PosixSpawn;

/**
 * {@code internalBinding('pipe_wrap')}: libuv's uv_pipe — byte streams over fds that already exist (a child's stdio,
 * our own stdin) and Unix domain sockets (socket family 1, addresses are paths with port -1). JS names each pipe by a handle id (internal/handle_events) and gets
 * its events there: {@link StreamHandle#EVENT_READ} (slab, offset, length; or a negative errno, EOF being UV_EOF),
 * {@link StreamHandle#EVENT_WRITE} (status of the oldest write that did not complete at once),
 * {@link StreamHandle#EVENT_SHUTDOWN} (status) and {@link StreamHandle#EVENT_CLOSE}.
 */
final class PipeWrapBinding extends SocketBinding {
    PipeWrapBinding(Isolate isolate, ReadSlab slab) {
        super(isolate, slab);
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
            if (r == 0) streams.put(id, new SocketHandle(isolate, slab, id, fd));
            return t.integer(r);
        });
        installStreamMethods(t);
        installSocketMethods(t);
    }
}
