package org.node4j.engine;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Int32 slots shared between Java and JS without a call: JS sees them as {@code internalBinding('timers').state}
 * (an Int32Array over this direct buffer, pinned for the isolate's life).
 */
public final class SharedState {
    public static final int TICK_SCHEDULED = 0;
    public static final int REJECTION_TO_WARN = 1;
    public static final int IMMEDIATE_COUNT = 2;
    public static final int IMMEDIATE_REF_COUNT = 3;
    public static final int IMMEDIATE_OUTSTANDING = 4;
    static final int SLOTS = 16;
    /** Byte offset of a float64 after the int slots: the loop's time (ms) as of the current call into JS. */
    public static final int LOOP_TIME_OFFSET = SLOTS * 4;

    private final ByteBuffer buffer = ByteBuffer.allocateDirect(LOOP_TIME_OFFSET + 8).order(ByteOrder.nativeOrder());

    public int get(int slot) {
        return buffer.getInt(slot * 4);
    }

    public void set(int slot, int value) {
        buffer.putInt(slot * 4, value);
    }

    void setLoopTime(long nowMillis) {
        buffer.putDouble(LOOP_TIME_OFFSET, nowMillis);
    }

    ByteBuffer buffer() {
        return buffer;
    }
}
