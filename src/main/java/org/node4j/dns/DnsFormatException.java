package org.node4j.dns;

/** A name that cannot be put in a DNS message, or a message that cannot be read (c-ares' EBADNAME / EBADRESP). */
public final class DnsFormatException extends Exception {
    public DnsFormatException(String message) {
        super(message, null, false, false);
    }
}
