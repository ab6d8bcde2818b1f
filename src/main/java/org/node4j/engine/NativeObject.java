package org.node4j.engine;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.interop.V8Runtime;
import com.caoccao.javet.interop.callback.IJavetDirectCallable;
import com.caoccao.javet.interop.callback.JavetCallbackContext;
import com.caoccao.javet.interop.callback.JavetCallbackType;
import com.caoccao.javet.values.V8Value;
import com.caoccao.javet.values.reference.V8ValueFunction;
import com.caoccao.javet.values.reference.V8ValueObject;

/** Builds the object a binding hands to JS: natives registered once as direct (reflection-free) callbacks. */
public final class NativeObject {
    /** A native: arguments in, one value out (use {@link #undefined()} for none). */
    @FunctionalInterface
    public interface Native {
        V8Value call(V8Value[] args) throws Exception;
    }

    private final V8Runtime runtime;
    private final V8ValueObject object;

    NativeObject(V8Runtime runtime, V8ValueObject object) {
        this.runtime = runtime;
        this.object = object;
    }

    public V8Runtime runtime() {
        return runtime;
    }

    public NativeObject fn(String name, Native body) throws JavetException {
        IJavetDirectCallable.NoThisAndResult<Exception> call = body::call;
        JavetCallbackContext ctx = new JavetCallbackContext(name, JavetCallbackType.DirectCallNoThisAndResult, call);
        try (V8ValueFunction f = runtime.createV8ValueFunction(ctx)) {
            object.set(name, f);
        }
        return this;
    }

    public NativeObject value(String name, Object value) throws JavetException {
        object.set(name, value);
        return this;
    }

    public NativeObject value(String name, V8Value value) throws JavetException {
        try (value) {
            object.set(name, value);
        }
        return this;
    }

    public V8Value integer(int v) throws JavetException {
        return runtime.createV8ValueInteger(v);
    }

    public V8Value number(double v) throws JavetException {
        return runtime.createV8ValueDouble(v);
    }

    public V8Value string(String s) throws JavetException {
        return s == null ? runtime.createV8ValueUndefined() : runtime.createV8ValueString(s);
    }

    public V8Value bool(boolean b) throws JavetException {
        return runtime.createV8ValueBoolean(b);
    }

    public V8Value undefined() {
        return runtime.createV8ValueUndefined();
    }

    public V8Value convert(Object javaValue) throws JavetException {
        return runtime.toV8Value(javaValue);
    }
}
