package org.node4j.binding;

import org.node4j.loop.EventLoop;
import org.node4j.loop.Handle;
import org.node4j.worker.WorkerThread;

/** A running worker in its parent's loop: keeps the parent alive (unless unref'd) until the worker ends. */
final class WorkerHandle extends Handle {
    final WorkerThread thread;

    WorkerHandle(EventLoop loop, WorkerThread thread) {
        super(loop);
        this.thread = thread;
        activate();
    }

    @Override
    protected void onStop() {
        // the worker's thread ends by itself; nothing of it lives in this loop
    }
}
