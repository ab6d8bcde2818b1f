package org.node4j.worker;

/** The isolate that owns ports: told, from any thread, that one of them has work for its loop. */
public interface PortReceiver {
    /** Messages wait in {@code port}'s inbox. */
    void messagesArrived(Port port);

    /** {@code port}'s peer closed the channel: the port closes too, after what it already received. */
    void peerClosed(Port port);
}
