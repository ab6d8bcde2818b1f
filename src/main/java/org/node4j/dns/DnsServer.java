package org.node4j.dns;

/** A name server: an IP literal and a port (53 unless configured otherwise). */
public record DnsServer(String address, int port) {
    public static final int DEFAULT_PORT = 53;

    public boolean ipv6() {
        return address.indexOf(':') >= 0;
    }

    /** As node's getServers writes it: the bare address on port 53, "1.2.3.4:5353" or "[::1]:5353" otherwise. */
    public String text() {
        if (port == DEFAULT_PORT) return address;
        return ipv6() ? "[" + address + "]:" + port : address + ":" + port;
    }
}
