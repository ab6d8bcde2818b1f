package org.node4j.tls;

/** A minimal JSON object writer for the descriptions handed to JS in one string. */
final class Json {
    private final StringBuilder sb = new StringBuilder();
    private boolean first = true;

    Json begin() {
        sb.append('{');
        first = true;
        return this;
    }

    Json end() {
        sb.append('}');
        return this;
    }

    Json key(String k) {
        if (!first) sb.append(',');
        first = false;
        sb.append(quote(k)).append(':');
        return this;
    }

    Json string(String v) {
        sb.append(quote(v));
        return this;
    }

    Json raw(String json) {
        sb.append(json);
        return this;
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
