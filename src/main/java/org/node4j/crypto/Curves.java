package org.node4j.crypto;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Named elliptic curves: node's names, OIDs, JCA names, JWK names, and sizes. */
public final class Curves {
    public record Curve(String name, String oid, String jcaName, String jwkName, int fieldBytes) {
    }

    private static final List<Curve> ALL = List.of(
            new Curve("prime256v1", "1.2.840.10045.3.1.7", "secp256r1", "P-256", 32),
            new Curve("secp384r1", "1.3.132.0.34", "secp384r1", "P-384", 48),
            new Curve("secp521r1", "1.3.132.0.35", "secp521r1", "P-521", 66));
    private static final Map<String, String> ALIASES = Map.of("p-256", "prime256v1", "secp256r1", "prime256v1",
            "p-384", "secp384r1", "p-521", "secp521r1");

    private Curves() {
    }

    public static Curve byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String canonical = ALIASES.getOrDefault(n, n);
        for (Curve c : ALL) {
            if (c.name().equals(canonical)) return c;
        }
        return null;
    }

    public static Curve byOid(String oid) {
        for (Curve c : ALL) {
            if (c.oid().equals(oid)) return c;
        }
        return null;
    }

    public static List<String> names() {
        return ALL.stream().map(Curve::name).sorted().toList();
    }
}
