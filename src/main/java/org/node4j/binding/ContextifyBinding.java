package org.node4j.binding;

import com.caoccao.javet.exceptions.BaseJavetScriptingException;
import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.exceptions.JavetScriptingError;
import com.caoccao.javet.interop.V8ScriptOrigin;
import com.caoccao.javet.values.V8Value;
import com.caoccao.javet.values.reference.V8Script;
import com.caoccao.javet.values.reference.V8ValueArray;
import com.caoccao.javet.values.reference.V8ValueArrayBuffer;
import com.caoccao.javet.values.reference.V8ValueFunction;
import com.caoccao.javet.values.reference.V8ValueObject;
import org.node4j.engine.Args;
import org.node4j.engine.Isolate;
import org.node4j.engine.NativeObject;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code internalBinding('contextify')}: compiles user code for the CommonJS loader and for {@code vm}. A syntax
 * error comes back as {@code [message, line, sourceLine, startColumn, endColumn]} so that JS builds node's
 * SyntaxError itself. {@code vm}'s {@code timeout} runs a JS function under a {@link ScriptWatchdog}.
 */
final class ContextifyBinding implements Binding {
    private final Isolate isolate;

    ContextifyBinding(Isolate isolate) {
        this.isolate = isolate;
    }

    @Override
    public String name() {
        return "contextify";
    }

    @Override
    public void install(NativeObject t) throws JavetException {
        // compileFunction(source, filename, paramsArray[, lineOffset, columnOffset, extensionsArray])
        t.fn("compileFunction", args -> {
            String source = Args.str(args, 0);
            V8ScriptOrigin origin = origin(Args.str(args, 1), Args.i32(args, 3), Args.i32(args, 4));
            List<String> params = new ArrayList<>();
            if (args.length > 2 && args[2] instanceof V8ValueArray arr) {
                for (int i = 0; i < arr.getLength(); i++) params.add(arr.getString(i));
            }
            List<V8ValueObject> extensions = new ArrayList<>();
            try {
                if (args.length > 5 && args[5] instanceof V8ValueArray arr) {
                    for (int i = 0; i < arr.getLength(); i++) extensions.add(arr.get(i));
                }
                return isolate.runtime().compileV8ValueFunction(source, null, origin,
                        params.toArray(String[]::new), extensions.isEmpty() ? null
                                : extensions.toArray(V8ValueObject[]::new));
            } catch (BaseJavetScriptingException e) {
                return t.convert(describe(e.getScriptingError()));
            } finally {
                for (V8ValueObject o : extensions) o.close();
            }
        });
        // compileScript(source, filename, lineOffset, columnOffset, produceCachedData): checks the source as a
        // script; undefined, the code cache (an ArrayBuffer) when asked for, or the syntax error.
        t.fn("compileScript", args -> {
            String source = Args.str(args, 0);
            V8ScriptOrigin origin = origin(Args.str(args, 1), Args.i32(args, 2), Args.i32(args, 3));
            boolean produceCache = Args.bool(args, 4);
            try (V8Script script = isolate.runtime().compileV8Script(source, null, origin, produceCache)) {
                if (!produceCache || script == null) return t.undefined();
                return arrayBuffer(t, script.getCachedData());
            } catch (BaseJavetScriptingException e) {
                return t.convert(describe(e.getScriptingError()));
            }
        });
        // runWithTimeout(ms, fn): fn() with execution ended after ms milliseconds; false when it was ended.
        t.fn("runWithTimeout", args -> {
            long ms = (long) Args.f64(args, 0);
            V8ValueFunction fn = (V8ValueFunction) args[1];
            ScriptWatchdog watchdog = ScriptWatchdog.start(isolate.runtime(), ms);
            try {
                V8Value result = fn.call(null);
                return watchdog.stop() ? cancelled(t, result) : result;
            } catch (JavetException e) {
                if (!watchdog.stop() || isolate.exiting()) throw e;
                isolate.runtime().cancelTerminateExecution();
                return t.bool(false);
            }
        });
    }

    /** The watchdog fired just as the function returned: node reports the timeout all the same. */
    private static V8Value cancelled(NativeObject t, V8Value result) throws JavetException {
        result.close();
        t.runtime().cancelTerminateExecution();
        return t.bool(false);
    }

    private static V8ScriptOrigin origin(String filename, int lineOffset, int columnOffset) {
        return new V8ScriptOrigin(filename).setResourceLineOffset(lineOffset).setResourceColumnOffset(columnOffset);
    }

    private static V8Value arrayBuffer(NativeObject t, byte[] bytes) throws JavetException {
        if (bytes == null) return t.undefined();
        V8ValueArrayBuffer ab = t.runtime().createV8ValueArrayBuffer(bytes.length);
        ab.fromBytes(bytes);
        return ab;
    }

    private static List<Object> describe(JavetScriptingError err) {
        return List.of(err.getMessage() == null ? "SyntaxError: Invalid or unexpected token" : err.getMessage(),
                err.getLineNumber(), err.getSourceLine() == null ? "" : err.getSourceLine(),
                err.getStartColumn(), err.getEndColumn());
    }
}
