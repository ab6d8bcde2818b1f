package org.node4j.loop;

/** An idle, prepare or check handle: runs its callback once per loop iteration in its phase while started. */
public final class PhaseHandle extends Handle {
    public enum Phase { IDLE, PREPARE, CHECK }

    private final Phase phase;
    private final Runnable callback;

    public PhaseHandle(EventLoop loop, Phase phase, Runnable callback) {
        super(loop);
        this.phase = phase;
        this.callback = callback;
    }

    public void start() {
        if (isActive() || isClosing()) return;
        loop.phaseList(phase).add(this);
        activate();
    }

    public void stop() {
        if (!isActive()) return;
        loop.phaseList(phase).remove(this);
        deactivate();
    }

    void run() {
        callback.run();
    }

    @Override
    protected void onStop() {
        loop.phaseList(phase).remove(this);
    }
}
