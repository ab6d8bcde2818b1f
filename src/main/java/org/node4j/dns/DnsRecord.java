package org.node4j.dns;

import java.util.List;

/** One resource record of a response: owner name, type, TTL and its decoded data. */
public record DnsRecord(String name, int type, long ttl, Data data) {
    /** Record data by kind; types the resolver does not read are kept as {@link Opaque}. */
    public sealed interface Data permits Address, Name, Mx, Txt, Srv, Soa, Naptr, Caa, Opaque {
    }

    /** A or AAAA: the address as node prints it. */
    public record Address(String address) implements Data {
    }

    /** CNAME, NS, PTR: a domain name. */
    public record Name(String name) implements Data {
    }

    public record Mx(int priority, String exchange) implements Data {
    }

    /** TXT: its character strings (chunks) in order. */
    public record Txt(List<String> chunks) implements Data {
    }

    public record Srv(int priority, int weight, int port, String target) implements Data {
    }

    public record Soa(String nsname, String hostmaster, long serial, long refresh, long retry, long expire,
                      long minttl) implements Data {
    }

    public record Naptr(int order, int preference, String flags, String service, String regexp,
                        String replacement) implements Data {
    }

    public record Caa(int flags, String tag, String value) implements Data {
    }

    public record Opaque(byte[] bytes) implements Data {
    }
}
