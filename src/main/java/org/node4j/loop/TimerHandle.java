package org.node4j.loop;

/** A one-shot or repeating timer, ordered in the loop's heap by due time and then by start order. */
public final class TimerHandle extends Handle {
    private final Runnable callback;
    long due;
    long sequence;
    private long repeat;
    int heapIndex = -1;

    public TimerHandle(EventLoop loop, Runnable callback) {
        super(loop);
        this.callback = callback;
    }

    /** Starts (or restarts) the timer to fire {@code timeoutMs} after the loop's cached now. */
    public void start(long timeoutMs, long repeatMs) {
        if (isClosing()) return;
        loop.timers().remove(this);
        due = loop.now() + Math.max(0, timeoutMs);
        repeat = repeatMs;
        loop.timers().add(this);
        activate();
    }

    public void stop() {
        loop.timers().remove(this);
        deactivate();
    }

    void fire() {
        deactivate();
        if (repeat > 0) start(repeat, repeat);
        callback.run();
    }

    @Override
    protected void onStop() {
        loop.timers().remove(this);
    }
}
