package org.node4j.binding;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.values.reference.V8ValueFunction;
import org.node4j.engine.Args;
import org.node4j.engine.Isolate;
import org.node4j.engine.NativeObject;

/** {@code internalBinding('builtins')}: compiles the JS library's modules; node's builtins binding. */
final class BuiltinsBinding implements Binding {
    private final Isolate isolate;

    BuiltinsBinding(Isolate isolate) {
        this.isolate = isolate;
    }

    @Override
    public String name() {
        return "builtins";
    }

    @Override
    public void install(NativeObject t) throws JavetException {
        t.fn("compileFunction", args -> {
            V8ValueFunction f = isolate.builtins().compile(Args.str(args, 0));
            return f == null ? t.undefined() : f;
        });
        t.fn("hasBuiltin", args -> t.bool(isolate.builtins().has(Args.str(args, 0))));
        t.value("options", isolate.options().mainJson());
    }
}
