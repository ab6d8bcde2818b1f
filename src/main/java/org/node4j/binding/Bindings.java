package org.node4j.binding;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.values.reference.V8ValueObject;
import org.node4j.engine.Args;
import org.node4j.engine.Isolate;
import org.node4j.engine.NativeObject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The isolate's bindings by name: what {@code internalBinding(name)} can return. */
public final class Bindings implements AutoCloseable {
    private final Isolate isolate;
    private final Map<String, Binding> byName = new LinkedHashMap<>();

    public Bindings(Isolate isolate) {
        this.isolate = isolate;
        ReadSlab slab = new ReadSlab(isolate);
        PipeWrapBinding pipes = new PipeWrapBinding(isolate, slab);
        TcpWrapBinding tcp = new TcpWrapBinding(isolate, slab);
        for (Binding b : List.of(
                new BuiltinsBinding(isolate),
                new ContextifyBinding(isolate),
                new ModuleWrapBinding(isolate),
                new TimersBinding(isolate),
                new ProcessMethodsBinding(isolate),
                new CredentialsBinding(),
                new FsBinding(isolate),
                new BufferBinding(),
                new UtilBinding(),
                new TypesBinding(),
                new OsBinding(),
                new UrlBinding(),
                new SpawnSyncBinding(isolate),
                new ProcessWrapBinding(isolate),
                pipes,
                tcp,
                new TlsWrapBinding(isolate, List.of(tcp, pipes)),
                new UdpWrapBinding(isolate),
                new CaresWrapBinding(isolate),
                new HttpParserBinding(),
                new SignalWrapBinding(isolate),
                new V8Binding(),
                new MessagingBinding(isolate),
                new WorkerBinding(isolate),
                new ZlibBinding(isolate),
                new CryptoBinding(isolate))) {
            byName.put(b.name(), b);
        }
    }

    /** The object handed to the realm bootstrap: {@code getBinding(name)} builds a binding's object on demand. */
    public V8ValueObject loaderObject() throws JavetException {
        V8ValueObject loader = isolate.runtime().createV8ValueObject();
        NativeObject natives = isolate.nativeObject(loader);
        natives.fn("getBinding", args -> {
            Binding b = byName.get(Args.str(args, 0));
            if (b == null) return natives.undefined();
            V8ValueObject obj = isolate.runtime().createV8ValueObject();
            b.install(isolate.nativeObject(obj));
            return obj;
        });
        return loader;
    }

    @Override
    public void close() {
        for (Binding b : byName.values()) {
            if (b instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // best effort at isolate teardown
                }
            }
        }
    }
}
