package org.node4j.dns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a response into what node's resolve functions return, as Java lists and maps JS receives in one
 * crossing: strings for A/AAAA/CNAME/NS/PTR (objects with a TTL on request), objects for MX, SRV, SOA, NAPTR, CAA,
 * arrays of chunks for TXT, typed objects for ANY. Failures are c-ares' error codes ("ENOTFOUND", "ENODATA", …).
 */
public final class DnsAnswers {
    /** The order c-ares' parsers and node's resolveAny report record types in. */
    private static final int[] ANY_ORDER = {DnsType.A, DnsType.AAAA, DnsType.MX, DnsType.NS,
            DnsType.TXT, DnsType.SRV, DnsType.PTR, DnsType.NAPTR, DnsType.SOA, DnsType.CAA};

    private DnsAnswers() {
    }

    /** The error code of a response's rcode, or null when it answered (NOERROR). */
    public static String rcodeError(int rcode) {
        return switch (rcode) {
            case 0 -> null;
            case DnsResponse.RCODE_FORMERR -> "EFORMERR";
            case DnsResponse.RCODE_SERVFAIL -> "ESERVFAIL";
            case DnsResponse.RCODE_NXDOMAIN -> "ENOTFOUND";
            case DnsResponse.RCODE_NOTIMP -> "ENOTIMP";
            case DnsResponse.RCODE_REFUSED -> "EREFUSED";
            default -> "EBADRESP";
        };
    }

    /** The result of a query for {@code type} (with TTLs for A/AAAA when {@code ttl}): a List/Map, or an error code. */
    public static Object shape(DnsResponse response, int type, boolean ttl) {
        String error = rcodeError(response.rcode());
        if (error != null) return error;
        List<DnsRecord> records = type == DnsType.A || type == DnsType.AAAA
                ? followCnames(response.answers(), response.questionName(), type) : ofType(response.answers(), type);
        if (type == DnsType.ANY) return any(response.answers(), response.questionName());
        if (records.isEmpty()) return "ENODATA";
        if (type == DnsType.SOA) return soa((DnsRecord.Soa) records.getFirst().data());
        List<Object> out = new ArrayList<>(records.size());
        for (DnsRecord r : records) out.add(value(r, ttl));
        return out;
    }

    private static Object value(DnsRecord r, boolean ttl) {
        return switch (r.data()) {
            case DnsRecord.Address a when ttl -> map("address", a.address(), "ttl", (double) r.ttl());
            case DnsRecord.Address a -> a.address();
            case DnsRecord.Name n -> n.name();
            case DnsRecord.Mx mx -> map("exchange", mx.exchange(), "priority", mx.priority());
            case DnsRecord.Txt txt -> txt.chunks();
            case DnsRecord.Srv srv -> map("name", srv.target(), "port", srv.port(), "priority", srv.priority(),
                    "weight", srv.weight());
            case DnsRecord.Soa soa -> soa(soa);
            case DnsRecord.Naptr n -> map("flags", n.flags(), "service", n.service(), "regexp", n.regexp(),
                    "replacement", n.replacement(), "order", n.order(), "preference", n.preference());
            case DnsRecord.Caa caa -> map("critical", caa.flags(), caa.tag(), caa.value());
            case DnsRecord.Opaque o -> List.of();
        };
    }

    /**
     * resolveAny as node builds it: the queried name's CNAME target when it has one (its A records are then not
     * reported, c-ares' canonical-name rule) or else its A records, then the other types in {@link #ANY_ORDER}.
     */
    private static Object any(List<DnsRecord> answers, String name) {
        List<Object> out = new ArrayList<>();
        String canonical = canonicalName(answers, name);
        if (canonical != null) {
            Map<String, Object> m = map("value", canonical);
            m.put("type", "CNAME");
            out.add(m);
        }
        for (int type : ANY_ORDER) {
            if (type == DnsType.A && canonical != null) continue;
            for (DnsRecord r : answers) {
                if (r.type() != type || r.data() instanceof DnsRecord.Opaque) continue;
                Map<String, Object> m = switch (r.data()) {
                    case DnsRecord.Address a -> map("address", a.address(), "ttl", (double) r.ttl());
                    case DnsRecord.Name n -> map("value", n.name());
                    case DnsRecord.Txt txt -> map("entries", txt.chunks());
                    case DnsRecord.Soa soa -> soa(soa);
                    default -> typedMap(value(r, false));
                };
                m.put("type", typeName(type));
                out.add(m);
            }
        }
        return out.isEmpty() ? "ENODATA" : out;
    }

    /** The end of the CNAME chain starting at {@code name}, or null when the name has no CNAME. */
    private static String canonicalName(List<DnsRecord> answers, String name) {
        String current = name;
        String canonical = null;
        for (int hops = 0; hops < answers.size(); hops++) {
            String next = null;
            for (DnsRecord r : answers) {
                if (r.type() == DnsType.CNAME && r.name().equalsIgnoreCase(current)) {
                    next = ((DnsRecord.Name) r.data()).name();
                }
            }
            if (next == null) break;
            canonical = current = next;
        }
        return canonical;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> typedMap(Object value) {
        return (Map<String, Object>) value;
    }

    /** Unsigned 32-bit fields cross as JS numbers (a Java long would become a BigInt). */
    private static Map<String, Object> soa(DnsRecord.Soa soa) {
        return map("nsname", soa.nsname(), "hostmaster", soa.hostmaster(), "serial", (double) soa.serial(),
                "refresh", (double) soa.refresh(), "retry", (double) soa.retry(), "expire", (double) soa.expire(),
                "minttl", (double) soa.minttl());
    }

    /** A/AAAA records of the queried name, following the CNAME chain the answer section gives. */
    private static List<DnsRecord> followCnames(List<DnsRecord> answers, String name, int type) {
        String current = name;
        List<DnsRecord> out = new ArrayList<>();
        for (int hops = 0; hops <= answers.size(); hops++) {
            String next = null;
            for (DnsRecord r : answers) {
                if (!r.name().equalsIgnoreCase(current)) continue;
                if (r.type() == type) out.add(r);
                else if (r.type() == DnsType.CNAME) next = ((DnsRecord.Name) r.data()).name();
            }
            if (!out.isEmpty() || next == null) break;
            current = next;
        }
        return out;
    }

    private static List<DnsRecord> ofType(List<DnsRecord> answers, int type) {
        List<DnsRecord> out = new ArrayList<>();
        for (DnsRecord r : answers) {
            if (r.type() == type && !(r.data() instanceof DnsRecord.Opaque)) out.add(r);
        }
        return out;
    }

    private static String typeName(int type) {
        return switch (type) {
            case DnsType.A -> "A";
            case DnsType.AAAA -> "AAAA";
            case DnsType.CNAME -> "CNAME";
            case DnsType.MX -> "MX";
            case DnsType.NS -> "NS";
            case DnsType.TXT -> "TXT";
            case DnsType.SRV -> "SRV";
            case DnsType.PTR -> "PTR";
            case DnsType.NAPTR -> "NAPTR";
            case DnsType.SOA -> "SOA";
            default -> "CAA";
        };
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return m;
    }
}
