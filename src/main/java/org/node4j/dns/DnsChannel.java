package org.node4j.dns;

import org.node4j.loop.EventLoop;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * A resolver channel (c-ares' ares_channel, node's dns.Resolver): its servers, per-try timeout, tries and source
 * addresses, and the queries in flight, which it can cancel together. Loop thread only.
 */
public final class DnsChannel {
    /** The largest DNS message (over TCP, with its 2-byte length); a receive buffer needs this much. */
    public static final int MAX_MESSAGE = 65538;

    private final EventLoop loop;
    private final int timeoutMs;
    private final int tries;
    private final String[] localAddresses = new String[2];
    private final Set<DnsExchange> pending = new LinkedHashSet<>();
    private final MemorySegment buffer;
    private List<DnsServer> servers;

    /**
     * {@code buffer} ({@link #MAX_MESSAGE} bytes) receives answers; {@code timeoutMs} / {@code tries} below 1 take
     * the system's (resolv.conf) values.
     */
    public DnsChannel(EventLoop loop, MemorySegment buffer, int timeoutMs, int tries) {
        ResolvConf conf = ResolvConf.system();
        this.loop = loop;
        this.buffer = buffer;
        this.servers = conf.servers();
        this.timeoutMs = timeoutMs > 0 ? timeoutMs : conf.timeoutMs();
        this.tries = tries > 0 ? tries : conf.tries();
    }

    /**
     * Asks for {@code type} records of {@code name}; {@code result} gets node's shape of the answer (see
     * {@link DnsAnswers}) or an error code, always later on the loop.
     */
    public void query(String name, int type, boolean ttl, Consumer<Object> result) {
        int id = ThreadLocalRandom.current().nextInt(0x10000);
        byte[] message;
        try {
            message = DnsQuery.encode(id, name, type);
        } catch (DnsFormatException e) {
            failLater(result, "EBADNAME");
            return;
        }
        // RFC 7686: .onion names never go to DNS (c-ares answers them itself).
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".onion") || lower.endsWith(".onion.")) {
            failLater(result, "ENOTFOUND");
            return;
        }
        if (servers.isEmpty()) {
            failLater(result, "ECONNREFUSED");
            return;
        }
        DnsExchange[] self = new DnsExchange[1];
        self[0] = new DnsExchange(loop, message, id, name, type, servers, timeoutMs, tries, localAddresses, buffer,
                outcome -> {
                    pending.remove(self[0]);
                    result.accept(outcome instanceof DnsResponse r ? DnsAnswers.shape(r, type, ttl) : outcome);
                });
        pending.add(self[0]);
        self[0].start();
    }

    /** Reports {@code error} on a later loop turn, keeping the loop alive until then. */
    private void failLater(Consumer<Object> result, String error) {
        loop.requestStarted();
        loop.defer(() -> {
            loop.requestFinished();
            result.accept(error);
        });
    }

    /** Ends every query in flight with ECANCELLED. */
    public void cancel() {
        for (DnsExchange e : new ArrayList<>(pending)) e.cancel();
    }

    public boolean hasPending() {
        return !pending.isEmpty();
    }

    public List<DnsServer> servers() {
        return servers;
    }

    public void setServers(List<DnsServer> list) {
        servers = List.copyOf(list);
    }

    /** The source addresses queries are sent from (null: the system's choice). */
    public void setLocalAddresses(String ipv4, String ipv6) {
        localAddresses[0] = ipv4;
        localAddresses[1] = ipv6;
    }
}
