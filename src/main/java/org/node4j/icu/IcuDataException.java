package org.node4j.icu;

/** A data item that cannot be swapped: unknown format, unsupported version, or inconsistent offsets. */
public final class IcuDataException extends RuntimeException {
    public IcuDataException(String message) {
        super(message);
    }
}
