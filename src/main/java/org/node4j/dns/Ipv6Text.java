package org.node4j.dns;

/** An IPv6 address as inet_ntop writes it (RFC 5952: lower case, the longest run of zero groups as "::"). */
public final class Ipv6Text {
    private Ipv6Text() {
    }

    public static String format(byte[] a) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) groups[i] = (a[2 * i] & 0xff) << 8 | (a[2 * i + 1] & 0xff);
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && groups[j] == 0) j++;
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        boolean mapped = bestStart == 0 && (bestLength == 5 && groups[5] == 0xffff || bestLength == 6);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (mapped && i == 6) {
                if (out.charAt(out.length() - 1) != ':') out.append(':');
                out.append(groups[6] >>> 8).append('.').append(groups[6] & 0xff).append('.')
                        .append(groups[7] >>> 8).append('.').append(groups[7] & 0xff);
                break;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') out.append(':');
            out.append(Integer.toHexString(groups[i]));
        }
        return out.toString();
    }
}
