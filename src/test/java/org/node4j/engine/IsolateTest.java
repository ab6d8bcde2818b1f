package org.node4j.engine;

import org.node4j.Node4j;
import org.node4j.cli.CommandLine;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** node4j as a library: programs run in-process, each with its own isolate, loop and output. */
class IsolateTest {
    private record Result(int code, String out, String err) {
    }

    private static Result run(String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path icu = Path.of("target/icu/icudt77l.dat");
        Node4j node4j = new Node4j("node4j", Files.isRegularFile(icu) ? icu : null, Map.of("HOME", "/tmp"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        int code = node4j.run(CommandLine.parse(List.of(argv), List.of()));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void runsProgramsAndReportsExitCodes() {
        Result r = run("-e", "console.log('hi', 1 + 1); process.exitCode = 3");
        assertEquals("hi 2\n", r.out());
        assertEquals(3, r.code());
    }

    @Test
    void tickProcessingFollowsNodeOrder() {
        Result r = run("-e", "const l=[]; setTimeout(()=>l.push('t'),0); setImmediate(()=>{l.push('i'); "
                + "console.log(l.join())}); process.nextTick(()=>l.push('n')); Promise.resolve().then(()=>l.push('p'));");
        assertTrue(r.out().startsWith("n,p,"), r.out() + r.err());
    }

    @Test
    void uncaughtErrorsExitWithOne() {
        Result r = run("-e", "setTimeout(() => { throw new TypeError('bad') }, 1)");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("TypeError: bad"), r.err());
    }

    @Test
    void severalProgramsRunAtOnceInOneJvm() throws Exception {
        List<CompletableFuture<Result>> runs = List.of(
                CompletableFuture.supplyAsync(() -> run("-e", "setTimeout(() => console.log(process.cwd() !== ''), 20)")),
                CompletableFuture.supplyAsync(() -> run("-e", "let n = 0; const t = setInterval(() => { if (++n === 5) "
                        + "{ clearInterval(t); console.log(n) } }, 1)")),
                CompletableFuture.supplyAsync(() -> run("-e", "process.exit(4)")));
        assertEquals("true\n", runs.get(0).get().out());
        assertEquals("5\n", runs.get(1).get().out());
        assertEquals(4, runs.get(2).get().code());
    }

    @Test
    void badOptionIsRejectedLikeNode() {
        CommandLine cl = CommandLine.parse(List.of("--no-such-flag", "x.js"), List.of());
        assertEquals(CommandLine.Mode.ERROR, cl.mode());
        assertEquals("node: bad option: --no-such-flag", cl.error());
    }
}
