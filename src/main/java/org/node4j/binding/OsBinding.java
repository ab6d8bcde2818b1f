package org.node4j.binding;

import com.caoccao.javet.exceptions.JavetException;
import org.node4j.engine.Args;
import org.node4j.engine.NativeObject;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.net.Inet6Address;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

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
        t.fn("getAvailableParallelism", args -> t.integer(Runtime.getRuntime().availableProcessors()));
        t.fn("getCpuFreq", args -> t.number(Double.parseDouble(
                read("/sys/devices/system/cpu/cpu" + Args.i32(args, 0) + "/cpufreq/scaling_cur_freq", "0"))));
        t.fn("getInterfaceAddresses", args -> t.string(interfaceAddresses()));
        t.fn("getPriority", args -> {
            int nice = Priority.get(Args.i32(args, 0));
            return nice == Priority.NO_PROCESS ? t.undefined() : t.integer(nice);
        });
        t.fn("setPriority", args -> t.integer(Priority.set(Args.i32(args, 0), Args.i32(args, 1))));
    }

    /**
     * The up interfaces' addresses as a JSON array of {name, address (hex bytes), prefix, mac, internal, scopeid},
     * by interface index and IPv4 before IPv6 within one, the order getifaddrs gives node.
     */
    private static String interfaceAddresses() throws SocketException {
        List<NetworkInterface> interfaces = new ArrayList<>(NetworkInterface.networkInterfaces().toList());
        interfaces.sort(Comparator.comparingInt(NetworkInterface::getIndex));
        HexFormat hex = HexFormat.of();
        StringBuilder json = new StringBuilder("[");
        for (NetworkInterface ni : interfaces) {
            if (!ni.isUp()) continue;
            byte[] hw = ni.getHardwareAddress();
            String mac = hw == null || hw.length != 6 ? "00:00:00:00:00:00"
                    : HexFormat.ofDelimiter(":").formatHex(hw);
            List<InterfaceAddress> addresses = new ArrayList<>(ni.getInterfaceAddresses());
            addresses.sort(Comparator.comparingInt(a -> a.getAddress().getAddress().length));
            for (InterfaceAddress a : addresses) {
                int scope = a.getAddress() instanceof Inet6Address v6 && v6.isLinkLocalAddress() ? v6.getScopeId() : 0;
                if (json.length() > 1) json.append(',');
                json.append("{\"name\":\"").append(ni.getName().replace("\\", "\\\\").replace("\"", "\\\""))
                        .append("\",\"address\":\"").append(hex.formatHex(a.getAddress().getAddress()))
                        .append("\",\"prefix\":").append(a.getNetworkPrefixLength())
                        .append(",\"mac\":\"").append(mac)
                        .append("\",\"internal\":").append(ni.isLoopback())
                        .append(",\"scopeid\":").append(scope).append('}');
            }
        }
        return json.append(']').toString();
    }

    /** Process nice values: read from /proc (getpriority(2) cannot tell -1 from an error), set with setpriority(2). */
    private static final class Priority {
        static final int NO_PROCESS = Integer.MIN_VALUE;
        private static final Linker LINKER = Linker.nativeLinker();
        private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
        private static final long ERRNO = CALL_STATE.byteOffset(MemoryLayout.PathElement.groupElement("errno"));
        private static final MethodHandle SETPRIORITY = LINKER.downcallHandle(
                LINKER.defaultLookup().find("setpriority").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT,
                        ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT),
                Linker.Option.captureCallState("errno"));

        /** The nice value of pid (0: the calling thread, as getpriority does), or NO_PROCESS. */
        static int get(int pid) {
            String stat = read(pid == 0 ? "/proc/thread-self/stat" : "/proc/" + pid + "/stat", null);
            if (stat == null) return NO_PROCESS;
            // Fields after the parenthesised command name: state is the 3rd field, nice the 19th.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Integer.parseInt(fields[16]);
        }

        /** setpriority(PRIO_PROCESS, pid, priority): 0 or a negative errno. */
        static int set(int pid, int priority) {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment state = arena.allocate(CALL_STATE);
                int r = (int) SETPRIORITY.invokeExact(state, 0, pid, priority);
                return r == 0 ? 0 : -state.get(ValueLayout.JAVA_INT, ERRNO);
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static String read(String file, String fallback) {
        try {
            return Files.readString(Path.of(file)).strip();
        } catch (IOException | RuntimeException e) {
            return fallback;
        }
    }
}
