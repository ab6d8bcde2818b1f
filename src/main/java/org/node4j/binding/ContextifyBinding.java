package org.node4j.binding;

import com.caoccao.javet.exceptions.BaseJavetScriptingException;
import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.exceptions.JavetScriptingError;
import com.caoccao.javet.interop.V8ScriptOrigin;
import com.caoccao.javet.values.V8Value;
import com.caoccao.javet.values.reference.V8ValueArray;
import org.node4j.engine.Args;
import org.node4j.engine.Isolate;
import org.node4j.engine.NativeObject;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code internalBinding('contextify')}: compiles user code. A syntax error comes back as
 * {@code [message, line, sourceLine, startColumn, endColumn]} so that JS builds node's SyntaxError itself.
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
        // compileFunction(source, filename, paramsArray)
        t.fn("compileFunction", args -> {
            String source = Args.str(args, 0);
            String filename = Args.str(args, 1);
            List<String> params = new ArrayList<>();
            if (args.length > 2 && args[2] instanceof V8ValueArray arr) {
                for (int i = 0; i < arr.getLength(); i++) params.add(arr.getString(i));
            }
            try {
                return isolate.runtime().compileV8ValueFunction(source, null, new V8ScriptOrigin(filename),
                        params.toArray(String[]::new), null);
            } catch (BaseJavetScriptingException e) {
                return t.convert(describe(e.getScriptingError()));
            }
        });
    }

    private static List<Object> describe(JavetScriptingError err) {
        return List.of(err.getMessage() == null ? "SyntaxError: Invalid or unexpected token" : err.getMessage(),
                err.getLineNumber(), err.getSourceLine() == null ? "" : err.getSourceLine(),
                err.getStartColumn(), err.getEndColumn());
    }
}
