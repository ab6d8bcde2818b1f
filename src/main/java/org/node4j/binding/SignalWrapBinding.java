package org.node4j.binding;

import com.caoccao.javet.exceptions.JavetException;
import org.node4j.engine.Args;
import org.node4j.engine.Isolate;
import org.node4j.engine.NativeObject;
import org.node4j.posix.Errno;
import org.node4j.posix.ProcessSignals;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * {@code internalBinding('signal_wrap')}: {@code start(handleId, signum, name)} delivers the signal to JS handle
 * {@code handleId} (event = signal number) until {@code stop(signum)}. Like node's signal handles, these never keep
 * the loop alive. Answers 0 or EINVAL for a signal the JVM keeps for itself.
 */
final class SignalWrapBinding implements Binding, AutoCloseable {
    private final Isolate isolate;
    private final Map<Integer, IntConsumer> listening = new HashMap<>();

    SignalWrapBinding(Isolate isolate) {
        this.isolate = isolate;
    }

    @Override
    public String name() {
        return "signal_wrap";
    }

    @Override
    public void install(NativeObject t) throws JavetException {
        t.fn("start", args -> {
            int handleId = Args.i32(args, 0);
            int signum = Args.i32(args, 1);
            if (listening.containsKey(signum)) return t.integer(0);
            IntConsumer listener = sig -> isolate.loop().post(() -> isolate.emit(handleId, sig, null, null));
            if (!ProcessSignals.listen(signum, Args.str(args, 2), listener)) return t.integer(Errno.EINVAL);
            listening.put(signum, listener);
            return t.integer(0);
        });
        t.fn("stop", args -> {
            IntConsumer listener = listening.remove(Args.i32(args, 0));
            if (listener != null) ProcessSignals.unlisten(Args.i32(args, 0), listener);
            return t.undefined();
        });
    }

    @Override
    public void close() {
        listening.forEach(ProcessSignals::unlisten);
        listening.clear();
    }
}
