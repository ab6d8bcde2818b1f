package org.node4j.loop;

/**
 * libuv's handle core: a long-lived object that keeps the loop alive while it is active and referenced.
 * Subclasses call {@link #activate()} / {@link #deactivate()}; close() is final and runs its callback in the
 * loop's closing phase.
 */
public abstract class Handle {
    protected final EventLoop loop;
    private boolean active;
    private boolean referenced = true;
    private boolean closing;
    private Runnable onClose;

    protected Handle(EventLoop loop) {
        this.loop = loop;
    }

    protected final void activate() {
        if (!active) {
            active = true;
            if (referenced) loop.addRef(1);
        }
    }

    protected final void deactivate() {
        if (active) {
            active = false;
            if (referenced) loop.addRef(-1);
        }
    }

    public final boolean isActive() {
        return active;
    }

    public final boolean isClosing() {
        return closing;
    }

    public final void ref() {
        if (!referenced) {
            referenced = true;
            if (active) loop.addRef(1);
        }
    }

    public final void unref() {
        if (referenced) {
            referenced = false;
            if (active) loop.addRef(-1);
        }
    }

    public final boolean hasRef() {
        return referenced;
    }

    /** Stops the handle now; {@code callback} runs in the closing phase of this loop iteration. */
    public final void close(Runnable callback) {
        if (closing) return;
        closing = true;
        onClose = callback;
        onStop();
        deactivate();
        loop.enqueueClosing(this);
    }

    final void finishClose() {
        if (onClose != null) onClose.run();
    }

    /** Releases what the handle holds (timers unscheduled, channels closed). */
    protected abstract void onStop();
}
