package org.node4j.binding;

import com.caoccao.javet.enums.V8ValueInternalType;
import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.values.V8Value;
import com.caoccao.javet.values.reference.V8ValueArray;
import com.caoccao.javet.values.reference.V8ValuePromise;
import com.caoccao.javet.values.reference.V8ValueProxy;
import org.node4j.engine.Args;
import org.node4j.engine.NativeObject;

import java.util.Map;

/**
 * {@code internalBinding('util')}: what util.inspect needs to see inside V8 objects (promise state, proxy parts),
 * with node's names and constants; and sleep for tests.
 */
final class UtilBinding implements Binding {
    @Override
    public String name() {
        return "util";
    }

    @Override
    public void install(NativeObject t) throws JavetException {
        t.value("constants", Map.of("kPending", 0, "kFulfilled", 1, "kRejected", 2,
                "ALL_PROPERTIES", 0, "ONLY_ENUMERABLE", 2));
        t.fn("getPromiseDetails", args -> {
            if (!(args.length > 0 && args[0] instanceof V8ValuePromise p)) return t.undefined();
            V8ValueArray out = t.runtime().createV8ValueArray();
            int state = p.getState();
            out.push(state);
            if (state != V8ValuePromise.STATE_PENDING) {
                try (V8Value result = p.getResult()) {
                    out.push(result);
                }
            }
            return out;
        });
        t.fn("getProxyDetails", args -> {
            if (!(args.length > 0 && args[0] instanceof V8ValueProxy p)) return t.undefined();
            boolean both = args.length < 2 || Args.bool(args, 1);
            // A revoked proxy has a null target and handler (V8 keeps no objects for them).
            boolean revoked = p.isRevoked();
            if (!both) return revoked ? t.runtime().createV8ValueNull() : (V8Value) p.getTarget();
            V8ValueArray out = t.runtime().createV8ValueArray();
            if (revoked) {
                out.pushNull();
                out.pushNull();
                return out;
            }
            try (V8Value target = (V8Value) p.getTarget(); V8Value handler = (V8Value) p.getHandler()) {
                out.push(target);
                out.push(handler);
            }
            return out;
        });
        // Blocks the calling (loop) thread on purpose: internal/util's sleep, for tests of timer behaviour.
        t.fn("sleep", args -> {
            try {
                Thread.sleep(Math.max(0, (long) Args.f64(args, 0)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return t.undefined();
        });
        t.fn("isInsideNodeModules", args -> t.bool(false));
        t.fn("isProxy", args -> t.bool(TypesBinding.is(args, V8ValueInternalType.Proxy)));
    }
}
