package org.node4j.engine;

/** How an isolate's program ended: {@code process.exit}/natural end (code), or a fatal condition. */
public record ExitRequest(int code) {
}
