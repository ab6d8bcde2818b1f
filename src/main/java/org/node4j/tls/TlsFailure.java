package org.node4j.tls;

/** A TLS or certificate failure with the code and message node reports (OpenSSL's, as node words them). */
public final class TlsFailure extends RuntimeException {
    private final String code;

    public TlsFailure(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** "code\nmessage", how the binding hands a failure to JS. */
    public String encoded() {
        return code + "\n" + getMessage();
    }
}
