package org.node4j.binding;

import org.node4j.loop.EventLoop;
import org.node4j.loop.Handle;
import org.node4j.worker.Port;

/**
 * A message port in its isolate's loop: active while it receives (after {@code start()}), so a referenced,
 * started port keeps the loop alive. Ports start unreferenced; JS refs them when 'message' listeners appear.
 */
final class PortHandle extends Handle {
    final Port port;
    private boolean receiving;

    PortHandle(EventLoop loop, Port port) {
        super(loop);
        this.port = port;
        unref();
    }

    boolean receiving() {
        return receiving && !isClosing();
    }

    void start() {
        receiving = true;
        activate();
    }

    void stop() {
        receiving = false;
        deactivate();
    }

    @Override
    protected void onStop() {
        receiving = false;
    }
}
