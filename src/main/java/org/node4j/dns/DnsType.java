package org.node4j.dns;

/** The resource record types the resolver asks for, by their numbers on the wire (RFC 1035 and successors). */
public final class DnsType {
    public static final int A = 1;
    public static final int NS = 2;
    public static final int CNAME = 5;
    public static final int SOA = 6;
    public static final int PTR = 12;
    public static final int MX = 15;
    public static final int TXT = 16;
    public static final int AAAA = 28;
    public static final int SRV = 33;
    public static final int NAPTR = 35;
    public static final int OPT = 41;
    public static final int ANY = 255;
    public static final int CAA = 257;
    public static final int CLASS_IN = 1;

    private DnsType() {
    }
}
