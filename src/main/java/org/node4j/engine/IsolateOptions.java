package org.node4j.engine;

import org.node4j.worker.WorkerContext;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What one isolate runs and how: the parsed command line and the environment it sees.
 *
 * @param execPath   the launcher that starts node4j with node-style arguments ({@code process.execPath})
 * @param execArgv   node options before the script ({@code process.execArgv})
 * @param argv       {@code process.argv} after argv[0] (script path first, when there is one)
 * @param mainJson   the JSON object the JS bootstrap reads: how to find the main program and per-run options
 * @param env        the initial {@code process.env}
 * @param icuData    the ICU data file for Intl, or null
 * @param v8Flags    extra V8 flags from the command line (process-wide: only the first isolate's count)
 * @param worker     the program's thread this isolate runs: the main thread or one of its workers
 */
public record IsolateOptions(String execPath, List<String> execArgv, List<String> argv, String mainJson,
                             Map<String, String> env, Path cwd, Path icuData, String v8Flags, WorkerContext worker) {
    /** A program's main thread. */
    public IsolateOptions(String execPath, List<String> execArgv, List<String> argv, String mainJson,
                          Map<String, String> env, Path cwd, Path icuData, String v8Flags) {
        this(execPath, execArgv, argv, mainJson, env, cwd, icuData, v8Flags, WorkerContext.mainThread());
    }
}
