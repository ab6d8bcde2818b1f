package org.node4j.loop;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * libuv's thread pool: {@code UV_THREADPOOL_SIZE} (default 4) workers for blocking work. A worker runs the work,
 * then posts its completion to the submitting loop; it never touches V8.
 */
public final class ThreadPool implements AutoCloseable {
    private final ExecutorService workers;

    public ThreadPool(int size) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "node4j-pool-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        workers = Executors.newFixedThreadPool(size, factory);
    }

    public static int sizeFromEnvironment(String value) {
        if (value == null) return 4;
        try {
            return Math.clamp(Integer.parseInt(value.trim()), 1, 1024);
        } catch (NumberFormatException e) {
            return 4;
        }
    }

    /** Runs {@code work} on a worker; {@code done} receives its result on the loop thread. */
    public <T> void submit(EventLoop loop, Supplier<T> work, Consumer<T> done) {
        loop.requestStarted();
        workers.execute(() -> {
            T result = work.get();
            loop.post(() -> {
                loop.requestFinished();
                done.accept(result);
            });
        });
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
