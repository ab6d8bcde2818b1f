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

    private final ByteBuffer buffer = ByteBuffer.allocateDirect(SLOTS * 4).order(ByteOrder.nativeOrder());

    public int get(int slot) {
        return buffer.getInt(slot * 4);
    }

    public void set(int slot, int value) {
        buffer.putInt(slot * 4, value);
    }

    ByteBuffer buffer() {
        return buffer;
    }
}
