package org.node4j.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * node's command line: {@code node [options] [script.js | -e code | -p code | -] [--] [arguments]}.
 * Options are checked against the ones node4j knows; the rest is node's "bad option" error.
 *
 * @param execArgv  the options as given (process.execArgv)
 * @param mode      script, eval, print, stdin, version, help or error
 * @param script    the script path (mode script) or the code (eval/print)
 * @param args      what follows the script
 * @param settings  option name → value (repeatable options joined by '\n')
 * @param v8Flags   options that belong to V8
 * @param error     the message for mode error
 */
public record CommandLine(List<String> execArgv, Mode mode, String script, List<String> args,
                          Map<String, String> settings, String v8Flags, String error) {

    public enum Mode { SCRIPT, EVAL, PRINT, STDIN, VERSION, HELP, ERROR }

    /** Options that take a value (as the next argument or after '='). */
    private static final Set<String> WITH_VALUE = Set.of("--eval", "--print", "--require", "--import",
            "--unhandled-rejections", "--input-type", "--conditions", "--stack-size", "--max-old-space-size",
            "--max-semi-space-size", "--title", "--dns-result-order", "--max-http-header-size", "--loader",
            "--experimental-loader", "--disable-warning", "--env-file", "--secure-heap", "--secure-heap-min",
            "--diagnostic-dir", "--heapsnapshot-signal", "--redirect-warnings", "--icu-data-dir", "--openssl-config",
            "--tls-cipher-list", "--tls-keylog", "--use-largepages", "--trace-event-categories", "--inspect-port",
            "--experimental-default-type", "--stack-trace-limit", "--test-reporter", "--test-reporter-destination",
            "--test-name-pattern", "--test-concurrency", "--watch-path", "--report-signal", "--max-old-generation-size");

    /** Boolean options node accepts (their --no- forms too). */
    private static final Set<String> FLAGS = Set.of("--expose-gc", "--expose-internals", "--no-deprecation",
            "--throw-deprecation", "--trace-deprecation", "--pending-deprecation", "--no-warnings", "--trace-warnings",
            "--trace-uncaught", "--abort-on-uncaught-exception", "--preserve-symlinks", "--preserve-symlinks-main",
            "--enable-source-maps", "--experimental-vm-modules", "--experimental-import-meta-resolve",
            "--experimental-wasm-modules", "--experimental-json-modules", "--experimental-global-webcrypto",
            "--experimental-abortcontroller", "--experimental-worker", "--experimental-report",
            "--experimental-specifier-resolution", "--experimental-policy", "--experimental-permission",
            "--experimental-shadow-realm", "--experimental-websocket", "--experimental-require-module",
            "--experimental-detect-module", "--experimental-network-imports", "--experimental-fetch",
            "--experimental-global-customevent", "--experimental-global-navigator", "--experimental-wasi-unstable-preview1",
            "--insecure-http-parser", "--no-force-async-hooks-checks", "--force-async-hooks-checks",
            "--zero-fill-buffers", "--frozen-intrinsics", "--disallow-code-generation-from-strings", "--jitless",
            "--no-addons", "--addons", "--no-global-search-paths", "--global-search-paths", "--trace-sync-io",
            "--trace-exit", "--trace-sigint", "--harmony", "--allow-natives-syntax", "--huge-max-old-generation-size",
            "--interpreted-frames-native-stack", "--verify-base-objects", "--no-extra-info-on-fatal-exception",
            "--experimental-top-level-await", "--experimental-repl-await", "--no-experimental-repl-await",
            "--expose-externalize-string", "--no-experimental-global-webcrypto", "--no-experimental-fetch",
            "--no-experimental-global-customevent", "--check", "--interactive", "--test", "--watch",
            "--experimental-test-coverage", "--experimental-sea-config", "--inspect", "--inspect-brk",
            "--report-on-fatalerror", "--report-uncaught-exception", "--report-on-signal", "--report-compact",
            "--node-memory-debug", "--expose-gc-as", "--async-stack-traces", "--no-async-stack-traces",
            "--experimental-eventsource", "--no-node-snapshot", "--build-snapshot", "--cpu-prof", "--heap-prof",
            "--prof", "--prof-process", "--test-udp-no-try-send", "--no-opt", "--always-opt", "--max-lazy", "--stress-compaction");

    /** Options that are V8's (passed to the engine; process-wide). */
    private static final Set<String> V8_OPTIONS = Set.of("--stack-size", "--max-old-space-size",
            "--max-semi-space-size", "--expose-gc", "--harmony", "--allow-natives-syntax", "--jitless",
            "--no-opt", "--always-opt", "--stack-trace-limit", "--disallow-code-generation-from-strings",
            "--async-stack-traces", "--no-async-stack-traces", "--interpreted-frames-native-stack",
            "--huge-max-old-generation-size", "--max-lazy", "--stress-compaction");

    private static final Map<String, String> SHORT = Map.of("-e", "--eval", "-p", "--print", "-r", "--require",
            "-v", "--version", "-h", "--help", "-c", "--check", "-i", "--interactive", "-C", "--conditions");

    public static CommandLine parse(List<String> argv, List<String> nodeOptions) {
        List<String> execArgv = new ArrayList<>();
        Map<String, String> settings = new LinkedHashMap<>();
        StringBuilder v8 = new StringBuilder();
        Mode mode = null;
        String script = null;
        List<String> all = new ArrayList<>(nodeOptions);
        int fromEnv = nodeOptions.size();
        all.addAll(argv);
        int i = 0;
        for (; i < all.size(); i++) {
            String a = all.get(i);
            if (a.equals("--")) {
                if (i >= fromEnv) execArgv.add(a);
                i++;
                break;
            }
            if (a.equals("-") || !a.startsWith("-")) break;
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            name = SHORT.getOrDefault(name, name).replace('_', '-');
            boolean pmTrailing = name.equals("-pe") || name.equals("-ep");
            if (pmTrailing) name = "--print";
            if (WITH_VALUE.contains(name)) {
                if (value == null) {
                    if (i + 1 >= all.size() && !name.equals("--print")) {
                        return error(execArgv, "node: " + a + " requires an argument");
                    }
                    if (i + 1 < all.size()) {
                        value = all.get(++i);
                        if (i >= fromEnv) execArgv.add(a);
                    }
                }
                if (i >= fromEnv) execArgv.add(value == null ? a : (a.contains("=") ? a : value));
                settings.merge(name, value == null ? "" : value, (x, y) -> x + "\n" + y);
                if (V8_OPTIONS.contains(name)) v8.append(' ').append(name).append('=').append(value);
                if (name.equals("--eval")) mode = Mode.EVAL;
                if (name.equals("--print")) mode = Mode.PRINT;
                if (name.equals("--eval") || name.equals("--print")) script = value;
                continue;
            }
            String base = name.startsWith("--no-") && FLAGS.contains("--" + name.substring(5))
                    ? "--" + name.substring(5) : name;
            if (name.equals("--version")) return new CommandLine(execArgv, Mode.VERSION, null, List.of(),
                    settings, "", null);
            if (name.equals("--help")) return new CommandLine(execArgv, Mode.HELP, null, List.of(), settings, "", null);
            if (FLAGS.contains(name) || FLAGS.contains(base) || name.startsWith("--experimental-")
                    || name.startsWith("--no-experimental-") || name.startsWith("--harmony")
                    || name.startsWith("--inspect")) {
                if (i >= fromEnv) execArgv.add(a);
                settings.put(name, value == null ? "true" : value);
                if (V8_OPTIONS.contains(base)) v8.append(' ').append(a);
                continue;
            }
            return error(execArgv, (i < fromEnv ? "node: " + a + " is not allowed in NODE_OPTIONS" : "node: bad option: " + a));
        }
        List<String> rest = new ArrayList<>(all.subList(Math.min(i, all.size()), all.size()));
        if (mode == null) {
            if (rest.isEmpty() || rest.getFirst().equals("-")) {
                mode = Mode.STDIN;
                if (!rest.isEmpty()) rest.removeFirst();
            } else {
                mode = Mode.SCRIPT;
                script = rest.removeFirst();
            }
        }
        return new CommandLine(execArgv, mode, script, rest, settings, v8.toString().trim(), null);
    }

    private static CommandLine error(List<String> execArgv, String message) {
        return new CommandLine(execArgv, Mode.ERROR, null, List.of(), Map.of(), "", message);
    }
}
