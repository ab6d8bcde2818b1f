package org.node4j.worker;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One end of a message channel (or one BroadcastChannel subscription), shared by the threads of a program.
 * Messages wait in the inbox until the owning isolate takes them; a port in transfer has no owner, so what
 * arrives meanwhile waits for the isolate that adopts it.
 */
public final class Port {
    final int id;
    /** The entangled port's id, 0 once disentangled (or for a broadcast subscription). */
    volatile int peer;
    /** The BroadcastChannel name, or null for a channel end. */
    final String broadcastName;
    volatile PortReceiver owner;
    volatile boolean closed;
    final ConcurrentLinkedQueue<byte[]> inbox = new ConcurrentLinkedQueue<>();
    /** Set while a delivery task for this port is queued on its owner's loop. */
    final AtomicBoolean deliveryQueued = new AtomicBoolean();

    Port(int id, String broadcastName) {
        this.id = id;
        this.broadcastName = broadcastName;
    }

    public int id() {
        return id;
    }

    public boolean isClosed() {
        return closed;
    }

    /** Takes the oldest waiting message, or null. */
    public byte[] take() {
        return inbox.poll();
    }

    public boolean hasMessages() {
        return !inbox.isEmpty();
    }

    /** Claims delivery: true for the one caller that should queue a delivery task. */
    public boolean claimDelivery() {
        return deliveryQueued.compareAndSet(false, true);
    }

    public void deliveryStarted() {
        deliveryQueued.set(false);
    }

    void enqueue(byte[] message) {
        inbox.add(message);
        PortReceiver o = owner;
        if (o != null) o.messagesArrived(this);
    }
}
