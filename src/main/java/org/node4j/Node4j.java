package org.node4j;

import org.node4j.cli.CommandLine;
import org.node4j.engine.Isolate;
import org.node4j.engine.IsolateOptions;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * node4j as a library: each {@link #run} starts an independent program (its own isolate, loop and thread) and
 * returns its exit code. Several may run at once in one JVM.
 */
public final class Node4j {
    public static final String NODE_VERSION = "v20.20.2";
    public static final String VERSION = "0.1.0";

    private final String execPath;
    private final Path icuData;
    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    public Node4j(String execPath, Path icuData, Map<String, String> env, PrintStream out, PrintStream err) {
        this.execPath = execPath;
        this.icuData = icuData;
        this.env = env;
        this.out = out;
        this.err = err;
    }

    public static String launcherName() {
        return "node4j";
    }

    /** Runs one program on a new thread with a large stack and waits for its exit code. */
    public int run(CommandLine cl) {
        List<String> argv = new ArrayList<>();
        if (cl.mode() == CommandLine.Mode.SCRIPT) argv.add(cl.script());
        argv.addAll(cl.args());
        IsolateOptions options = new IsolateOptions(execPath, cl.execArgv(), argv, mainJson(cl),
                new LinkedHashMap<>(env), Path.of("").toAbsolutePath(), icuData, cl.v8Flags());
        AtomicInteger code = new AtomicInteger(1);
        Thread thread = Thread.ofPlatform().name("node4j-main").stackSize(16L << 20).unstarted(() -> {
            try (Isolate isolate = new Isolate(options, out, err)) {
                code.set(isolate.run());
            } catch (Exception e) {
                err.println("node4j: cannot start: " + e);
                code.set(1);
            }
        });
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return code.get();
    }

    /** What the JS bootstrap reads to find the main program and the per-run options. */
    private static String mainJson(CommandLine cl) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mode", cl.mode().name().toLowerCase());
        m.put("script", cl.script());
        m.put("settings", cl.settings());
        return Json.write(m);
    }

    /** A tiny JSON writer for the options object (strings, maps, lists, numbers, booleans, null). */
    static final class Json {
        private Json() {
        }

        static String write(Object v) {
            StringBuilder sb = new StringBuilder();
            write(sb, v);
            return sb.toString();
        }

        private static void write(StringBuilder sb, Object v) {
            switch (v) {
                case null -> sb.append("null");
                case String s -> quote(sb, s);
                case Number n -> sb.append(n);
                case Boolean b -> sb.append(b);
                case Map<?, ?> map -> {
                    sb.append('{');
                    boolean first = true;
                    for (var e : map.entrySet()) {
                        if (!first) sb.append(',');
                        first = false;
                        quote(sb, String.valueOf(e.getKey()));
                        sb.append(':');
                        write(sb, e.getValue());
                    }
                    sb.append('}');
                }
                case List<?> list -> {
                    sb.append('[');
                    for (int i = 0; i < list.size(); i++) {
                        if (i > 0) sb.append(',');
                        write(sb, list.get(i));
                    }
                    sb.append(']');
                }
                default -> quote(sb, v.toString());
            }
        }

        private static void quote(StringBuilder sb, String s) {
            sb.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    default -> {
                        if (c < 0x20) sb.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
                        else sb.append(c);
                    }
                }
            }
            sb.append('"');
        }
    }
}
