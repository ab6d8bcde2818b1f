package org.node4j.loop;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The event loop in libuv's shape. One loop per isolate, driven by one thread; other threads only
 * {@link #post(Runnable)} completions to it.
 *
 * <pre>
 * timers → [pending → idle → prepare → poll → check → closing → timers] while alive
 * </pre>
 */
public final class EventLoop implements AutoCloseable {
    private final FdPoller fdPoller = new FdPoller();
    private final TimerHeap timers = new TimerHeap();
    private final Map<PhaseHandle.Phase, List<PhaseHandle>> phases = new EnumMap<>(PhaseHandle.Phase.class);
    private final ArrayDeque<Runnable> pending = new ArrayDeque<>();
    private final ArrayDeque<Handle> closing = new ArrayDeque<>();
    private final ConcurrentLinkedQueue<Runnable> posted = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean wakeupPending = new AtomicBoolean();
    private final long originNanos = System.nanoTime();
    private long now;
    private int referencedHandles;
    private int activeRequests;
    private boolean stopRequested;
    private java.util.function.BooleanSupplier immediateWork = () -> false;

    public EventLoop() {
        for (PhaseHandle.Phase p : PhaseHandle.Phase.values()) phases.put(p, new ArrayList<>());
        updateTime();
    }

    /** Runs until no referenced handle or request is left, or {@link #stop()} is called. */
    public void run() {
        stopRequested = false;
        boolean alive = isAlive();
        if (!alive) updateTime();
        if (alive) {
            updateTime();
            runTimers();
        }
        while (alive && !stopRequested) {
            runPending();
            runPhase(PhaseHandle.Phase.IDLE);
            runPhase(PhaseHandle.Phase.PREPARE);
            poll(pollTimeout());
            runPending();
            runPhase(PhaseHandle.Phase.CHECK);
            runClosing();
            updateTime();
            runTimers();
            alive = isAlive();
        }
    }

    public void stop() {
        stopRequested = true;
    }

    public boolean isStopRequested() {
        return stopRequested;
    }

    public boolean isAlive() {
        return referencedHandles > 0 || activeRequests > 0 || !closing.isEmpty() || !pending.isEmpty()
                || immediateWork.getAsBoolean();
    }

    /**
     * Work queued for the check phase that keeps the loop alive and must not wait in poll (node's ref'ed
     * immediates). Read each iteration instead of being toggled, so scheduling one costs no call.
     */
    public void setImmediateWork(java.util.function.BooleanSupplier pending) {
        immediateWork = pending;
    }

    /** Milliseconds since the loop started, cached at the start of each iteration like uv_now(). */
    public long now() {
        return now;
    }

    public void updateTime() {
        now = clockNow();
    }

    /** Milliseconds since the loop started, read from the clock now: for timeouts kept in real time (c-ares'). */
    public long clockNow() {
        return (System.nanoTime() - originNanos) / 1_000_000L;
    }

    /** Loop thread: where fds (sockets, pipes, ttys, child exits) are watched for readiness. */
    public FdPoller fdPoller() {
        return fdPoller;
    }

    /** Thread-safe: queues {@code task} to run on the loop thread in the poll phase, waking the loop. */
    public void post(Runnable task) {
        posted.add(task);
        if (wakeupPending.compareAndSet(false, true)) fdPoller.wakeup();
    }

    /** Loop thread: queues a callback for the pending phase (libuv's deferred I/O callbacks). */
    public void defer(Runnable task) {
        pending.add(task);
    }

    /** A request (fs op, connect, lookup…) keeps the loop alive from start until its completion runs. */
    public void requestStarted() {
        activeRequests++;
    }

    public void requestFinished() {
        activeRequests--;
    }

    void addRef(int delta) {
        referencedHandles += delta;
    }

    TimerHeap timers() {
        return timers;
    }

    List<PhaseHandle> phaseList(PhaseHandle.Phase phase) {
        return phases.get(phase);
    }

    void enqueueClosing(Handle h) {
        closing.add(h);
    }

    private long pollTimeout() {
        if (stopRequested || !pending.isEmpty() || !closing.isEmpty() || !phases.get(PhaseHandle.Phase.IDLE).isEmpty()
                || !posted.isEmpty() || immediateWork.getAsBoolean()) {
            return 0;
        }
        if (!isAlive()) return 0;
        TimerHandle next = timers.peek();
        if (next == null) return -1;
        return Math.max(0, next.due - now);
    }

    private void runTimers() {
        TimerHandle t;
        while ((t = timers.peek()) != null && t.due <= now) {
            timers.remove(t);
            t.fire();
        }
    }

    private void runPending() {
        int n = pending.size();
        for (int i = 0; i < n && !pending.isEmpty(); i++) pending.poll().run();
    }

    private void runPhase(PhaseHandle.Phase phase) {
        List<PhaseHandle> list = phases.get(phase);
        if (list.isEmpty()) return;
        for (PhaseHandle h : list.toArray(new PhaseHandle[0])) {
            if (h.isActive()) h.run();
        }
    }

    private void runClosing() {
        Handle h;
        while ((h = closing.poll()) != null) h.finishClose();
    }

    private void poll(long timeoutMs) {
        // Nothing to wait for and nothing watched: only posted completions can be ready.
        if (timeoutMs != 0 || fdPoller.hasWatches() || wakeupPending.get()) fdPoller.poll(timeoutMs);
        wakeupPending.set(false);
        updateTime();
        Runnable task;
        while ((task = posted.poll()) != null) task.run();
    }

    @Override
    public void close() {
        fdPoller.close();
    }
}
