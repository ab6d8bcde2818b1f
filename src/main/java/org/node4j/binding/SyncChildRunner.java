package org.node4j.binding;

import org.node4j.posix.ChildStdio;
import org.node4j.posix.Errno;
import org.node4j.posix.Posix;
import org.node4j.posix.PosixFs;
import org.node4j.posix.PosixSpawn;
import org.node4j.posix.SpawnRequest;

import java.io.ByteArrayOutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Runs one child to completion on the calling thread (node's SyncProcessRunner): feeds stdin, collects the piped
 * outputs, kills the child on timeout or when the outputs exceed maxBuffer, and waits until both the child has
 * ended and every pipe has closed.
 */
final class SyncChildRunner {
    private static final int CHUNK = 65536;

    /** What happened: {@code error} is 0 or a negative errno; outputs are null for fds that were not pipes. */
    record Result(int error, int pid, int exitCode, int termSignal, byte[][] outputs) {
    }

    private final SpawnRequest request;
    private final int[] kinds;
    private final byte[] input;
    private final long timeoutMs;
    private final double maxBuffer;
    private final int killSignal;

    SyncChildRunner(SpawnRequest request, int[] kinds, byte[] input, long timeoutMs, double maxBuffer, int killSignal) {
        this.request = request;
        this.kinds = kinds;
        this.input = input;
        this.timeoutMs = timeoutMs;
        this.maxBuffer = maxBuffer;
        this.killSignal = killSignal;
    }

    Result run() {
        int[] error = new int[1];
        ChildStdio stdio = ChildStdio.create(kinds, error);
        if (stdio == null) return failed(error[0]);
        int pid = new SpawnRequest(request.file(), request.argv(), request.env(), request.cwd(), stdio.childFds(),
                request.detached()).spawnSearchingPath();
        stdio.closeChildSide();
        if (pid < 0) {
            stdio.closeParentSide();
            return failed(pid);
        }
        return communicate(pid, stdio.parentFds());
    }

    private static Result failed(int errno) {
        return new Result(errno, 0, 0, 0, null);
    }

    private static void closeAll(int[] fds) {
        for (int i = 0; i < fds.length; i++) {
            if (fds[i] >= 0) PosixFs.close(fds[i]);
            fds[i] = -1;
        }
    }

    private Result communicate(int pid, int[] parentFds) {
        int n = parentFds.length;
        ByteArrayOutputStream[] outputs = new ByteArrayOutputStream[n];
        for (int i = 1; i < n; i++) if (parentFds[i] >= 0) outputs[i] = new ByteArrayOutputStream();
        int pidfd = PosixSpawn.pidfd(pid);
        boolean exited = pidfd < 0;
        int error = 0;
        long collected = 0;
        int written = 0;
        long deadline = timeoutMs > 0 ? System.nanoTime() + timeoutMs * 1_000_000 : Long.MAX_VALUE;
        if (parentFds[0] >= 0 && (input == null || input.length == 0)) {
            PosixFs.close(parentFds[0]);
            parentFds[0] = -1;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment chunk = arena.allocate(CHUNK);
            MemorySegment in = input == null ? null : arena.allocateFrom(ValueLayout.JAVA_BYTE, input);
            int[] fds = new int[n + 1];
            short[] events = new short[n + 1];
            short[] revents = new short[n + 1];
            while (!exited || anyOpen(parentFds)) {
                int count = 0;
                for (int i = 0; i < n; i++) {
                    if (parentFds[i] < 0) continue;
                    fds[count] = parentFds[i];
                    events[count++] = i == 0 ? PosixSpawn.POLLOUT : PosixSpawn.POLLIN;
                }
                if (!exited) {
                    fds[count] = pidfd;
                    events[count++] = PosixSpawn.POLLIN;
                }
                int wait = deadline == Long.MAX_VALUE ? -1
                        : (int) Math.max(0, Math.min(Integer.MAX_VALUE, (deadline - System.nanoTime() + 999_999) / 1_000_000));
                int ready = PosixSpawn.poll(java.util.Arrays.copyOf(fds, count), java.util.Arrays.copyOf(events, count),
                        revents, wait);
                if (ready < 0) {
                    error = ready;
                    break;
                }
                if (ready == 0 && deadline != Long.MAX_VALUE && System.nanoTime() >= deadline) {
                    Posix.kill(pid, killSignal);
                    error = Errno.ETIMEDOUT;
                    deadline = Long.MAX_VALUE;
                    continue;
                }
                if (!exited && revents[count - 1] != 0) exited = true;
                if (parentFds[0] >= 0 && hasEvent(fds, revents, count, parentFds[0])) {
                    long w = PosixFs.write(parentFds[0], in.asSlice(written), -1);
                    if (w > 0) written += (int) w;
                    if ((w < 0 && w != Errno.EAGAIN) || written == input.length) {
                        PosixFs.close(parentFds[0]);
                        parentFds[0] = -1;
                    }
                }
                for (int i = 1; i < n; i++) {
                    if (parentFds[i] < 0 || !hasEvent(fds, revents, count, parentFds[i])) continue;
                    long r = PosixFs.read(parentFds[i], chunk, -1);
                    if (r > 0) {
                        outputs[i].write(chunk.asSlice(0, r).toArray(ValueLayout.JAVA_BYTE), 0, (int) r);
                        collected += r;
                        if (collected > maxBuffer && error == 0) {
                            Posix.kill(pid, killSignal);
                            error = Errno.ENOBUFS;
                            closeAll(parentFds);
                        }
                    } else if (r != Errno.EAGAIN) {
                        PosixFs.close(parentFds[i]);
                        parentFds[i] = -1;
                    }
                }
            }
        } finally {
            closeAll(parentFds);
            if (pidfd >= 0) PosixFs.close(pidfd);
        }
        int status = PosixSpawn.waitpid(pid, true);
        byte[][] out = new byte[n][];
        for (int i = 1; i < n; i++) if (outputs[i] != null) out[i] = outputs[i].toByteArray();
        if (status < 0) return new Result(error != 0 ? error : status, pid, 0, 0, out);
        return new Result(error, pid, PosixSpawn.exitCode(status), PosixSpawn.termSignal(status), out);
    }

    private static boolean anyOpen(int[] fds) {
        for (int fd : fds) if (fd >= 0) return true;
        return false;
    }

    private static boolean hasEvent(int[] fds, short[] revents, int count, int fd) {
        for (int i = 0; i < count; i++) if (fds[i] == fd) return revents[i] != 0;
        return false;
    }
}
