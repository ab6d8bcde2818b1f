package org.node4j.binding;

import com.caoccao.javet.exceptions.JavetException;
import org.node4j.engine.NativeObject;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code internalBinding('os')}: facts about the machine, from /proc and the JDK (never a DNS lookup). */
final class OsBinding implements Binding {
    @Override
    public String name() {
        return "os";
    }

    @Override
    public void install(NativeObject t) throws JavetException {
        t.fn("getHostname", args -> t.string(read("/proc/sys/kernel/hostname", "localhost")));
        t.fn("getOSRelease", args -> t.string(read("/proc/sys/kernel/osrelease", System.getProperty("os.version"))));
        t.fn("getOSVersion", args -> t.string(read("/proc/sys/kernel/version", "")));
        t.fn("getOSType", args -> t.string(read("/proc/sys/kernel/ostype", "Linux")));
        t.fn("getUptime", args -> t.number(Double.parseDouble(read("/proc/uptime", "0 0").split(" ")[0])));
        t.fn("getLoadAvg", args -> t.string(read("/proc/loadavg", "0 0 0")));
        t.fn("getCpuInfo", args -> t.string(read("/proc/cpuinfo", "")));
        t.fn("getCpuStat", args -> t.string(read("/proc/stat", "")));
        t.fn("getMemInfo", args -> t.string(read("/proc/meminfo", "")));
        t.fn("getHomeDirectory", args -> t.string(System.getProperty("user.home")));
        t.fn("getUserName", args -> t.string(System.getProperty("user.name")));
        t.fn("getMachine", args -> t.string(System.getProperty("os.arch").equals("amd64") ? "x86_64"
                : System.getProperty("os.arch")));
        t.fn("getPasswd", args -> t.string(read("/etc/passwd", "")));
    }

    private static String read(String file, String fallback) {
        try {
            return Files.readString(Path.of(file)).strip();
        } catch (IOException | RuntimeException e) {
            return fallback;
        }
    }
}
