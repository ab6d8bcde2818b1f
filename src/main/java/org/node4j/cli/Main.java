package org.node4j.cli;

import org.node4j.Node4j;
import org.node4j.engine.StartupTrace;
import org.node4j.engine.V8Engine;
import org.node4j.posix.ProcessSignals;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code node4j} command: node's command line in, node's exit code out. */
public final class Main {
    private Main() {
    }

    public static void main(String[] argv) {
        StartupTrace.mark("main");
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), false);
        String nodeOptions = System.getenv("NODE_OPTIONS");
        List<String> envOptions = nodeOptions == null || nodeOptions.isBlank()
                ? List.of() : Arrays.asList(nodeOptions.trim().split("\\s+"));
        CommandLine cl = CommandLine.parse(Arrays.asList(argv), envOptions);
        int code = switch (cl.mode()) {
            case VERSION -> {
                out.println(Node4j.NODE_VERSION);
                yield 0;
            }
            case HELP -> {
                out.println("Usage: node4j [options] [ script.js ] [arguments]\n"
                        + "       node4j -e|-p \"script\" [arguments]\n"
                        + "       node4j - (read the program from stdin)\n\n"
                        + "Options: -e/--eval, -p/--print, -r/--require, -v/--version, -h/--help, and node's flags.");
                yield 0;
            }
            case ERROR -> {
                err.println(Node4j.launcherName() + ": " + cl.error().substring(cl.error().indexOf(':') + 2));
                yield 9;
            }
            default -> {
                preloadV8(cl);
                ProcessSignals.installDefaults();
                StartupTrace.mark("signals");
                yield new Node4j(execPath(), icuData(), programEnv(), out, err).run(cl);
            }
        };
        out.flush();
        err.flush();
        StartupTrace.mark("exit");
        StartupTrace.threads();
        // halt skips JVM shutdown work; a training run must exit normally so the AOT cache gets written.
        if (Boolean.getBoolean("node4j.training")) System.exit(code);
        Runtime.getRuntime().halt(code);
    }

    /**
     * Loads the V8 library (45 MB) and starts V8 on another thread while this one sets up the JVM side of the
     * program; the isolate then finds V8 ready. A failure is left for the isolate to report.
     */
    private static void preloadV8(CommandLine cl) {
        Thread.ofPlatform().name("node4j-v8-load").daemon().start(() -> {
            try {
                V8Engine.host(icuData(), cl.v8Flags());
            } catch (RuntimeException reportedByTheIsolate) {
                // the isolate's own V8Engine.host call fails the same way and says why
            }
        });
    }

    private static String execPath() {
        String p = System.getProperty("node4j.execPath");
        return p != null ? p : "node4j";
    }

    /**
     * The environment the program sees: without the ICU_DATA the launcher set for ICU (it tells which ICU_DATA,
     * if any, the program was given).
     */
    private static Map<String, String> programEnv() {
        String icuDir = System.getProperty("node4j.icuDataDir");
        if (icuDir == null) return System.getenv();
        Map<String, String> env = new LinkedHashMap<>(System.getenv());
        env.remove("ICU_DATA");
        String given = System.getProperty("node4j.programIcuData");
        if (given != null) env.put("ICU_DATA", given);
        return env;
    }

    private static Path icuData() {
        String p = System.getProperty("node4j.icuData");
        if (p == null) return null;
        Path path = Path.of(p);
        return Files.isRegularFile(path) ? path : null;
    }
}
