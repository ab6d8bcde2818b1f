package org.node4j.engine;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.interop.V8Host;
import com.caoccao.javet.interop.options.V8Flags;
import com.caoccao.javet.interop.options.V8RuntimeOptions;

import java.nio.file.Path;

/**
 * The process-wide part of V8: its flags are sealed when the first runtime is created, so they are set here once,
 * before any isolate exists. Everything per-program lives in {@link Isolate}.
 */
public final class V8Engine {
    /** V8's own JS stack limit, well inside the 16 MB stack of each isolate thread (node's default is 984 KB). */
    static final int V8_STACK_KB = 984;
    static final long THREAD_STACK_BYTES = 16L << 20;

    private V8Engine() {
    }

    /** The i18n V8 host, configured on first use. Later calls get the same host whatever they pass. */
    public static V8Host host(Path icuDataFile, String extraFlags) {
        synchronized (V8Engine.class) {
            V8Flags flags = V8RuntimeOptions.V8_FLAGS;
            if (!flags.isSealed()) {
                flags.setUseStrict(false);
                flags.setExposeGC(false);
                // The lib calls %PerformMicrotaskCheckpoint() where node calls runMicrotasks(); valid programs
                // parse the same with this flag (a leading % is otherwise a syntax error).
                flags.setAllowNativesSyntax(true);
                // Without a file (the launcher's way) V8 loads none and ICU maps its package itself, found through
                // ICU_DATA: pages are then read as Intl touches them instead of all 26 MB at every start.
                flags.setIcuDataFile(icuDataFile == null ? "" : icuDataFile.toString());
                String custom = "--stack-size=" + V8_STACK_KB;
                if (extraFlags != null && !extraFlags.isBlank()) custom += " " + extraFlags;
                flags.setCustomFlags(custom);
            }
            StartupTrace.mark("V8 flags");
            V8Host host = V8Host.getV8I18nInstance();
            if (!host.isLibraryLoaded()) {
                JavetException e = host.getLastException();
                throw new IllegalStateException("cannot load V8: " + (e == null ? "unknown" : e.getMessage()), e);
            }
            return host;
        }
    }
}
