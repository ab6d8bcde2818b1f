package org.node4j.worker;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The message ports of one program (its main thread and all its workers): ports are integer ids valid in every
 * isolate of the program, so a port moves between threads by its id. Thread-safe.
 */
public final class PortHub {
    private final Map<Integer, Port> ports = new ConcurrentHashMap<>();
    private final Map<String, Set<Port>> broadcasts = new ConcurrentHashMap<>();
    private final AtomicInteger lastPortId = new AtomicInteger();
    private final AtomicInteger lastThreadId = new AtomicInteger();

    /** The next worker's thread id (1, 2, … as in node; the main thread is 0). */
    public int nextThreadId() {
        return lastThreadId.incrementAndGet();
    }

    /** A new entangled pair owned by {@code owner}; returns the first id (the second is the first + 1). */
    public int createChannel(PortReceiver owner) {
        int first = lastPortId.getAndAdd(2) + 1;
        Port a = new Port(first, null);
        Port b = new Port(first + 1, null);
        a.peer = b.id;
        b.peer = a.id;
        a.owner = owner;
        b.owner = owner;
        ports.put(a.id, a);
        ports.put(b.id, b);
        return first;
    }

    /** A BroadcastChannel subscription to {@code name}, owned by {@code owner}. */
    public int subscribe(String name, PortReceiver owner) {
        Port p = new Port(lastPortId.incrementAndGet(), name);
        p.owner = owner;
        ports.put(p.id, p);
        broadcasts.computeIfAbsent(name, k -> new CopyOnWriteArraySet<>()).add(p);
        return p.id;
    }

    public Port get(int id) {
        return ports.get(id);
    }

    /**
     * Sends {@code message} from port {@code from}: to its peer, or to every other subscriber of its broadcast
     * name. A message to a closed or disentangled port is dropped, as in node.
     */
    public void post(int from, byte[] message) {
        Port source = ports.get(from);
        if (source == null || source.closed) return;
        if (source.broadcastName != null) {
            for (Port p : broadcasts.getOrDefault(source.broadcastName, Set.of())) {
                if (p != source && !p.closed) p.enqueue(message);
            }
            return;
        }
        Port target = ports.get(source.peer);
        if (target != null && !target.closed) target.enqueue(message);
    }

    /** The isolate of {@code owner} takes {@code id} over (a port that arrived in a message). */
    public Port adopt(int id, PortReceiver owner) {
        Port p = ports.get(id);
        if (p == null) return null;
        p.owner = owner;
        if (p.closed) owner.peerClosed(p);
        else if (p.hasMessages()) owner.messagesArrived(p);
        return p;
    }

    /** The port leaves its isolate (it is being transferred); messages keep waiting in it. */
    public void detach(int id) {
        Port p = ports.get(id);
        if (p != null) p.owner = null;
    }

    /**
     * Closes {@code id} and disentangles it; its peer is told, on its own loop, to close as well (and leaves the
     * table when its isolate closes it in turn).
     */
    public void close(int id) {
        Port p = ports.remove(id);
        if (p == null) return;
        p.closed = true;
        p.owner = null;
        if (p.broadcastName != null) {
            Set<Port> group = broadcasts.get(p.broadcastName);
            if (group != null) group.remove(p);
            return;
        }
        Port peer = ports.get(p.peer);
        p.peer = 0;
        if (peer != null) {
            peer.peer = 0;
            peer.closed = true;
            PortReceiver o = peer.owner;
            if (o != null) o.peerClosed(peer);
        }
    }
}
