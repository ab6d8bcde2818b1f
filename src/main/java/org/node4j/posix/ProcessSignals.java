package org.node4j.posix;

import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * The process's signal dispositions, shared by every isolate in the JVM because signals belong to the process.
 * A signal with listeners is delivered to each of them (they post to their loops); one without ends the process
 * the way the default disposition would, so a parent sees a death by that signal (the JVM would instead run
 * shutdown hooks and exit with 128 + signal).
 */
public final class ProcessSignals {
    /** Signals whose default action ends the process and that the JVM would turn into a shutdown. */
    private static final Map<Integer, String> TERMINATING = Map.of(1, "HUP", 2, "INT", 15, "TERM");
    private static final Map<Integer, Set<IntConsumer>> LISTENERS = new HashMap<>();
    private static final Map<Integer, SignalHandler> ORIGINAL = new HashMap<>();
    private static final Map<Integer, String> NAMES = new HashMap<>(TERMINATING);
    private static boolean defaultsInstalled;

    private ProcessSignals() {
    }

    /** Makes SIGHUP, SIGINT and SIGTERM end the process by the signal itself while nobody listens. */
    public static synchronized void installDefaults() {
        if (defaultsInstalled) return;
        defaultsInstalled = true;
        for (Map.Entry<Integer, String> e : TERMINATING.entrySet()) {
            try {
                ORIGINAL.put(e.getKey(), Signal.handle(new Signal(e.getValue()), ProcessSignals::dispatch));
            } catch (IllegalArgumentException unavailable) {
                // the JVM runs with -Xrs or the signal is reserved: keep its behaviour
            }
        }
    }

    /**
     * Delivers signal {@code signum} (named {@code name} without "SIG") to {@code listener} on the JVM's signal
     * thread until {@link #unlisten}; false when the JVM reserves that signal for itself.
     */
    public static synchronized boolean listen(int signum, String name, IntConsumer listener) {
        Set<IntConsumer> set = LISTENERS.get(signum);
        if (set == null) {
            if (!ORIGINAL.containsKey(signum)) {
                try {
                    ORIGINAL.put(signum, Signal.handle(new Signal(name), ProcessSignals::dispatch));
                } catch (IllegalArgumentException reserved) {
                    return false;
                }
            }
            set = new LinkedHashSet<>();
            LISTENERS.put(signum, set);
            NAMES.put(signum, name);
        }
        set.add(listener);
        return true;
    }

    public static synchronized void unlisten(int signum, IntConsumer listener) {
        Set<IntConsumer> set = LISTENERS.get(signum);
        if (set == null || !set.remove(listener) || !set.isEmpty()) return;
        LISTENERS.remove(signum);
        if (!TERMINATING.containsKey(signum)) {
            SignalHandler original = ORIGINAL.remove(signum);
            Signal.handle(new Signal(NAMES.get(signum)), original);
        }
    }

    private static void dispatch(Signal signal) {
        IntConsumer[] listeners;
        synchronized (ProcessSignals.class) {
            Set<IntConsumer> set = LISTENERS.get(signal.getNumber());
            listeners = set == null ? new IntConsumer[0] : set.toArray(new IntConsumer[0]);
        }
        if (listeners.length > 0) {
            for (IntConsumer l : listeners) l.accept(signal.getNumber());
        } else if (TERMINATING.containsKey(signal.getNumber())) {
            dieBy(signal.getNumber());
        }
    }

    /** Linked only when a signal is about to end the process: linking at class load would slow every start. */
    private static final class Death {
        private static final Linker LINKER = Linker.nativeLinker();
        static final MethodHandle SIGNAL = LINKER.downcallHandle(LINKER.defaultLookup().find("signal").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
        static final MethodHandle RAISE = LINKER.downcallHandle(LINKER.defaultLookup().find("raise").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    }

    private static void dieBy(int signum) {
        try {
            Death.SIGNAL.invoke(signum, MemorySegment.NULL);
            Death.RAISE.invoke(signum);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
