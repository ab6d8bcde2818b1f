package org.node4j.loop;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventLoopTest {
    @Test
    void emptyLoopReturnsAtOnce() throws Exception {
        try (EventLoop loop = new EventLoop()) {
            assertFalse(loop.isAlive());
            loop.run();
        }
    }

    @Test
    void timersFireInDueOrderThenStartOrder() throws Exception {
        List<String> order = new ArrayList<>();
        try (EventLoop loop = new EventLoop()) {
            new TimerHandle(loop, () -> order.add("b20")).start(20, 0);
            new TimerHandle(loop, () -> order.add("a5")).start(5, 0);
            new TimerHandle(loop, () -> order.add("c5")).start(5, 0);
            new TimerHandle(loop, () -> order.add("d0")).start(0, 0);
            loop.run();
        }
        assertEquals(List.of("d0", "a5", "c5", "b20"), order);
    }

    @Test
    void phasesRunInLibuvOrder() throws Exception {
        List<String> order = new ArrayList<>();
        try (EventLoop loop = new EventLoop()) {
            PhaseHandle[] handles = new PhaseHandle[3];
            handles[0] = new PhaseHandle(loop, PhaseHandle.Phase.CHECK, () -> {
                order.add("check");
                for (PhaseHandle h : handles) h.stop();
            });
            handles[1] = new PhaseHandle(loop, PhaseHandle.Phase.PREPARE, () -> order.add("prepare"));
            handles[2] = new PhaseHandle(loop, PhaseHandle.Phase.IDLE, () -> order.add("idle"));
            for (PhaseHandle h : handles) h.start();
            new TimerHandle(loop, () -> order.add("timer")).start(0, 0);
            loop.run();
        }
        assertEquals(List.of("timer", "idle", "prepare", "check"), order);
    }

    @Test
    void unreferencedHandleDoesNotKeepLoopAlive() throws Exception {
        List<String> fired = new ArrayList<>();
        try (EventLoop loop = new EventLoop()) {
            TimerHandle t = new TimerHandle(loop, () -> fired.add("late"));
            t.start(10_000, 0);
            assertTrue(t.hasRef());
            t.unref();
            assertFalse(loop.isAlive());
            long start = System.nanoTime();
            loop.run();
            assertTrue(System.nanoTime() - start < 1_000_000_000L);
            t.ref();
            assertTrue(loop.isAlive());
            t.stop();
            assertFalse(loop.isAlive());
        }
        assertTrue(fired.isEmpty());
    }

    @Test
    void repeatingTimerRunsUntilStopped() throws Exception {
        int[] count = {0};
        try (EventLoop loop = new EventLoop()) {
            TimerHandle[] t = new TimerHandle[1];
            t[0] = new TimerHandle(loop, () -> {
                if (++count[0] == 3) t[0].stop();
            });
            t[0].start(1, 1);
            loop.run();
        }
        assertEquals(3, count[0]);
    }

    @Test
    void closeCallbackRunsInClosingPhase() throws Exception {
        List<String> order = new ArrayList<>();
        try (EventLoop loop = new EventLoop()) {
            TimerHandle t = new TimerHandle(loop, () -> order.add("never"));
            t.start(50, 0);
            PhaseHandle check = new PhaseHandle(loop, PhaseHandle.Phase.CHECK, () -> order.add("check"));
            check.start();
            t.close(() -> order.add("closed"));
            check.close(() -> order.add("check closed"));
            loop.run();
        }
        assertEquals(List.of("closed", "check closed"), order);
    }

    @Test
    void poolCompletionWakesThePollingLoop() throws Exception {
        List<String> order = new ArrayList<>();
        try (EventLoop loop = new EventLoop(); ThreadPool pool = new ThreadPool(4)) {
            pool.submit(loop, () -> {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Thread.currentThread().getName();
            }, name -> order.add("done on " + (name.startsWith("node4j-pool-") ? "pool" : name)));
            assertTrue(loop.isAlive());
            loop.run();
        }
        assertEquals(List.of("done on pool"), order);
    }

    @Test
    void completionsRunInOrderOfPosting() throws Exception {
        List<Integer> order = new ArrayList<>();
        try (EventLoop loop = new EventLoop(); ThreadPool pool = new ThreadPool(1)) {
            for (int i = 0; i < 5; i++) {
                int n = i;
                pool.submit(loop, () -> n, order::add);
            }
            loop.run();
        }
        assertEquals(List.of(0, 1, 2, 3, 4), order);
    }

    @Test
    void threadPoolSizeComesFromEnvironment() {
        assertEquals(4, ThreadPool.sizeFromEnvironment(null));
        assertEquals(8, ThreadPool.sizeFromEnvironment("8"));
        assertEquals(1, ThreadPool.sizeFromEnvironment("0"));
        assertEquals(4, ThreadPool.sizeFromEnvironment("x"));
    }
}
