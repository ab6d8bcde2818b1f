package org.node4j.binding;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.values.V8Value;
import com.caoccao.javet.values.reference.V8ValueArray;
import org.node4j.engine.Args;
import org.node4j.engine.Isolate;
import org.node4j.engine.NativeObject;
import org.node4j.loop.FdPoller;
import org.node4j.loop.Handle;
import org.node4j.posix.ChildStdio;
import org.node4j.posix.Posix;
import org.node4j.posix.PosixFs;
import org.node4j.posix.PosixSpawn;
import org.node4j.posix.SpawnRequest;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code internalBinding('process_wrap')}: running children (libuv's uv_process_t). {@code spawn(id, file, argv,
 * env, cwd, stdio, detached)} answers {@code [pidOrErrno, ...parentFds]}; the child's end is reported once as
 * {@link #EVENT_EXIT} (exit code, signal number) to handle {@code id}. The handle keeps the loop alive until then.
 */
final class ProcessWrapBinding implements Binding {
    static final int EVENT_EXIT = 1;

    private final Isolate isolate;
    private final Map<Integer, Child> children = new HashMap<>();

    ProcessWrapBinding(Isolate isolate) {
        this.isolate = isolate;
    }

    @Override
    public String name() {
        return "process_wrap";
    }

    @Override
    public void install(NativeObject t) throws JavetException {
        t.fn("spawn", args -> {
            int id = Args.i32(args, 0);
            String cwd = Args.str(args, 4);
            int[] error = new int[1];
            ChildStdio stdio = ChildStdio.create(Args.ints(args[5]), error);
            if (stdio == null) return result(t, error[0], null);
            SpawnRequest request = new SpawnRequest(Args.str(args, 1), Args.strings(args[2]), Args.strings(args[3]),
                    isolate.resolvePath(cwd == null ? "." : cwd).toString(), stdio.childFds(), Args.bool(args, 6));
            int pid = request.spawnSearchingPath();
            stdio.closeChildSide();
            if (pid < 0) {
                stdio.closeParentSide();
                return result(t, pid, null);
            }
            Child child = new Child(id, pid);
            children.put(id, child);
            child.start();
            return result(t, pid, stdio.parentFds());
        });
        t.fn("kill", args -> t.integer(Posix.kill(Args.i32(args, 0), Args.i32(args, 1))));
        t.fn("ref", args -> {
            Child c = children.get(Args.i32(args, 0));
            if (c != null) c.ref();
            return t.undefined();
        });
        t.fn("unref", args -> {
            Child c = children.get(Args.i32(args, 0));
            if (c != null) c.unref();
            return t.undefined();
        });
        t.fn("close", args -> {
            Child c = children.remove(Args.i32(args, 0));
            if (c != null) c.close(null);
            return t.undefined();
        });
    }

    private static V8Value result(NativeObject t, int pidOrErrno, int[] fds) throws JavetException {
        V8ValueArray out = t.runtime().createV8ValueArray();
        out.push(pidOrErrno);
        if (fds != null) for (int fd : fds) out.push(fd);
        return out;
    }


    /** Watches the child's pidfd (a waiting thread where the kernel has none) and reaps it on the loop thread. */
    private final class Child extends Handle {
        final int id;
        final int pid;
        int pidfd = -1;
        boolean exited;

        Child(int id, int pid) {
            super(isolate.loop());
            this.id = id;
            this.pid = pid;
        }

        void start() {
            activate();
            pidfd = PosixSpawn.pidfd(pid);
            if (pidfd >= 0) {
                loop.fdPoller().watch(pidfd, FdPoller.READABLE, events -> reap(PosixSpawn.waitpid(pid, true)));
            } else {
                Thread.ofPlatform().daemon().name("node4j-child-" + pid).stackSize(128 * 1024).start(() -> {
                    int status = PosixSpawn.waitpid(pid, true);
                    loop.post(() -> reap(status));
                });
            }
        }

        private void reap(int status) {
            if (exited) return;
            exited = true;
            releasePidfd();
            deactivate();
            int signal = status < 0 ? 0 : PosixSpawn.termSignal(status);
            int code = status < 0 ? status : signal != 0 ? 0 : PosixSpawn.exitCode(status);
            isolate.emit(id, EVENT_EXIT, code, signal);
        }

        private void releasePidfd() {
            if (pidfd < 0) return;
            loop.fdPoller().unwatch(pidfd);
            PosixFs.close(pidfd);
            pidfd = -1;
        }

        @Override
        protected void onStop() {
            releasePidfd();
        }
    }
}
