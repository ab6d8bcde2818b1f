package org.node4j.worker;

/**
 * Where an isolate stands among the threads of its program: the program's port hub, its thread id, and for a
 * worker the ids of its two ports to the parent (node's internal one and the public one behind parentPort).
 *
 * @param thread the worker's thread, or null on the main thread
 */
public record WorkerContext(PortHub hub, int threadId, int internalPort, int publicPort, WorkerThread thread) {
    /** The context of a program's main thread: a hub of its own, thread id 0. */
    public static WorkerContext mainThread() {
        return new WorkerContext(new PortHub(), 0, 0, 0, null);
    }

    public boolean isMainThread() {
        return thread == null;
    }
}
