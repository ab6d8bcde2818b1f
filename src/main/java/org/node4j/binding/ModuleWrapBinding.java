package org.node4j.binding;

import com.caoccao.javet.exceptions.BaseJavetScriptingException;
import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.exceptions.JavetScriptingError;
import com.caoccao.javet.interop.V8Runtime;
import com.caoccao.javet.interop.V8ScriptOrigin;
import com.caoccao.javet.interop.callback.IV8ModuleResolver;
import com.caoccao.javet.values.V8Value;
import com.caoccao.javet.values.reference.IV8Module;
import com.caoccao.javet.values.reference.V8Module;
import com.caoccao.javet.values.reference.V8ValueObject;
import org.node4j.engine.Args;
import org.node4j.engine.Isolate;
import org.node4j.engine.NativeObject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code internalBinding('module_wrap')}: V8 modules for the ES module loader (internal/modules/esm). Java keeps
 * the compiled modules in a table and JS names them by index. JS resolves and loads a whole graph first, then hands
 * each module's edges over in one {@code link} call; V8's resolve callback during instantiation only reads them.
 * Errors come back as {@code [message, line, sourceLine, startColumn, endColumn, resourceName]} for JS to build
 * node's error.
 */
final class ModuleWrapBinding implements Binding, AutoCloseable {
    private final Isolate isolate;
    private final List<V8Module> modules = new ArrayList<>();
    private final Map<String, Integer> idByUrl = new HashMap<>();
    private final Map<Integer, Map<String, Integer>> links = new HashMap<>();

    ModuleWrapBinding(Isolate isolate) {
        this.isolate = isolate;
    }

    @Override
    public String name() {
        return "module_wrap";
    }

    @Override
    public void install(NativeObject t) throws JavetException {
        V8Runtime runtime = isolate.runtime();
        runtime.setV8ModuleResolver(new LinkedResolver());
        // compileModule(url, source) -> id | error description
        t.fn("compileModule", args -> {
            String url = Args.str(args, 0);
            try {
                return t.integer(add(url, runtime.compileV8Module(Args.str(args, 1), null, new V8ScriptOrigin(url),
                        true)));
            } catch (BaseJavetScriptingException e) {
                return t.convert(describe(e.getScriptingError()));
            }
        });
        // createSyntheticModule(url, object) -> id: exports are the object's keys, with their values at evaluation
        t.fn("createSyntheticModule", args -> t.integer(add(Args.str(args, 0),
                runtime.createV8Module(Args.str(args, 0), (V8ValueObject) args[1]))));
        // link(id, specifiers joined by '\0', child ids joined by ','): one crossing per module
        t.fn("link", args -> {
            String joined = Args.str(args, 1);
            String[] specifiers = joined.isEmpty() ? new String[0] : joined.split("\0", -1);
            String[] children = specifiers.length == 0 ? specifiers : Args.str(args, 2).split(",");
            Map<String, Integer> edges = new HashMap<>(specifiers.length * 2);
            for (int i = 0; i < specifiers.length; i++) edges.put(specifiers[i], Integer.parseInt(children[i]));
            links.put(Args.i32(args, 0), edges);
            return t.undefined();
        });
        // instantiate(id) -> true | error description
        t.fn("instantiate", args -> {
            try {
                return t.bool(modules.get(Args.i32(args, 0)).instantiate());
            } catch (BaseJavetScriptingException e) {
                return t.convert(describe(e.getScriptingError()));
            }
        });
        // evaluate(id) -> the promise of the evaluation (a rejection carries the error thrown)
        t.fn("evaluate", args -> {
            V8Value result = modules.get(Args.i32(args, 0)).evaluate(true);
            return result == null ? t.undefined() : result;
        });
        t.fn("getNamespace", args -> modules.get(Args.i32(args, 0)).getNamespace());
        t.fn("getStatus", args -> t.integer(modules.get(Args.i32(args, 0)).getStatus()));
        t.fn("getError", args -> {
            V8Value error = modules.get(Args.i32(args, 0)).getException();
            return error == null ? t.undefined() : error;
        });
    }

    private int add(String url, V8Module module) {
        int id = modules.size();
        modules.add(module);
        idByUrl.put(url, id);
        return id;
    }

    private static List<Object> describe(JavetScriptingError err) {
        return List.of(err.getMessage() == null ? "SyntaxError: Invalid or unexpected token" : err.getMessage(),
                err.getLineNumber(), err.getSourceLine() == null ? "" : err.getSourceLine(),
                err.getStartColumn(), err.getEndColumn(), err.getResourceName() == null ? "" : err.getResourceName());
    }

    /** V8's resolve callback: the edge JS linked for (referrer, specifier); none means the lexer missed it. */
    private final class LinkedResolver implements IV8ModuleResolver {
        private V8Module target(String specifier, IV8Module referrer) throws JavetException {
            Integer from = idByUrl.get(referrer.getResourceName());
            Map<String, Integer> edges = from == null ? null : links.get(from);
            Integer to = edges == null ? null : edges.get(specifier);
            return to == null ? null : modules.get(to);
        }

        @Override
        public String getAbsoluteResourceName(V8Runtime runtime, String specifier, IV8Module referrer)
                throws JavetException {
            V8Module m = target(specifier, referrer);
            return m == null ? "" : m.getResourceName();
        }

        @Override
        public IV8Module resolve(V8Runtime runtime, String specifier, IV8Module referrer) throws JavetException {
            return target(specifier, referrer);
        }
    }

    @Override
    public void close() {
        for (V8Module m : modules) {
            try {
                m.close(true);
            } catch (JavetException ignored) {
                // the runtime is being torn down; nothing to report
            }
        }
        modules.clear();
    }
}
