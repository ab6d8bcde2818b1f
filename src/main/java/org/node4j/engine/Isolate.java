package org.node4j.engine;

import com.caoccao.javet.enums.JavetPromiseRejectEvent;
import com.caoccao.javet.exceptions.BaseJavetScriptingException;
import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.exceptions.JavetTerminatedException;
import com.caoccao.javet.interop.V8Runtime;
import com.caoccao.javet.interop.V8ScriptOrigin;
import com.caoccao.javet.values.V8Value;
import com.caoccao.javet.values.primitive.V8ValueDouble;
import com.caoccao.javet.values.primitive.V8ValueInteger;
import com.caoccao.javet.values.reference.V8ValueFunction;
import com.caoccao.javet.values.reference.V8ValueObject;
import com.caoccao.javet.values.reference.V8ValuePromise;
import org.node4j.binding.Bindings;
import org.node4j.loop.EventLoop;
import org.node4j.loop.ThreadPool;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * One node4j program: a V8 runtime, its event loop and thread pool, and the JS entry points the loop calls.
 * Everything here belongs to the one thread that runs {@link #run()}; other threads only post to the loop.
 */
public final class Isolate implements AutoCloseable {
    private final IsolateOptions options;
    private final V8Runtime runtime;
    private final EventLoop loop = new EventLoop();
    private final ThreadPool pool;
    private final SharedState state = new SharedState();
    private final Builtins builtins;
    private final Bindings bindings;
    private final List<V8Value> pinned = new ArrayList<>();
    private final PrintStream stdout;
    private final PrintStream stderr;
    private final Stdio stdio;
    private String cwd;
    private EntryPoints entry;
    private Integer exitCode;
    /** Set by {@link #terminate()} from another thread: the JS stops, so its failures are not reported. */
    private volatile boolean terminating;

    /** The JS functions the loop calls; all of them catch JS exceptions themselves. */
    private record EntryPoints(V8ValueFunction runMain, V8ValueFunction runTicks, V8ValueFunction processTimers,
                               V8ValueFunction processImmediate, V8ValueFunction promiseReject,
                               V8ValueFunction emitBeforeExit, V8ValueFunction emitExit,
                               V8ValueFunction onRequestComplete, V8ValueFunction onHandleEvent) {
    }

    public Isolate(IsolateOptions options, PrintStream stdout, PrintStream stderr) throws JavetException {
        this.options = options;
        this.stdout = stdout;
        this.stderr = stderr;
        this.stdio = new Stdio(stdout, stderr);
        this.cwd = options.cwd().toString();
        var host = V8Engine.host(options.icuData(), options.v8Flags());
        StartupTrace.mark("V8 library loaded");
        this.runtime = host.createV8Runtime();
        StartupTrace.mark("V8 runtime created");
        runtime.setLogger(new QuietLogger());
        this.pool = new ThreadPool(ThreadPool.sizeFromEnvironment(options.env().get("UV_THREADPOOL_SIZE")));
        this.builtins = new Builtins(runtime);
        this.bindings = new Bindings(this);
        runtime.setPromiseRejectCallback(this::onPromiseReject);
        runtime.setNearHeapLimitCallback((current, initial) -> onNearHeapLimit(current));
        StartupTrace.mark("isolate ready");
    }

    public IsolateOptions options() {
        return options;
    }

    public V8Runtime runtime() {
        return runtime;
    }

    public EventLoop loop() {
        return loop;
    }

    public ThreadPool pool() {
        return pool;
    }

    public SharedState state() {
        return state;
    }

    public Builtins builtins() {
        return builtins;
    }

    public Stdio stdio() {
        return stdio;
    }

    /** The streams this program writes to; its workers get the same. */
    public PrintStream stdout() {
        return stdout;
    }

    public PrintStream stderr() {
        return stderr;
    }

    /** The program's working directory: per isolate, so that several programs in one JVM each have their own. */
    public String cwd() {
        return cwd;
    }

    public void setCwd(String dir) {
        cwd = dir;
    }

    /** Resolves a path the program gave against its working directory. */
    public java.nio.file.Path resolvePath(String path) {
        return java.nio.file.Path.of(cwd).resolve(path);
    }

    /** Wraps {@code object} for a binding to register natives on. */
    public NativeObject nativeObject(V8ValueObject object) {
        return new NativeObject(runtime, object);
    }

    /** Keeps a JS value alive (and closes it) with the isolate; for memory shared with JS. */
    public V8Value pin(V8Value value) {
        pinned.add(value);
        return value;
    }

    /** A JS ArrayBuffer over the shared state slots (the memory stays Java's, alive with the isolate). */
    public V8Value sharedState() throws JavetException {
        return runtime.createV8ValueArrayBuffer(state.buffer());
    }

    /** Runs the program to its end; returns its exit code. */
    public int run() {
        try {
            bootstrap();
            StartupTrace.mark("bootstrap");
            callIntoJs(entry.runMain());
            StartupTrace.mark("main module");
            while (!exiting()) {
                loop.run();
                if (exiting()) break;
                callIntoJs(entry.emitBeforeExit());
                if (exiting() || !loop.isAlive()) break;
            }
            if (!exiting()) {
                V8Value code = callIntoJs(entry.emitExit());
                if (!exiting()) exitCode = code instanceof V8ValueInteger i ? i.getValue() : 0;
            }
        } catch (JavetException e) {
            internalFailure(e);
        }
        return exitCode;
    }

    /** {@code process.reallyExit}: ends the program now; JS already ran the 'exit' listeners. */
    public void requestExit(int code) {
        if (exitCode == null) exitCode = code;
        loop.stop();
        runtime.terminateExecution();
    }

    public boolean exiting() {
        return exitCode != null;
    }

    /**
     * Any thread ({@code worker.terminate()}): stops the running JS now and ends the program with code 1 as soon
     * as its loop gets the request.
     */
    public void terminate() {
        terminating = true;
        loop.post(() -> requestExit(1));
        runtime.terminateExecution();
    }

    /** Every call from the loop into JS: the call, then node's tick processing until no tick or rejection is due. */
    public V8Value callIntoJs(V8ValueFunction fn, Object... args) {
        if (exiting()) return null;
        state.setLoopTime(loop.now());
        V8Value result = invoke(fn, args);
        while (!exiting() && (state.get(SharedState.TICK_SCHEDULED) != 0
                || state.get(SharedState.REJECTION_TO_WARN) != 0)) {
            try (V8Value ignored = invoke(entry.runTicks())) {
                // tick processing returns nothing
            } catch (JavetException e) {
                internalFailure(e);
            }
        }
        return result;
    }

    /** The timers binding's handle fired: run due JS timers; returns the next expiry (0: none, < 0: unref'd). */
    public double processTimers(long now) {
        V8Value r = callIntoJs(entry.processTimers(), (double) now);
        return r instanceof V8ValueDouble d ? d.getValue() : r instanceof V8ValueInteger i ? i.getValue() : 0;
    }

    /**
     * Runs blocking {@code work} on the thread pool; its result (a number, string, boolean, null, or a List/Map of
     * those) reaches the JS callback registered under {@code requestId} (internal/async_requests).
     */
    public void submit(int requestId, java.util.function.Supplier<Object> work) {
        pool.submit(loop, work, result -> complete(requestId, result));
    }

    /** Loop thread: delivers {@code result} to the JS callback of request {@code requestId}. */
    public void complete(int requestId, Object result) {
        close(callIntoJs(entry.onRequestComplete(), requestId, result));
    }

    /**
     * Loop thread: tells the JS object of handle {@code handleId} (internal/handle_events) that {@code event}
     * happened, with up to three values (numbers, strings, or V8 values the caller owns).
     */
    public void emit(int handleId, int event, Object a, Object b) {
        close(callIntoJs(entry.onHandleEvent(), handleId, event, a, b));
    }

    public void emit(int handleId, int event, Object a, Object b, Object c) {
        close(callIntoJs(entry.onHandleEvent(), handleId, event, a, b, c));
    }

    /** An event with five values (a received datagram: slab, offset, length, sender port and address). */
    public void emit(int handleId, int event, Object a, Object b, Object c, Object d, Object e) {
        close(callIntoJs(entry.onHandleEvent(), handleId, event, a, b, c, d, e));
    }

    public void processImmediate() {
        close(callIntoJs(entry.processImmediate()));
    }


    private V8Value invoke(V8ValueFunction fn, Object... args) {
        try {
            return fn.call(null, args);
        } catch (JavetTerminatedException e) {
            terminated();
        } catch (BaseJavetScriptingException e) {
            if (runtime.isExecutionTerminating() || exiting()) {
                terminated();
            } else {
                internalFailure(e);
            }
        } catch (JavetException e) {
            internalFailure(e);
        }
        return null;
    }

    private void terminated() {
        if (exitCode == null) exitCode = 1;
        loop.stop();
    }

    private void bootstrap() throws JavetException {
        state.setLoopTime(loop.now());
        try (V8ValueFunction realm = builtins.compile("internal/bootstrap/realm");
             V8ValueObject natives = bindings.loaderObject();
             V8ValueObject entries = realm.call(null, natives)) {
            entry = new EntryPoints(entries.get("runMain"), entries.get("runTicks"), entries.get("processTimers"),
                    entries.get("processImmediate"), entries.get("promiseReject"), entries.get("emitBeforeExit"),
                    entries.get("emitExit"), entries.get("onRequestComplete"), entries.get("onHandleEvent"));
        }
    }

    private void onPromiseReject(JavetPromiseRejectEvent event, V8ValuePromise promise, V8Value reason) {
        if (entry == null || exiting()) return;
        try {
            entry.promiseReject().callVoid(null, event.getCode(), promise, reason);
        } catch (JavetException e) {
            if (!runtime.isExecutionTerminating()) internalFailure(e);
        }
    }

    private long onNearHeapLimit(long current) {
        if (!options.worker().isMainThread()) {
            // A worker out of memory ends alone; its parent reports ERR_WORKER_OUT_OF_MEMORY.
            options.worker().thread().outOfMemory();
            requestExit(1);
            return current * 2;
        }
        stderr.println();
        stderr.println("FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory");
        stderr.flush();
        requestExit(134);
        return current * 2;
    }

    private void internalFailure(Exception e) {
        if (terminating) {
            terminated();
            return;
        }
        stderr.println("node4j: internal error: " + e);
        if (e instanceof BaseJavetScriptingException s && s.getScriptingError() != null) {
            stderr.println(s.getScriptingError().getStack());
        }
        stderr.flush();
        if (exitCode == null) exitCode = 7;
        loop.stop();
    }

    private static void close(V8Value v) {
        if (v != null) {
            try {
                v.close();
            } catch (JavetException ignored) {
                // closing a handle of a finished call cannot fail in a way worth reporting
            }
        }
    }

    V8ValueFunction compile(String source, String resourceName, String[] params) throws JavetException {
        return runtime.compileV8ValueFunction(source, null, new V8ScriptOrigin(resourceName), params, null);
    }

    @Override
    public void close() throws Exception {
        if (entry != null) {
            for (V8Value v : List.of(entry.runMain(), entry.runTicks(), entry.processTimers(), entry.processImmediate(),
                    entry.promiseReject(), entry.emitBeforeExit(), entry.emitExit(), entry.onRequestComplete(),
                    entry.onHandleEvent())) {
                close(v);
            }
        }
        builtins.writeCodeCache();
        for (V8Value v : pinned) close(v);
        bindings.close();
        pool.close();
        loop.close();
        if (runtime.isExecutionTerminating()) runtime.cancelTerminateExecution();
        runtime.close(true);
    }
}
