package org.node4j.binding;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.values.V8Value;
import org.node4j.cli.CommandLine;
import org.node4j.engine.Args;
import org.node4j.engine.Isolate;
import org.node4j.engine.IsolateOptions;
import org.node4j.engine.NativeObject;
import org.node4j.worker.WorkerContext;
import org.node4j.worker.WorkerThread;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code internalBinding('worker')}: this thread's place in the program ({@code isMainThread}, {@code threadId},
 * a worker's two ports to its parent) and the workers it starts. {@code start(handleId, internalPort,
 * publicPort, mainJson, argv, execArgv, env)} runs a worker on its own isolate and thread; its end reaches JS
 * handle {@code handleId} as {@code (EVENT_EXIT, code, outOfMemory)}. {@code parseExecArgv(list)} reads a worker's
 * execArgv as the command line would: its settings as a flat [name, value, …] list, or undefined when invalid.
 */
final class WorkerBinding implements Binding, AutoCloseable {
    static final int EVENT_EXIT = 1;
    private static final long JOIN_MILLIS = 2000;
    private final Isolate isolate;
    /** Loop thread only: running workers by thread id. */
    private final Map<Integer, WorkerHandle> workers = new HashMap<>();

    WorkerBinding(Isolate isolate) {
        this.isolate = isolate;
    }

    @Override
    public String name() {
        return "worker";
    }

    @Override
    public void install(NativeObject t) throws JavetException {
        WorkerContext self = isolate.options().worker();
        t.value("isMainThread", self.isMainThread());
        t.value("threadId", self.threadId());
        t.value("internalPort", self.internalPort());
        t.value("publicPort", self.publicPort());
        t.fn("start", args -> t.integer(start(args)));
        t.fn("parseExecArgv", args -> {
            List<String> argv = new ArrayList<>(List.of(Args.strings(args[0])));
            argv.add("[worker]");
            CommandLine cl = CommandLine.parse(argv, List.of());
            if (cl.mode() == CommandLine.Mode.ERROR) return t.undefined();
            List<String> flat = new ArrayList<>();
            cl.settings().forEach((name, value) -> {
                flat.add(name);
                flat.add(value);
            });
            return t.convert(flat);
        });
        t.fn("terminate", args -> {
            WorkerHandle h = workers.get(Args.i32(args, 0));
            if (h != null) h.thread.terminate();
            return t.undefined();
        });
        t.fn("ref", args -> {
            WorkerHandle h = workers.get(Args.i32(args, 0));
            if (h != null) h.ref();
            return t.undefined();
        });
        t.fn("unref", args -> {
            WorkerHandle h = workers.get(Args.i32(args, 0));
            if (h != null) h.unref();
            return t.undefined();
        });
        t.fn("hasRef", args -> {
            WorkerHandle h = workers.get(Args.i32(args, 0));
            return t.bool(h != null && h.hasRef());
        });
    }

    private int start(V8Value[] args) throws JavetException {
        int handleId = Args.i32(args, 0);
        int internalPort = Args.i32(args, 1);
        int publicPort = Args.i32(args, 2);
        String mainJson = Args.str(args, 3);
        List<String> argv = List.of(Args.strings(args[4]));
        List<String> execArgv = List.of(Args.strings(args[5]));
        Map<String, String> env = new LinkedHashMap<>();
        for (String entry : Args.strings(args[6])) {
            int eq = entry.indexOf('=');
            env.put(entry.substring(0, eq), entry.substring(eq + 1));
        }
        IsolateOptions parent = isolate.options();
        WorkerContext self = parent.worker();
        int threadId = self.hub().nextThreadId();
        WorkerThread thread = new WorkerThread(threadId);
        WorkerHandle handle = new WorkerHandle(isolate.loop(), thread);
        workers.put(threadId, handle);
        Path cwd = Path.of(isolate.cwd());
        thread.start(w -> new IsolateOptions(parent.execPath(), execArgv, argv, mainJson, env, cwd, parent.icuData(),
                        parent.v8Flags(), new WorkerContext(self.hub(), threadId, internalPort, publicPort, w)),
                isolate.stdout(), isolate.stderr(),
                (code, outOfMemory) -> isolate.loop().post(() -> {
                    workers.remove(threadId);
                    handle.close(null);
                    isolate.emit(handleId, EVENT_EXIT, code, outOfMemory);
                }));
        return threadId;
    }

    /** The parent ends: its workers end with it. */
    @Override
    public void close() {
        List<WorkerHandle> running = new ArrayList<>(workers.values());
        workers.clear();
        for (WorkerHandle h : running) h.thread.terminate();
        for (WorkerHandle h : running) h.thread.join(JOIN_MILLIS);
    }
}
