package org.node4j.worker;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PortHubTest {
    /** Records what the hub tells an isolate. */
    private static final class Recorder implements PortReceiver {
        final List<String> events = new ArrayList<>();

        @Override
        public void messagesArrived(Port port) {
            events.add("message:" + port.id());
        }

        @Override
        public void peerClosed(Port port) {
            events.add("closed:" + port.id());
        }
    }

    @Test
    void aMessageReachesTheEntangledPort() {
        PortHub hub = new PortHub();
        Recorder owner = new Recorder();
        int a = hub.createChannel(owner);
        hub.post(a, new byte[]{1, 2});
        assertEquals(List.of("message:" + (a + 1)), owner.events);
        assertArrayEquals(new byte[]{1, 2}, hub.get(a + 1).take());
        assertNull(hub.get(a).take());
    }

    @Test
    void closingOneEndClosesThePeerAndDropsLaterMessages() {
        PortHub hub = new PortHub();
        Recorder owner = new Recorder();
        int a = hub.createChannel(owner);
        Port b = hub.get(a + 1);
        hub.close(a);
        assertEquals(List.of("closed:" + b.id()), owner.events);
        assertTrue(b.isClosed());
        hub.post(b.id(), new byte[]{1});
        assertNull(b.take());
    }

    @Test
    void aPortInTransferKeepsItsMessagesForTheAdopter() {
        PortHub hub = new PortHub();
        Recorder sender = new Recorder();
        Recorder adopter = new Recorder();
        int a = hub.createChannel(sender);
        hub.detach(a + 1);
        hub.post(a, new byte[]{7});
        assertEquals(List.of(), sender.events);
        hub.adopt(a + 1, adopter);
        assertEquals(List.of("message:" + (a + 1)), adopter.events);
        assertArrayEquals(new byte[]{7}, hub.get(a + 1).take());
    }

    @Test
    void aBroadcastReachesEveryOtherSubscriberOfItsName() {
        PortHub hub = new PortHub();
        Recorder owner = new Recorder();
        int x = hub.subscribe("news", owner);
        int y = hub.subscribe("news", owner);
        int other = hub.subscribe("sports", owner);
        hub.post(x, new byte[]{3});
        assertEquals(List.of("message:" + y), owner.events);
        assertNull(hub.get(x).take());
        assertNull(hub.get(other).take());
        assertArrayEquals(new byte[]{3}, hub.get(y).take());
    }

    @Test
    void threadIdsCountFromOne() {
        PortHub hub = new PortHub();
        assertEquals(1, hub.nextThreadId());
        assertEquals(2, hub.nextThreadId());
    }
}
