package org.node4j.http;

import java.util.List;

/**
 * A parsed message head: the start line's parts (method and url for requests, status for responses), the header
 * fields as name/value pairs in arrival order and case, and what the framing rules concluded.
 *
 * @param headers   name, value, name, value, … (values with surrounding whitespace removed)
 * @param upgrade   the connection leaves HTTP after this head (Upgrade handshake, CONNECT, 101)
 * @param keepAlive the connection may carry another message after this one
 */
public record HttpHead(int versionMajor, int versionMinor, String method, String url, int statusCode,
                       String statusMessage, List<String> headers, boolean upgrade, boolean keepAlive) {
}
