package org.node4j.http;

/**
 * Why a message was rejected, in llhttp's terms as node reports them: the error code (without node's "HPE_"
 * prefix added later, e.g. {@code INVALID_METHOD}), the reason text and the offset in the input at which it was
 * found.
 */
public record HttpParseError(String code, String reason, int position) {
    public String nodeCode() {
        return "HPE_" + code;
    }
}
