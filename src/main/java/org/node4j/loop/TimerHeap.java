package org.node4j.loop;

import java.util.Arrays;

/** Binary min-heap of timers keyed by (due, sequence), with O(log n) removal through each timer's index. */
final class TimerHeap {
    private TimerHandle[] heap = new TimerHandle[16];
    private int size;
    private long nextSequence;

    boolean isEmpty() {
        return size == 0;
    }

    TimerHandle peek() {
        return size == 0 ? null : heap[0];
    }

    void add(TimerHandle t) {
        if (size == heap.length) heap = Arrays.copyOf(heap, size * 2);
        t.sequence = nextSequence++;
        heap[size] = t;
        t.heapIndex = size;
        siftUp(size++);
    }

    void remove(TimerHandle t) {
        int i = t.heapIndex;
        if (i < 0) return;
        t.heapIndex = -1;
        TimerHandle last = heap[--size];
        heap[size] = null;
        if (i == size) return;
        heap[i] = last;
        last.heapIndex = i;
        siftDown(i);
        siftUp(last.heapIndex);
    }

    private static boolean less(TimerHandle a, TimerHandle b) {
        return a.due < b.due || (a.due == b.due && a.sequence < b.sequence);
    }

    private void siftUp(int i) {
        TimerHandle t = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            TimerHandle p = heap[parent];
            if (!less(t, p)) break;
            heap[i] = p;
            p.heapIndex = i;
            i = parent;
        }
        heap[i] = t;
        t.heapIndex = i;
    }

    private void siftDown(int i) {
        TimerHandle t = heap[i];
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < size && less(heap[right], heap[child])) child = right;
            if (!less(heap[child], t)) break;
            heap[i] = heap[child];
            heap[i].heapIndex = i;
            i = child;
        }
        heap[i] = t;
        t.heapIndex = i;
    }
}
