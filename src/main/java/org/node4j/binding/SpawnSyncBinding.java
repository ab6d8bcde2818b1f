package org.node4j.binding;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.values.V8Value;
import com.caoccao.javet.values.reference.V8ValueArray;
import com.caoccao.javet.values.reference.V8ValueArrayBuffer;
import org.node4j.engine.Args;
import org.node4j.engine.Isolate;
import org.node4j.engine.NativeObject;
import org.node4j.posix.SpawnRequest;

import java.nio.ByteBuffer;

/**
 * {@code internalBinding('spawn_sync')}: {@code spawn(file, argv, env, cwd, stdio, input, timeoutMs, maxBuffer,
 * killSignal, detached)} runs a child to completion and answers {@code [error, pid, exitCode, termSignal,
 * ...outputs]}. {@code stdio} holds, per child fd, a {@link org.node4j.posix.ChildStdio} kind or an fd to inherit; an output is an
 * ArrayBuffer for a pipe and null otherwise.
 */
final class SpawnSyncBinding implements Binding {
    private final Isolate isolate;

    SpawnSyncBinding(Isolate isolate) {
        this.isolate = isolate;
    }

    @Override
    public String name() {
        return "spawn_sync";
    }

    @Override
    public void install(NativeObject t) throws JavetException {
        t.fn("spawn", args -> {
            String cwd = Args.str(args, 3);
            SpawnRequest request = new SpawnRequest(Args.str(args, 0), Args.strings(args[1]), Args.strings(args[2]),
                    isolate.resolvePath(cwd == null ? "." : cwd).toString(), null, Args.bool(args, 9));
            byte[] input = null;
            if (args.length > 5 && args[5] instanceof V8ValueArrayBuffer ab) {
                ByteBuffer bytes = ab.getByteBuffer();
                input = new byte[bytes.remaining()];
                bytes.get(input);
            }
            SyncChildRunner.Result r = new SyncChildRunner(request, Args.ints(args[4]), input,
                    (long) Args.f64(args, 6), Args.f64(args, 7), Args.i32(args, 8)).run();
            return result(t, r);
        });
    }

    private static V8Value result(NativeObject t, SyncChildRunner.Result r) throws JavetException {
        V8ValueArray out = t.runtime().createV8ValueArray();
        out.push(r.error(), r.pid(), r.exitCode(), r.termSignal());
        if (r.outputs() != null) {
            for (byte[] bytes : r.outputs()) {
                if (bytes == null) {
                    out.pushNull();
                    continue;
                }
                try (V8ValueArrayBuffer ab = t.runtime().createV8ValueArrayBuffer(bytes.length)) {
                    ab.fromBytes(bytes);
                    out.push(ab);
                }
            }
        }
        return out;
    }

}
