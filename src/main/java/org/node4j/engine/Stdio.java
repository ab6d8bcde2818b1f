package org.node4j.engine;

import org.node4j.posix.Errno;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The isolate's standard output and error. Writes are synchronous and unbuffered, as node's are for files and
 * terminals, so nothing written is lost when the program exits.
 */
public final class Stdio {
    private final OutputStream out;
    private final OutputStream err;

    public Stdio(OutputStream out, OutputStream err) {
        this.out = out;
        this.err = err;
    }

    /** Writes {@code text} as UTF-8 to fd 1 or 2; returns the byte count or a negative errno. */
    public int write(int fd, String text) {
        OutputStream target = fd == 1 ? out : fd == 2 ? err : null;
        if (target == null) return Errno.EBADF;
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            target.write(bytes);
            target.flush();
            return bytes.length;
        } catch (IOException e) {
            return Errno.EPIPE;
        }
    }
}
