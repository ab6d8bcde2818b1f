package org.node4j.binding;

import com.caoccao.javet.exceptions.JavetException;
import org.node4j.engine.Args;
import org.node4j.engine.Isolate;
import org.node4j.engine.NativeObject;
import org.node4j.posix.Errno;
import org.node4j.posix.Posix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code internalBinding('process_methods')}: the native half of the {@code process} object. */
final class ProcessMethodsBinding implements Binding {
    private static final long START_NANOS = System.nanoTime();
    private final Isolate isolate;

    ProcessMethodsBinding(Isolate isolate) {
        this.isolate = isolate;
    }

    @Override
    public String name() {
        return "process_methods";
    }

    @Override
    public void install(NativeObject t) throws JavetException {
        var o = isolate.options();
        t.fn("reallyExit", args -> {
            isolate.requestExit(Args.i32(args, 0));
            return t.undefined();
        });
        t.fn("cwd", args -> t.string(isolate.cwd()));
        t.fn("chdir", args -> {
            Path target = isolate.resolvePath(Args.str(args, 0));
            if (!Files.exists(target)) return t.integer(Errno.ENOENT);
            if (!Files.isDirectory(target)) return t.integer(Errno.ENOTDIR);
            try {
                isolate.setCwd(target.toRealPath().toString());
            } catch (IOException e) {
                return t.integer(Errno.of(e));
            }
            return t.integer(0);
        });
        t.fn("umask", args -> {
            if (args.length == 0 || Args.i32(args, 0) < 0) {
                int old = Posix.umask(0);
                Posix.umask(old);
                return t.integer(old);
            }
            return t.integer(Posix.umask(Args.i32(args, 0)));
        });
        t.fn("hrtime", args -> t.number((double) System.nanoTime()));
        t.fn("uptime", args -> t.number((System.nanoTime() - START_NANOS) / 1e9));
        t.fn("rss", args -> t.number(rss()));
        t.fn("memoryUsage", args -> {
            Runtime rt = Runtime.getRuntime();
            return t.convert(List.of(rss(), (double) rt.totalMemory(), (double) (rt.totalMemory() - rt.freeMemory()),
                    0.0, 0.0));
        });
        t.fn("resourceUsage", args -> t.convert(box(Posix.resourceUsage())));
        t.fn("kill", args -> t.integer(Posix.kill(Args.i32(args, 0), Args.i32(args, 1))));
        t.fn("abort", args -> {
            Posix.abort();
            return t.undefined();
        });
        t.fn("guessHandleType", args -> t.string(guessHandleType(Args.i32(args, 0))));
        t.fn("writeString", args -> t.integer(isolate.stdio().write(Args.i32(args, 0), Args.str(args, 1))));
        t.fn("readStdinSync", args -> t.string(new String(System.in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
        t.fn("isatty", args -> t.bool(Posix.isatty(Args.i32(args, 0))));
        t.value("pid", (int) ProcessHandle.current().pid());
        t.value("ppid", Posix.getppid());
        t.value("execPath", o.execPath());
        t.value("argv", new ArrayList<>(o.argv()));
        t.value("execArgv", new ArrayList<>(o.execArgv()));
        t.value("env", o.env());
    }

    private static List<Double> box(double[] values) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) out.add(v);
        return out;
    }

    /** Resident set size in bytes, from /proc/self/statm (pages × page size). */
    private static double rss() {
        try {
            String[] f = Files.readString(Path.of("/proc/self/statm")).trim().split(" ");
            return Long.parseLong(f[1]) * 4096.0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** What fd is, in node's words: TTY, FILE (files and other character devices), PIPE (fifos, sockets), UNKNOWN. */
    private static String guessHandleType(int fd) {
        double[] st = new double[org.node4j.posix.PosixFs.STAT_FIELDS];
        if (org.node4j.posix.PosixFs.fstat(fd, st) < 0) return "UNKNOWN";
        if (Posix.isatty(fd)) return "TTY";
        int type = (int) st[1] & 0xf000;
        return switch (type) {
            case 0x8000, 0x2000 -> "FILE";
            case 0x1000, 0xc000 -> "PIPE";
            default -> "UNKNOWN";
        };
    }
}
