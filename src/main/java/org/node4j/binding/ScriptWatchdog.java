package org.node4j.binding;

import com.caoccao.javet.interop.V8Runtime;

/**
 * Ends a running script after a timeout ({@code vm}'s {@code timeout} option): a sleeping virtual thread asks V8
 * to terminate execution unless the script finished first. {@link #stop} tells whether it fired.
 */
final class ScriptWatchdog {
    private final Thread thread;
    private boolean finished;
    private boolean fired;

    private ScriptWatchdog(V8Runtime runtime, long ms) {
        thread = Thread.ofVirtual().unstarted(() -> {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                return;
            }
            synchronized (this) {
                if (finished) return;
                fired = true;
                runtime.terminateExecution();
            }
        });
    }

    static ScriptWatchdog start(V8Runtime runtime, long ms) {
        ScriptWatchdog w = new ScriptWatchdog(runtime, ms);
        w.thread.start();
        return w;
    }

    /** Called once the script returned or was ended; true when the timeout ended it. */
    synchronized boolean stop() {
        finished = true;
        thread.interrupt();
        return fired;
    }
}
