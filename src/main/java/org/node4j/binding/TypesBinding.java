package org.node4j.binding;

import com.caoccao.javet.enums.V8ValueInternalType;
import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.values.V8Value;
import com.caoccao.javet.values.reference.V8ValueObject;
import org.node4j.engine.NativeObject;

import java.util.Map;

/** {@code internalBinding('types')}: V8's own type predicates, for what JS cannot tell exactly (node's names). */
final class TypesBinding implements Binding {
    private static final Map<String, V8ValueInternalType> PREDICATES = Map.ofEntries(
            Map.entry("isExternal", V8ValueInternalType.External),
            Map.entry("isDate", V8ValueInternalType.Date),
            Map.entry("isArgumentsObject", V8ValueInternalType.ArgumentsObject),
            Map.entry("isBigIntObject", V8ValueInternalType.BigIntObject),
            Map.entry("isBooleanObject", V8ValueInternalType.BooleanObject),
            Map.entry("isNumberObject", V8ValueInternalType.NumberObject),
            Map.entry("isStringObject", V8ValueInternalType.StringObject),
            Map.entry("isSymbolObject", V8ValueInternalType.SymbolObject),
            Map.entry("isNativeError", V8ValueInternalType.NativeError),
            Map.entry("isRegExp", V8ValueInternalType.RegExp),
            Map.entry("isAsyncFunction", V8ValueInternalType.AsyncFunction),
            Map.entry("isGeneratorFunction", V8ValueInternalType.GeneratorFunction),
            Map.entry("isGeneratorObject", V8ValueInternalType.GeneratorObject),
            Map.entry("isPromise", V8ValueInternalType.Promise),
            Map.entry("isMap", V8ValueInternalType.Map),
            Map.entry("isSet", V8ValueInternalType.Set),
            Map.entry("isMapIterator", V8ValueInternalType.MapIterator),
            Map.entry("isSetIterator", V8ValueInternalType.SetIterator),
            Map.entry("isWeakMap", V8ValueInternalType.WeakMap),
            Map.entry("isWeakSet", V8ValueInternalType.WeakSet),
            Map.entry("isArrayBuffer", V8ValueInternalType.ArrayBuffer),
            Map.entry("isDataView", V8ValueInternalType.DataView),
            Map.entry("isSharedArrayBuffer", V8ValueInternalType.SharedArrayBuffer),
            Map.entry("isProxy", V8ValueInternalType.Proxy),
            Map.entry("isModuleNamespaceObject", V8ValueInternalType.ModuleNamespaceObject));

    @Override
    public String name() {
        return "types";
    }

    @Override
    public void install(NativeObject t) throws JavetException {
        for (var e : PREDICATES.entrySet()) {
            V8ValueInternalType type = e.getValue();
            t.fn(e.getKey(), args -> t.bool(is(args, type)));
        }
        t.fn("isAnyArrayBuffer", args -> t.bool(is(args, V8ValueInternalType.ArrayBuffer)
                || is(args, V8ValueInternalType.SharedArrayBuffer)));
        t.fn("isBoxedPrimitive", args -> t.bool(is(args, V8ValueInternalType.NumberObject)
                || is(args, V8ValueInternalType.StringObject) || is(args, V8ValueInternalType.BooleanObject)
                || is(args, V8ValueInternalType.BigIntObject) || is(args, V8ValueInternalType.SymbolObject)));
    }

    static boolean is(V8Value[] args, V8ValueInternalType type) throws JavetException {
        return args.length > 0 && args[0] instanceof V8ValueObject o && o.hasInternalType(type);
    }
}
