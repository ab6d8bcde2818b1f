package org.node4j.binding;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.values.V8Value;
import org.node4j.dns.DnsChannel;
import org.node4j.dns.DnsServer;
import org.node4j.engine.Args;
import org.node4j.engine.Isolate;
import org.node4j.engine.NativeObject;
import org.node4j.posix.AddressInfo;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code internalBinding('cares_wrap')}: name resolution. {@code getaddrinfo} and {@code getnameinfo} run the OS
 * resolver on the thread pool; the resolver channels ({@link DnsChannel}, node's ChannelWrap) query DNS servers
 * from the loop. Each request completes once with its result or an error (a UV_EAI_* number or a c-ares code).
 */
final class CaresWrapBinding implements Binding {
    private final Isolate isolate;
    private final Map<Integer, DnsChannel> channels = new HashMap<>();
    /** Where every channel receives answers: one loop thread, one message at a time. */
    private final MemorySegment buffer = Arena.ofAuto().allocate(DnsChannel.MAX_MESSAGE, 8);

    CaresWrapBinding(Isolate isolate) {
        this.isolate = isolate;
    }

    @Override
    public String name() {
        return "cares_wrap";
    }

    private DnsChannel channel(V8Value[] args) {
        DnsChannel c = channels.get(Args.i32(args, 0));
        if (c == null) throw new IllegalStateException("no such resolver channel");
        return c;
    }

    @Override
    public void install(NativeObject t) throws JavetException {
        t.value("AI_ADDRCONFIG", 0x20);
        t.value("AI_ALL", 0x10);
        t.value("AI_V4MAPPED", 0x8);
        // getaddrinfo(req, host, family, flags): ["4:addr" | "6:addr", …] or a UV_EAI_* code.
        t.fn("getaddrinfo", args -> {
            String host = Args.str(args, 1);
            int family = Args.i32(args, 2);
            int flags = Args.i32(args, 3);
            pooled(Args.i32(args, 0), () -> AddressInfo.lookup(host, family, flags));
            return t.undefined();
        });
        // getnameinfo(req, ip, port): [hostname, service] or a UV_EAI_* code.
        t.fn("getnameinfo", args -> {
            String ip = Args.str(args, 1);
            int port = Args.i32(args, 2);
            pooled(Args.i32(args, 0), () -> AddressInfo.nameInfo(ip, port));
            return t.undefined();
        });
        // channel(id, timeoutMs, tries): a resolver channel with the system's servers.
        t.fn("channel", args -> {
            channels.put(Args.i32(args, 0), new DnsChannel(isolate.loop(), buffer, Args.i32(args, 1),
                    Args.i32(args, 2)));
            return t.undefined();
        });
        // closeChannel(id): the JS Resolver is gone; queries in flight still complete.
        t.fn("closeChannel", args -> {
            channels.remove(Args.i32(args, 0));
            return t.undefined();
        });
        // query(channel, req, type, name, ttl): completes req with node's shape of the answer or a c-ares code.
        t.fn("query", args -> {
            int req = Args.i32(args, 1);
            channel(args).query(Args.str(args, 3), Args.i32(args, 2), Args.bool(args, 4),
                    result -> isolate.complete(req, result));
            return t.undefined();
        });
        t.fn("cancel", args -> {
            channel(args).cancel();
            return t.undefined();
        });
        // setServers(channel, [address, port, …]): false while queries are pending (c-ares refuses then).
        t.fn("setServers", args -> {
            DnsChannel c = channel(args);
            if (c.hasPending()) return t.bool(false);
            String[] flat = Args.strings(args[1]);
            List<DnsServer> servers = new ArrayList<>();
            for (int i = 0; i + 1 < flat.length; i += 2) servers.add(new DnsServer(flat[i], Integer.parseInt(flat[i + 1])));
            c.setServers(servers);
            return t.bool(true);
        });
        // getServers(channel): [address, port, …]
        t.fn("getServers", args -> {
            List<Object> out = new ArrayList<>();
            for (DnsServer s : channel(args).servers()) {
                out.add(s.address());
                out.add(s.port());
            }
            return t.convert(out);
        });
        t.fn("setLocalAddress", args -> {
            channel(args).setLocalAddresses(Args.str(args, 1), Args.str(args, 2));
            return t.undefined();
        });
    }

    private void pooled(int req, java.util.function.Supplier<Object> work) {
        isolate.submit(req, () -> {
            try {
                return work.get();
            } catch (RuntimeException e) {
                return -3004;
            }
        });
    }
}
