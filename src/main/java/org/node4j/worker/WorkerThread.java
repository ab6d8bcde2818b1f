package org.node4j.worker;

import org.node4j.engine.Isolate;
import org.node4j.engine.IsolateOptions;

import java.io.PrintStream;
import java.util.function.Function;

/**
 * A worker: its own isolate (V8 runtime, loop, thread pool) on its own platform thread with a large stack. The
 * parent may terminate it from its thread at any time; whatever happens in the worker ends only the worker.
 */
public final class WorkerThread {
    /** Told on the worker's thread, after its isolate is closed, how it ended. */
    @FunctionalInterface
    public interface ExitListener {
        void exited(int code, boolean outOfMemory);
    }

    private static final long STACK_BYTES = 16L << 20;
    private final int threadId;
    private final Object lock = new Object();
    private Isolate isolate;
    private boolean terminateRequested;
    private boolean finished;
    private volatile boolean outOfMemory;
    private Thread thread;

    public WorkerThread(int threadId) {
        this.threadId = threadId;
    }

    public int threadId() {
        return threadId;
    }

    /** Starts the isolate built from {@code options} (which receive this worker's context). */
    public void start(Function<WorkerThread, IsolateOptions> options, PrintStream out, PrintStream err,
                      ExitListener onExit) {
        thread = Thread.ofPlatform().name("node4j-worker-" + threadId).stackSize(STACK_BYTES).unstarted(() -> {
            int code = 1;
            try (Isolate created = new Isolate(options.apply(this), out, err)) {
                synchronized (lock) {
                    isolate = created;
                    if (terminateRequested) created.terminate();
                }
                code = created.run();
                synchronized (lock) {
                    finished = true;
                }
            } catch (Exception e) {
                err.println("node4j: cannot start worker: " + e);
            } finally {
                synchronized (lock) {
                    finished = true;
                    isolate = null;
                }
            }
            onExit.exited(outOfMemory ? 1 : code, outOfMemory);
        });
        thread.start();
    }

    /** Any thread: stops the worker's JS and loop as soon as possible (a no-op once it has ended). */
    public void terminate() {
        synchronized (lock) {
            terminateRequested = true;
            if (isolate != null && !finished) isolate.terminate();
        }
    }

    /** The worker's thread: its heap reached the limit; it ends with node's out-of-memory error. */
    public void outOfMemory() {
        outOfMemory = true;
    }

    /** Waits up to {@code millis} for the worker's thread to end. */
    public void join(long millis) {
        try {
            if (thread != null) thread.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
