package org.node4j.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code -Dnode4j.trace.startup=true}: prints when each startup phase ends, as wall time since main and CPU time
 * of all the process's threads (which stays meaningful on a busy machine), to find where startup time goes.
 */
public final class StartupTrace {
    private static final boolean ENABLED = Boolean.getBoolean("node4j.trace.startup");
    private static final long ORIGIN_NANOS = System.nanoTime();

    private StartupTrace() {
    }

    public static void mark(String phase) {
        if (!ENABLED) return;
        long wallMicros = (System.nanoTime() - ORIGIN_NANOS) / 1000;
        System.err.println("[startup] wall " + wallMicros / 1000.0 + " ms since main, cpu " + processCpuMillis()
                + " ms: " + phase);
    }

    /** Prints the CPU time each live thread used so far (JIT compilers, GC and V8 workers show up here). */
    public static void threads() {
        if (!ENABLED) return;
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                String s = Files.readString(t.resolve("schedstat"));
                long nanos = Long.parseLong(s.substring(0, s.indexOf(' ')));
                if (nanos > 1_000_000) {
                    System.err.println("[startup]   " + nanos / 1000 / 1000.0 + " ms cpu: "
                            + Files.readString(t.resolve("comm")).strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("[startup] no thread times: " + e);
        }
    }

    /** CPU time of every thread so far (/proc/self/task/N/schedstat starts with nanoseconds on CPU). */
    private static double processCpuMillis() {
        long nanos = 0;
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                String s = Files.readString(t.resolve("schedstat"));
                nanos += Long.parseLong(s.substring(0, s.indexOf(' ')));
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return nanos / 1000 / 1000.0;
    }
}
